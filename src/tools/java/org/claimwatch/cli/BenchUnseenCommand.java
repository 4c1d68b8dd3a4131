package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimwatch.UnseenCorpora;
import org.claimwatch.clean.Pages;
import org.claimwatch.diff.DiffResult;
import org.claimwatch.diff.LinePairs;

import java.io.PrintStream;
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

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            err.println("usage: bench-unseen FILE.jsonl ...");
            return 2;
        }
        for (String a : args) {
            List<JsonNode> cases = UnseenCorpora.file(Path.of(a));
            String name = Path.of(a).getFileName().toString();
            if (!cases.isEmpty() && cases.get(0).has("html")) {
                boilerplate(name, cases, out);
            } else {
                furniture(name, cases, out);
            }
        }
        return 0;
    }

    private static void boilerplate(String name, List<JsonNode> cases, PrintStream out) {
        Map<String, int[]> byPosition = new TreeMap<>();
        int drops = 0;
        int leaked = 0;
        int keeps = 0;
        int lost = 0;
        for (JsonNode n : cases) {
            String html = n.get("html").asText();
            String position = n.get("position").asText();
            String text = Pages.clean(Pages.at(html, position));
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
        return text.replace(Pages.P1, "").replace(Pages.P2, "").replace(Pages.P3, "")
                .replace("Council expands bus network", "").strip();
    }

    private static void furniture(String name, List<JsonNode> cases, PrintStream out) {
        int silent = 0;
        int falseAlerts = 0;
        int alerts = 0;
        int missed = 0;
        for (JsonNode n : cases) {
            DiffResult r = LinePairs.between(n.get("before").asText(), n.get("after").asText());
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
