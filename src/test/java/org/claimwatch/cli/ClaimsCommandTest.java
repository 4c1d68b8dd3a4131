package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(List<String> args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new ClaimsCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void batchPrintsOneLinePerInputWithTheDocumentedFields(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"text\":\"The war has killed more than 43,900 Palestinians.\"}\n"
                + "{\"id\":\"b\",\"text\":\"Thank you.\"}\n");
        List<String> lines = run(List.of("--batch", input.toString())).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("a");
        assertThat(first.get("checkworthy").asBoolean()).isTrue();
        JsonNode claim = first.get("claims").get(0);
        assertThat(claim.get("kind").asText()).isEqualTo("QUANTITY");
        assertThat(claim.get("start").asInt()).isZero();
        assertThat(claim.get("key").asText()).isEqualTo("q:palest:kill");
        JsonNode number = claim.get("numbers").get(0);
        assertThat(number.get("value").asLong()).isEqualTo(43900);
        assertThat(number.get("qualifier").asText()).isEqualTo("more than");
        assertThat(number.get("unit").asText()).isEqualTo("Palestinians");
        assertThat(claim.has("speaker") && claim.has("source") && claim.has("hedge")).isTrue();
        assertThat(JSON.readTree(lines.get(1)).get("claims")).isEmpty();
    }

    @Test
    void singleFilePrintsClaimsJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "“We will stay in Doha for now,” Majed Al-Ansari said.");
        JsonNode result = JSON.readTree(run(List.of(file.toString())));
        assertThat(result.get("claims").get(0).get("kind").asText()).isEqualTo("QUOTE");
        assertThat(result.get("claims").get(0).get("speaker").asText()).isEqualTo("Majed Al-Ansari");
    }
}
