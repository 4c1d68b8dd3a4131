package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads benchmark texts: seed HTML fragments (paragraphs kept) and ground-truth main_content articles. */
final class BenchTexts {

    private BenchTexts() {
    }

    /** The text of each seed fragment: each blank-line-separated chunk through jsoup, chunks joined by blank lines. */
    static List<String> seeds(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                out.add(seedText(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    static String seedText(String html) {
        List<String> paragraphs = new ArrayList<>();
        for (String chunk : html.split("\\n\\s*\\n")) {
            String text = Jsoup.parse(chunk).text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** main_content of each line of a ground-truth JSONL file. */
    static List<String> articles(Path jsonl) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(jsonl)) {
            return out;
        }
        try (Stream<String> lines = Files.lines(jsonl, StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.isBlank()).forEach(l -> {
                try {
                    JsonNode row = ClaimsJson.JSON.readTree(l);
                    String text = row.path("main_content").asText("");
                    if (!text.isBlank()) {
                        out.add(text);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return out;
    }

    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = !Character.isWhitespace(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
