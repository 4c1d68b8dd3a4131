package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimwatch.claims.Claims;
import org.claimwatch.claims.Quantity;
import org.claimwatch.diff.ClaimChange;
import org.claimwatch.diff.DiffResult;
import org.claimwatch.diff.VersionDiff;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code diff OLD.txt NEW.txt}: prints the sentence alignment and the claim changes as JSON;
 * {@code diff --batch INPUT.jsonl}: one line {@code {"id","changes":[...]}} per input line {@code {"id","old","new"}}.
 */
public final class DiffCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() == 2 && "--batch".equals(args.get(0))) {
            return batch(Path.of(args.get(1)), out, err);
        }
        if (args.size() != 2) {
            err.println("usage: diff OLD.txt NEW.txt | diff --batch INPUT.jsonl");
            return 2;
        }
        String before = Files.readString(Path.of(args.get(0)), StandardCharsets.UTF_8);
        String after = Files.readString(Path.of(args.get(1)), StandardCharsets.UTF_8);
        DiffResult result = VersionDiff.compare(Claims.analyze(before, null), Claims.analyze(after, null));
        ObjectNode o = JSON.valueToTree(result);
        o.put("significant", result.significant());
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        return 0;
    }

    private static int batch(Path input, PrintStream out, PrintStream err) throws Exception {
        int bad = 0;
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                if (!row.hasNonNull("old") || !row.hasNonNull("new")) {
                    err.println("skipped a line without old/new: id=" + row.path("id").asText());
                    bad++;
                    continue;
                }
                DiffResult result = VersionDiff.compare(Claims.analyze(row.get("old").asText(), null),
                        Claims.analyze(row.get("new").asText(), null));
                out.println(JSON.writeValueAsString(toBatchLine(row.get("id"), result)));
            }
        }
        return bad == 0 ? 0 : 1;
    }

    static ObjectNode toBatchLine(JsonNode id, DiffResult result) {
        ObjectNode o = JSON.createObjectNode();
        o.set("id", id);
        o.put("significant", result.significant());
        ArrayNode changes = o.putArray("changes");
        for (ClaimChange c : result.changes()) {
            ObjectNode ch = changes.addObject();
            ch.put("kind", c.kind().name());
            ch.put("significance", c.significance());
            ch.put("key", c.key());
            ch.put("before", c.before());
            ch.put("after", c.after());
            ObjectNode numbers = ch.putObject("numbers");
            numbers.set("before", numbers(c.beforeNumbers()));
            numbers.set("after", numbers(c.afterNumbers()));
            ch.set("spans", JSON.valueToTree(c.spans()));
        }
        return o;
    }

    private static ArrayNode numbers(List<Quantity> quantities) {
        ArrayNode a = JSON.createArrayNode();
        for (Quantity q : quantities) {
            a.addObject().put("value", q.value()).put("qualifier", q.qualifier()).put("unit", q.unit())
                    .put("text", q.text());
        }
        return a;
    }
}
