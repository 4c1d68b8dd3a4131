package org.claimwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.clean.Paragraph;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** {@code extract FILE.html[.gz] [--url URL]}: prints the cleaned article as one JSON object. */
public final class ExtractCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String file = null;
        String url = null;
        for (int i = 0; i < args.size(); i++) {
            if ("--url".equals(args.get(i)) && i + 1 < args.size()) {
                url = args.get(++i);
            } else if (file == null) {
                file = args.get(i);
            }
        }
        if (file == null) {
            err.println("usage: extract FILE.html[.gz] [--url URL]");
            return 2;
        }
        CleanedArticle article = Cleaner.clean(readPage(Path.of(file)), url, null);
        out.println(JSON.writeValueAsString(toJson(article)));
        return 0;
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
