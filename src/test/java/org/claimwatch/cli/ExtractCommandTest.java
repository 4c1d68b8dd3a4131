package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    private static final String PAGE = "<html><head><title>Buses</title></head><body><article>"
            + "<p>The city council voted on Tuesday to expand the bus network, adding four routes to the north.</p>"
            + "<p>Council member Ana Ruiz said the plan would cost 12 million dollars, half of it from a grant.</p>"
            + "<p>Opponents argued that the routes duplicate existing services, but the motion passed easily.</p>"
            + "</article></body></html>";

    @Test
    void batchPrintsOneJsonLinePerInputWithParagraphsSeparatedByBlankLines(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.html"), PAGE);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.html.gz")))) {
            gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Path input = dir.resolve("input.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"url\":\"https://news.example/a\",\"html_path\":\"a.html\"}\n"
                + "{\"id\":\"b\",\"url\":\"https://news.example/b\",\"html_path\":\"" + dir.resolve("b.html.gz") + "\"}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new ExtractCommand().run(List.of("--batch", input.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(status).isZero();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("id").asText()).isEqualTo("a");
        assertThat(first.get("verdict").asText()).isEqualTo("OK");
        assertThat(first.get("title").asText()).isEqualTo("Buses");
        assertThat(first.get("text").asText()).isEqualTo(
                "The city council voted on Tuesday to expand the bus network, adding four routes to the north.\n\n"
                + "Council member Ana Ruiz said the plan would cost 12 million dollars, half of it from a grant.\n\n"
                + "Opponents argued that the routes duplicate existing services, but the motion passed easily.");
        assertThat(new ObjectMapper().readTree(lines[1]).get("id").asText()).isEqualTo("b");
    }

    @Test
    void explainNamesTheRuleBehindEachRemovedOrKeptBlockThenPrintsTheText(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("p.html");
        Files.writeString(page, PAGE.replace("<article>", "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<article>"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new ExtractCommand().run(List.of(page.toString(), "--url", "https://news.example/a", "--explain"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(text).containsPattern("REMOVED\\s+prune\\.tag\\.nav\\s+\\d+\\s+Home News")
                .containsPattern("KEPT\\s+locate\\.root")
                .contains("--- verdict OK")
                .contains("Opponents argued that the routes duplicate existing services");
    }
}
