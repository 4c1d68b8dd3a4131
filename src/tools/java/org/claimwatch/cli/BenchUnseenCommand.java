package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimwatch.UnseenCorpora;
import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.clean.Pages;
import org.claimwatch.clean.Paragraph;
import org.claimwatch.clean.Verdict;
import org.claimwatch.clean.bench.BenchPage;
import org.claimwatch.clean.bench.FurnitureChurn;
import org.claimwatch.clean.bench.GroundTruth;
import org.claimwatch.clean.bench.TextScores;
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
 * missed when it is not. A pages file (whole pages: {@code html}, {@code title}, {@code main} paragraphs, {@code
 * furniture} snippets) is cleaned as it is: word F1 of the text against the paragraphs (the headline aside), the
 * paragraphs lost, the furniture snippets kept and the pages that keep any.
 */
public final class BenchUnseenCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            err.println("usage: bench-unseen [--show] [--churn] FILE.jsonl ... (--show prints each leak of a tune corpus)");
            return 2;
        }
        boolean show = args.contains("--show");
        boolean churn = args.contains("--churn");
        for (String a : args) {
            if (a.startsWith("--")) {
                continue;
            }
            if (show && a.contains("unseen-check")) {
                err.println("--show prints cases: never on a check corpus (" + a + ")");
                return 2;
            }
            List<JsonNode> cases = UnseenCorpora.file(Path.of(a));
            String name = Path.of(a).getFileName().toString();
            if (!cases.isEmpty() && cases.get(0).has("main")) {
                pages(name, cases, out, show);
                if (churn) {
                    churn(name, cases, out, show);
                }
            } else if (!cases.isEmpty() && cases.get(0).has("html")) {
                boilerplate(name, cases, out, show);
            } else {
                furniture(name, cases, out, show);
            }
        }
        return 0;
    }

    private static void boilerplate(String name, List<JsonNode> cases, PrintStream out, boolean show) {
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
                    if (show) {
                        out.printf("LEAK %s %s [%s]: %s%n", n.get("id").asText(), n.get("class").asText(), position,
                                stripBody(text).replace("\n\n", " | "));
                    }
                    p[1]++;
                }
            } else {
                keeps++;
                if (!Pages.keepsAll(text, html)) {
                    lost++;
                    if (show) {
                        out.printf("LOST %s %s [%s]: %s%n   kept: %s%n", n.get("id").asText(), n.get("class").asText(),
                                position, org.jsoup.Jsoup.parse(html).text().strip(), stripBody(text).replace("\n\n", " | "));
                    }
                }
            }
        }
        out.printf("%s: boilerplate leaked %d of %d (%.1f %%)", name, leaked, drops, 100.0 * leaked / drops);
        byPosition.forEach((k, v) -> out.printf("; %s %d/%d", k, v[1], v[0]));
        out.printf("%n%s: prose controls lost %d of %d%n", name, lost, keeps);
    }

    private static void pages(String name, List<JsonNode> cases, PrintStream out, boolean show) {
        double f1 = 0;
        double precision = 0;
        double recall = 0;
        int paragraphs = 0;
        int lost = 0;
        int snippets = 0;
        int leaked = 0;
        int leakingPages = 0;
        int notArticles = 0;
        for (JsonNode n : cases) {
            CleanedArticle a = Cleaner.clean(n.get("html").asText(), "https://news.example/2025/03/" + n.get("id").asText());
            if (a.verdict() != Verdict.OK) {
                notArticles++;
            }
            String title = TextScores.normalize(n.path("title").asText());
            StringBuilder body = new StringBuilder();
            for (Paragraph p : a.paragraphs()) {
                if (!TextScores.normalize(p.text()).equals(title)) {
                    body.append(p.text()).append("\n\n");
                }
            }
            String text = TextScores.normalize(body.toString());
            StringBuilder truth = new StringBuilder();
            for (JsonNode m : n.get("main")) {
                truth.append(m.asText()).append("\n\n");
                paragraphs++;
                if (!TextScores.contains(text, m.asText())) {
                    lost++;
                    if (show) {
                        out.printf("LOST %s: %s%n", n.get("id").asText(), m.asText());
                    }
                }
            }
            TextScores.Prf s = TextScores.words(body.toString(), truth.toString());
            f1 += s.f1();
            precision += s.precision();
            recall += s.recall();
            int pageLeaks = 0;
            for (JsonNode f : n.get("furniture")) {
                snippets++;
                if (TextScores.containsWords(text, f.asText())) {
                    pageLeaks++;
                    if (show) {
                        out.printf("LEAK %s: %s%n", n.get("id").asText(), f.asText());
                    }
                }
            }
            leaked += pageLeaks;
            leakingPages += pageLeaks > 0 ? 1 : 0;
        }
        int k = cases.size();
        out.printf("%s: %d pages, word F1 %.4f (P %.4f R %.4f); paragraphs lost %d of %d; furniture kept %d of %d; "
                        + "pages leaking %d of %d (%.1f %%); not an article %d%n", name, k, f1 / k, precision / k,
                recall / k, lost, paragraphs, leaked, snippets, leakingPages, k, 100.0 * leakingPages / k, notArticles);
    }

    /**
     * {@code --churn}: the furniture-churn benchmark of {@code bench-churn} on a pages file, its {@code main}
     * paragraphs as the ground truth, the other pages' furniture of the file as the pool: pages with a significant
     * claim change under volatile-only and full churn, and with one body number edited, pages where the edit is found
     * and pages with significant changes beside it. Details only with {@code --show} (tune files).
     */
    private static void churn(String name, List<JsonNode> cases, PrintStream out, boolean show) throws Exception {
        List<BenchPage> pages = new java.util.ArrayList<>();
        for (JsonNode n : cases) {
            StringBuilder main = new StringBuilder();
            for (JsonNode m : n.get("main")) {
                main.append(m.asText()).append("\n\n");
            }
            List<String> furniture = new java.util.ArrayList<>();
            n.get("furniture").forEach(f -> furniture.add(f.asText()));
            pages.add(new BenchPage(new GroundTruth(n.get("id").asText(), "https://news.example/2025/03/"
                    + n.get("id").asText(), n.path("title").asText(), main.toString(), List.of(), furniture),
                    n.get("html").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        List<String> links = new java.util.ArrayList<>();
        List<String> lines = new java.util.ArrayList<>();
        for (BenchPage p : pages) {
            FurnitureChurn.collect(p, FurnitureChurn.parse(p), links, lines);
        }
        BenchChurnCommand.Tally t = new BenchChurnCommand.Tally();
        for (BenchPage p : pages) {
            BenchChurnCommand.runPage(p, t, new FurnitureChurn.Pool(links, lines),
                    org.claimwatch.articles.VersionBuilder.Furniture.NONE, show, out);
        }
        out.printf(java.util.Locale.ROOT, "%s: churn: volatile alerts %d of %d pages, full alerts %d of %d; body number "
                        + "edit found %d of %d, significant changes beside it %d; verdict flips %d/%d/%d%n", name,
                t.significant[BenchChurnCommand.VOLATILE], t.pages, t.significant[BenchChurnCommand.FULL], t.pages,
                t.found, t.editable, t.spuriousBeside, t.flips[BenchChurnCommand.VOLATILE],
                t.flips[BenchChurnCommand.FULL], t.flips[BenchChurnCommand.EDIT]);
    }

    /** The cleaned text without the three paragraphs of the page: what of the snippet stayed. */
    private static String stripBody(String text) {
        return text.replace(Pages.P1, "").replace(Pages.P2, "").replace(Pages.P3, "")
                .replace("Council expands bus network", "").strip();
    }

    private static void furniture(String name, List<JsonNode> cases, PrintStream out, boolean show) {
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
                    if (show) {
                        out.printf("MISSED %s %s: %s => %s%n", n.get("id").asText(), n.path("class").asText(),
                                n.get("before").asText(), n.get("after").asText());
                    }
                }
            } else {
                silent++;
                if (r.significant()) {
                    falseAlerts++;
                    if (show) {
                        out.printf("ALERTS %s %s: %s => %s%n", n.get("id").asText(), n.path("class").asText(),
                                n.get("before").asText(), n.get("after").asText());
                    }
                }
            }
        }
        out.printf("%s: silent pairs (furniture, claim-preserving edits) that alert %d of %d (%.1f %%); news changes missed %d of %d%n", name,
                falseAlerts, silent, 100.0 * falseAlerts / silent, missed, alerts);
    }
}
