package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimwatch.claims.Claims;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.diff.DiffResult;
import org.claimwatch.diff.VersionDiff;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bench-unseen FILE.jsonl ...}: scores corpora that outside authors wrote without seeing the rules (issue 15)
 * and prints aggregates only, never a case, so a check corpus stays unread. A boilerplate file (lines with
 * {@code html}, {@code position}, {@code expect} drop|keep) is set into a fixed three-paragraph news page at the top,
 * in the middle or at the end: a "drop" case leaks when any of its words' text stays, a "keep" case is lost when its
 * text does not. A furniture file (lines with {@code before}, {@code after}, {@code expect} silent|alert) is diffed
 * between two fixed paragraphs: a "silent" pair is a false alert when the diff is significant, an "alert" pair is
 * missed when it is not.
 */
public final class BenchUnseenCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String P1 = "The city council voted on Tuesday to expand the bus network, adding four routes "
            + "that will connect the northern suburbs with the hospital district by the end of next year.";
    private static final String P2 = "Council member Ana Ruiz said the plan would cost 12 million dollars, and that "
            + "half of the money would come from a regional transport grant approved in March.";
    private static final String P3 = "Opponents argued that the routes duplicate existing services, but the motion "
            + "passed by seven votes to two after a debate that lasted more than three hours.";
    private static final String HEAD = "The council approved the new bridge on a vote of seven to two.\n\n";
    private static final String TAIL = "\n\nConstruction crews expect to start work in the spring, the mayor said.";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            err.println("usage: bench-unseen FILE.jsonl ...");
            return 2;
        }
        for (String a : args) {
            List<String> lines = Files.readAllLines(Path.of(a), StandardCharsets.UTF_8);
            JsonNode first = JSON.readTree(lines.get(0));
            if (first.has("html")) {
                boilerplate(Path.of(a).getFileName().toString(), lines, out);
            } else {
                furniture(Path.of(a).getFileName().toString(), lines, out);
            }
        }
        return 0;
    }

    private static void boilerplate(String name, List<String> lines, PrintStream out) throws Exception {
        Map<String, int[]> byPosition = new TreeMap<>();
        int drops = 0;
        int leaked = 0;
        int keeps = 0;
        int lost = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            String html = n.get("html").asText();
            String position = n.get("position").asText();
            String text = Cleaner.clean(page(html, position), "https://news.example/2024/05/council-buses").text();
            String snippet = org.jsoup.Jsoup.parse(html).text().strip();
            boolean kept = text.replaceAll("\\s+", " ").contains(snippet.replaceAll("\\s+", " "))
                    || !stripBody(text).isBlank();
            if ("drop".equals(n.get("expect").asText())) {
                drops++;
                int[] p = byPosition.computeIfAbsent(position, k -> new int[2]);
                p[0]++;
                if (kept) {
                    leaked++;
                    p[1]++;
                }
            } else {
                keeps++;
                if (!text.contains(snippet)) {
                    lost++;
                }
            }
        }
        out.printf("%s: boilerplate leaked %d of %d (%.1f %%)", name, leaked, drops, 100.0 * leaked / drops);
        byPosition.forEach((k, v) -> out.printf("; %s %d/%d", k, v[1], v[0]));
        out.printf("%n%s: prose controls lost %d of %d%n", name, lost, keeps);
    }

    /** The cleaned text without the three paragraphs of the page: what of the snippet stayed. */
    private static String stripBody(String text) {
        return text.replace(P1, "").replace(P2, "").replace(P3, "").replace("Council expands bus network", "").strip();
    }

    private static String page(String html, String position) {
        String body = switch (position) {
            case "top" -> html + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
            case "mid" -> "<p>" + P1 + "</p>" + html + "<p>" + P2 + "</p><p>" + P3 + "</p>";
            default -> "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>" + html;
        };
        return "<html><head><title>Council expands bus network</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<article><h1>Council expands bus network</h1>" + body + "</article>"
                + "<footer>Copyright 2024 The Daily Example</footer></body></html>";
    }

    private static void furniture(String name, List<String> lines, PrintStream out) throws Exception {
        int silent = 0;
        int falseAlerts = 0;
        int alerts = 0;
        int missed = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            DiffResult r = VersionDiff.compare(Claims.analyze(HEAD + n.get("before").asText() + TAIL, null),
                    Claims.analyze(HEAD + n.get("after").asText() + TAIL, null));
            if ("alert".equals(n.get("expect").asText())) {
                alerts++;
                if (!r.significant()) {
                    missed++;
                }
            } else {
                silent++;
                if (r.significant()) {
                    falseAlerts++;
                }
            }
        }
        out.printf("%s: silent pairs (furniture, claim-preserving edits) that alert %d of %d (%.1f %%); news changes missed %d of %d%n", name,
                falseAlerts, silent, 100.0 * falseAlerts / silent, missed, alerts);
    }
}
