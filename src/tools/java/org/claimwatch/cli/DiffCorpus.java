package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimwatch.diff.ChangeKind;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The diff corpus: programmatic edits of every kind applied to real texts ({@code base/seed-*.html}, text by
 * jsoup; {@code base/wcxb-*.txt}) plus hand-written pairs ({@code pairs.jsonl}), under one directory.
 */
final class DiffCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiffCorpus() {
    }

    static List<DiffCase> load(Path dir) throws IOException {
        List<DiffCase> out = new ArrayList<>();
        List<Path> bases;
        try (Stream<Path> files = Files.list(dir.resolve("base"))) {
            bases = files.filter(p -> p.toString().endsWith(".html") || p.getFileName().toString().startsWith("wcxb-"))
                    .sorted().toList();
        }
        long seed = 1;
        for (Path base : bases) {
            String name = base.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            DiffEdits e = new DiffEdits(baseText(base), seed++);
            List<Function<String, DiffCase>> ops = List.of(e::numberChanged, e::qualifierAdded, e::quoteChanged,
                    e::quoteRemoved, e::quoteAdded, e::attributionChanged, e::hedgeChanged, e::claimAdded,
                    e::claimRemoved, e::reworded, e::numberChanged, e::hedgeChanged, e::whitespaceAndPunctuation,
                    e::typoFixed, e::capitalisation, e::furniture, e::relatedAndAds, e::paragraphsReordered,
                    e::typoFixed);
            for (int k = 0; k < ops.size(); k++) {
                DiffCase c = ops.get(k).apply(name + "#" + k);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        out.addAll(pairs(dir.resolve("pairs.jsonl")));
        return out;
    }

    /**
     * Hand-written pairs for the hard cases: noise that must never alert (typo fixes in hedge words, quote-mark
     * normalisation, numbers glued to letters, scare quotes, malformed single quotes) and kinds that must be right
     * (edits inside quotations, appended sentences, splits after "Group D."), plus editorial notes and headlines
     * ({@code pairs-noise-kinds.jsonl}, {@code pairs-notes-headlines.jsonl}).
     */
    static List<DiffCase> hardCases(Path dir) throws IOException {
        List<DiffCase> out = new ArrayList<>(pairs(dir.resolve("pairs-noise-kinds.jsonl")));
        out.addAll(pairs(dir.resolve("pairs-notes-headlines.jsonl")));
        return out;
    }

    /** Hard cases written after the code for them, never tuned on ({@code heldout/pairs-issue22.jsonl}). */
    static List<DiffCase> hardHeldOut(Path dir) throws IOException {
        return pairs(dir.resolve("heldout").resolve("pairs-issue22.jsonl"));
    }

    /**
     * The second batch of held-out hard cases for issue 22 (new texts and phrasings, written before the pipeline
     * wiring and run once before any change to the diff: {@code heldout/pairs-issue22b.jsonl}).
     */
    static List<DiffCase> hardHeldOutB(Path dir) throws IOException {
        return pairs(dir.resolve("heldout").resolve("pairs-issue22b.jsonl"));
    }

    /** Hand-edited versions of texts the diff was not tuned on ({@code heldout/pairs.jsonl}). */
    static List<DiffCase> heldOut(Path dir) throws IOException {
        List<DiffCase> out = new ArrayList<>(pairs(dir.resolve("heldout").resolve("pairs.jsonl")));
        out.addAll(pairs(dir.resolve("heldout").resolve("pairs2.jsonl")));
        return out;
    }

    private static List<DiffCase> pairs(Path file) throws IOException {
        List<DiffCase> out = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(handWritten(JSON.readTree(line)));
                }
            }
        }
        return out;
    }

    /** The text of a base file: jsoup's text of a seed's HTML fragment, or the plain text as is. */
    static String baseText(Path base) throws IOException {
        String raw = Files.readString(base, StandardCharsets.UTF_8);
        return base.toString().endsWith(".html") ? Jsoup.parse(raw).wholeText().strip() : raw;
    }

    private static DiffCase handWritten(JsonNode row) {
        List<DiffCase.Expected> expected = new ArrayList<>();
        for (JsonNode e : row.path("expect")) {
            expected.add(new DiffCase.Expected(ChangeKind.valueOf(e.get("kind").asText()), e.path("snippet").asText("")));
        }
        return new DiffCase(row.get("id").asText(), row.get("old").asText(), row.get("new").asText(), expected,
                row.path("noise").asBoolean(false), row.path("old_headline").asText(""),
                row.path("new_headline").asText(""));
    }
}
