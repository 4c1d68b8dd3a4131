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

/** The {@code diff} subcommand: two files, or a JSONL batch. */
class DiffCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(List<String> args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new DiffCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void twoFilesGiveAlignmentAndChanges(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("old.txt"), "Qatar said 97 hostages remain in Gaza. Talks continue.");
        Files.writeString(dir.resolve("new.txt"), "Qatar said 96 hostages remain in Gaza. Talks continue.");
        JsonNode o = JSON.readTree(run(List.of(dir.resolve("old.txt").toString(), dir.resolve("new.txt").toString())));
        assertThat(o.get("alignment").get(0).get("kind").asText()).isEqualTo("EDITED");
        assertThat(o.get("alignment").get(1).get("kind").asText()).isEqualTo("UNCHANGED");
        assertThat(o.get("changes").get(0).get("kind").asText()).isEqualTo("NUMBER_CHANGED");
        assertThat(o.get("changes").get(0).get("spans").get(0).get("text").asText()).isEqualTo("97");
        assertThat(o.get("significant").asBoolean()).isTrue();
    }

    @Test
    void batchLinesCarryKindValuesAndNumbers(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a1\",\"old\":\"Israel’s offensive has killed more than 43,900 Palestinians.\","
                + "\"new\":\"Israel’s offensive has killed 44,000 Palestinians.\"}\n"
                + "{\"id\":\"a2\",\"old\":\"Updated 10:32 GMT\\nTalks continue.\",\"new\":\"Updated 11:15 GMT\\nTalks continue.\"}\n");
        String[] lines = run(List.of("--batch", in.toString())).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("id").asText()).isEqualTo("a1");
        JsonNode change = first.get("changes").get(0);
        assertThat(change.get("kind").asText()).isEqualTo("NUMBER_CHANGED");
        assertThat(change.get("before").asText()).isEqualTo("Israel’s offensive has killed more than 43,900 Palestinians.");
        assertThat(change.get("numbers").get("before").get(0).get("value").asDouble()).isEqualTo(43900.0);
        assertThat(change.get("numbers").get("before").get(0).get("qualifier").asText()).isEqualTo("more than");
        assertThat(change.get("numbers").get("after").get(0).get("value").asDouble()).isEqualTo(44000.0);
        JsonNode second = JSON.readTree(lines[1]);
        assertThat(second.get("changes")).isEmpty();
    }
}
