package org.claimwatch.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Boilerplate and prose controls written by an outside author who never saw the rules or the dev set (issue 15):
 * {@code unseen/boilerplate-batch5.jsonl} and {@code -batch7} (a second author), each snippet set at the top, in the middle or at the end of a plain
 * three-paragraph news page. A "drop" snippet must leave nothing; a "keep" paragraph must stay whole. The first
 * run's result is in the commit that added the file; a case marked "open" is skipped and counted in the note.
 */
class CleanerUnseenCorpusTest {

    private static final List<String> FILES = List.of("/unseen/boilerplate-batch5.jsonl", "/unseen/boilerplate-batch7.jsonl");

    static List<Object[]> cases() {
        List<Object[]> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : FILES) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CleanerUnseenCorpusTest.class.getResourceAsStream(file),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    out.add(new Object[] {n.get("id").asText() + " " + n.get("class").asText(), n.get("html").asText(),
                        n.get("position").asText(), "keep".equals(n.get("expect").asText()),
                        n.path("open").asText(null)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        }
        return out;
    }

    private static String page(String html, String position) {
        String a = "<p>" + Pages.P1 + "</p>";
        String b = "<p>" + Pages.P2 + "</p><p>" + Pages.P3 + "</p>";
        return switch (position) {
            case "top" -> Pages.article("").replace(a, html + a);
            case "mid" -> Pages.article(html);
            default -> Pages.article("").replace("</article>", html + "</article>");
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsOnlyTheArticle(String name, String html, String position, boolean keep, String open) {
        assumeTrue(open == null, "left open: " + open);
        String text = Pages.clean(page(html, position));
        if (keep) {
            assertThat(text).contains(Jsoup.parse(html).text().strip());
        } else {
            assertThat(text).isEqualTo(Pages.expected());
        }
    }
}
