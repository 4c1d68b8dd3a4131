package org.claimwatch.clean.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Loads a benchmark directory: {@code ground-truth.jsonl} plus {@code html/<id>.html.gz}. */
public final class BenchSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchSet() {
    }

    /** Every page of the directory that has both a ground-truth line and an HTML file, in file order. */
    public static List<BenchPage> load(Path dir) throws IOException {
        List<BenchPage> pages = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("ground-truth.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            GroundTruth truth = parse(JSON.readTree(line));
            Path gz = dir.resolve("html").resolve(truth.id() + ".html.gz");
            Path plain = dir.resolve("html").resolve(truth.id() + ".html");
            if (Files.exists(gz)) {
                pages.add(new BenchPage(truth, gunzip(gz)));
            } else if (Files.exists(plain)) {
                pages.add(new BenchPage(truth, Files.readAllBytes(plain)));
            }
        }
        return pages;
    }

    static GroundTruth parse(JsonNode n) {
        return new GroundTruth(n.path("id").asText(), text(n, "url"), text(n, "title"), text(n, "main_content"),
                strings(n.get("with")), strings(n.get("without")));
    }

    /** The bytes of a file, gunzipped when its name ends in .gz. */
    public static byte[] readPage(Path path) throws IOException {
        return path.getFileName().toString().endsWith(".gz") ? gunzip(path) : Files.readAllBytes(path);
    }

    private static byte[] gunzip(Path path) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toByteArray();
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr != null && arr.isArray()) {
            for (JsonNode x : arr) {
                out.add(x.asText());
            }
        }
        return out;
    }
}
