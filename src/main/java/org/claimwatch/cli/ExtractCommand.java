package org.claimwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimwatch.clean.CleanTrace;
import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.clean.Paragraph;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimwatch.clean.Verdict;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * {@code extract FILE.html[.gz] [--url URL] [--charset CS] [--explain]}: prints the cleaned article as one JSON
 * object; with {@code --explain}, prints instead which cleaning rule removed or kept each block, then the text.
 * {@code extract --batch INPUT.jsonl}: reads lines {@code {"id","url","html_path"}} (path may be .gz, relative paths
 * resolve against the input file's directory) and prints one JSON line per input.
 */
public final class ExtractCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String file = null;
        String url = null;
        String charset = null;
        String batch = null;
        boolean explain = false;
        for (int i = 0; i < args.size(); i++) {
            if ("--url".equals(args.get(i)) && i + 1 < args.size()) {
                url = args.get(++i);
            } else if ("--charset".equals(args.get(i)) && i + 1 < args.size()) {
                charset = args.get(++i);
            } else if ("--explain".equals(args.get(i))) {
                explain = true;
            } else if ("--batch".equals(args.get(i)) && i + 1 < args.size()) {
                batch = args.get(++i);
            } else if (file == null) {
                file = args.get(i);
            }
        }
        if (batch != null) {
            return runBatch(Path.of(batch), out, err);
        }
        if (file == null) {
            err.println("usage: extract FILE.html[.gz] [--url URL] [--charset CS] [--explain] | extract --batch INPUT.jsonl");
            return 2;
        }
        if (explain) {
            CleanTrace trace = new CleanTrace();
            CleanedArticle article = Cleaner.clean(readPage(Path.of(file)), url, charset, trace);
            for (CleanTrace.Event e : trace.events()) {
                out.printf("%-7s %-28s %6d  %s%n", e.kept() ? "KEPT" : "REMOVED", e.rule(), e.chars(),
                        e.text().replace('\n', ' '));
            }
            out.println("--- verdict " + article.verdict() + " (" + article.reason() + "), "
                    + article.paragraphs().size() + " paragraphs");
            out.println(article.text());
            return 0;
        }
        CleanedArticle article = Cleaner.clean(readPage(Path.of(file)), url, charset);
        out.println(JSON.writeValueAsString(toJson(article)));
        return 0;
    }

    private static int runBatch(Path input, PrintStream out, PrintStream err) throws Exception {
        Path base = input.toAbsolutePath().getParent();
        int failures = 0;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode in = JSON.readTree(line);
                String id = in.path("id").asText();
                String url = in.hasNonNull("url") ? in.get("url").asText() : null;
                Path path = base.resolve(in.path("html_path").asText());
                ObjectNode o;
                try {
                    o = toJson(Cleaner.clean(readPage(path), url, null));
                } catch (IOException e) {
                    failures++;
                    err.println(id + ": cannot read " + path + ": " + e.getMessage());
                    o = toJson(new CleanedArticle(Verdict.PARSE_ERROR, "cannot read " + path, null, null, null,
                            null, url, null, null, null, List.of()));
                }
                ObjectNode withId = JSON.createObjectNode().put("id", id);
                withId.setAll(o);
                out.println(JSON.writeValueAsString(withId));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    static byte[] readPage(Path path) throws Exception {
        byte[] raw = Files.readAllBytes(path);
        if (!path.getFileName().toString().endsWith(".gz")) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toByteArray();
        }
    }

    static ObjectNode toJson(CleanedArticle a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("verdict", a.verdict().name());
        o.put("reason", a.reason());
        o.put("title", a.title());
        o.put("byline", a.byline());
        o.put("published", a.published());
        o.put("modified", a.modified());
        o.put("canonical_url", a.canonicalUrl());
        o.put("language", a.language());
        o.put("site_name", a.siteName());
        o.put("lead_image", a.leadImage());
        o.put("text", a.text());
        ArrayNode paragraphs = o.putArray("paragraphs");
        for (Paragraph p : a.paragraphs()) {
            paragraphs.addObject().put("text", p.text()).put("heading", p.heading());
        }
        return o;
    }
}
