package org.claimwatch.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimwatch.claims.Claims;
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
 * Furniture pairs and news controls written by an outside author who never saw the rules (issue 15):
 * {@code unseen/volatile-batch6.jsonl} and {@code -batch8} (a second author), each a line as one fetch read it and as the next did. A "silent" pair is page
 * furniture that moved with the article unchanged; an "alert" pair is a claim of the news that changed. Both sit
 * between two fixed paragraphs. The first run's result is in the commit that added the file. A case marked "open"
 * (a labelled figure on a line of its own, shaped like a story's fact box) is skipped, and counted in the note.
 */
class VolatileCorpusTest {

    private static final List<String> FILES = List.of("/unseen/volatile-batch6.jsonl", "/unseen/volatile-batch8.jsonl",
            "/unseen/edits-batch9.jsonl", "/unseen/edits-batch11.jsonl");

    private static final String HEAD = "The council approved the new bridge on a vote of seven to two.\n\n";
    private static final String TAIL = "\n\nConstruction crews expect to start work in the spring, the mayor said.";

    static List<Object[]> cases() {
        List<Object[]> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : FILES) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                VolatileCorpusTest.class.getResourceAsStream(file), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    out.add(new Object[] {n.get("id").asText() + " " + n.get("class").asText(),
                        n.get("before").asText(), n.get("after").asText(), "alert".equals(n.get("expect").asText()),
                        n.path("open").asText(null)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void alertsOnlyWhenTheNewsChanged(String name, String before, String after, boolean alert, String open) {
        assumeTrue(open == null, "left open: " + open);
        DiffResult r = VersionDiff.compare(Claims.analyze(HEAD + before + TAIL, null),
                Claims.analyze(HEAD + after + TAIL, null));
        assertThat(r.significant()).as(before + " -> " + after + ": " + r.changes()).isEqualTo(alert);
    }
}
