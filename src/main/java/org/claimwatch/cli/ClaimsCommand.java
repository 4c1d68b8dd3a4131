package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimwatch.claims.Claims;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code claims FILE.txt [--date YYYY-MM-DD]} prints the claims of a cleaned text as JSON;
 * {@code claims --batch INPUT.jsonl} reads {"id","text"[,"date"]} lines and prints one JSON line per input.
 */
public final class ClaimsCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String file = null;
        boolean batch = false;
        LocalDate date = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--batch" -> batch = true;
                case "--date" -> date = i + 1 < args.size() ? LocalDate.parse(args.get(++i)) : null;
                default -> file = args.get(i);
            }
        }
        if (file == null) {
            err.println("usage: claims FILE.txt [--date YYYY-MM-DD] | claims --batch INPUT.jsonl");
            return 2;
        }
        if (!batch) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            out.println(ClaimsJson.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ClaimsJson.of(Claims.analyze(text, date))));
            return 0;
        }
        try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = ClaimsJson.JSON.readTree(line);
                LocalDate rowDate = row.hasNonNull("date") ? LocalDate.parse(row.get("date").asText()) : date;
                ObjectNode result = ClaimsJson.JSON.createObjectNode();
                result.set("id", row.get("id"));
                result.setAll(ClaimsJson.of(Claims.analyze(row.path("text").asText(), rowDate)));
                out.println(ClaimsJson.JSON.writeValueAsString(result));
            }
        }
        return 0;
    }
}
