package org.claimwatch.cli;

import org.claimwatch.articles.PageOutcome;
import org.claimwatch.articles.VersionBuilder;
import org.claimwatch.articles.VersionHistory;
import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.clean.Headline;
import org.claimwatch.clean.bench.BenchPage;
import org.claimwatch.clean.bench.BenchSet;
import org.claimwatch.clean.bench.BenchSplit;
import org.claimwatch.clean.bench.FurnitureChurn;
import org.claimwatch.diff.ChangeKind;
import org.claimwatch.diff.ClaimChange;
import org.claimwatch.diff.TextFingerprint;
import org.claimwatch.diff.VersionDiff;
import org.claimwatch.sitememory.SiteFurniture;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench-churn DIR [--tune-details] [--tune-only]}: for every page of a benchmark directory, makes furniture-churned copies
 * with the article untouched ({@link FurnitureChurn}) and runs the real pipeline path between the original and the
 * copy ({@link VersionBuilder#build}: clean, claims, diff against the original as the stored version). Prints, for
 * the TUNE and CHECK halves of {@link BenchSplit}: pages with a significant claim change (significance at or above
 * {@link VersionDiff#ALERT_THRESHOLD}) under volatile-only and full churn, pages whose verdict flips, and, with one
 * number edited inside the article under full churn, the pages where that edit is found as a number change and the
 * pages with significant changes beside it. {@code --tune-details} lists the TUNE pages' spurious changes (never
 * CHECK pages'); {@code --no-continuity} leaves out the stored version's page, as before
 * {@link org.claimwatch.clean.Continuity}; {@code --tune-only} skips the CHECK half (for quick rounds while developing). {@code --site-memory}
 * also runs every page with site memory on ({@link SiteFurniture}) after {@link #SIBLINGS} simulated articles of its
 * site (the dev set has about one page per host, so the site is simulated: the page's own template and furniture,
 * volatile-churned, around other pages' article text) and prints both, with how many lines memory removed and how
 * many of those are ground-truth article text.
 */
public final class BenchChurnCommand implements Command {

    static final int VOLATILE = 0;
    static final int FULL = 1;
    static final int EDIT = 2;
    private static final int SPARING = 3;
    private static final int ADD = 4;

    /** Counts of one half. */
    static final class Tally {
        int pages;
        int[] significant = new int[5];
        int[] flips = new int[5];
        int[] changedPages = new int[5];
        int addable;
        int addFound;
        int editable;
        int found;
        int spuriousBeside;
        long churnedNodes;
        long memoryRows;
        int removedLines;
        int removedArticleLines;
        int pagesWithRemoval;
        /** Significant changes by kind, for volatile and full churn (aggregates: fine to print for CHECK). */
        Map<String, Integer>[] kinds = new Map[] {new java.util.TreeMap<String, Integer>(), new java.util.TreeMap<String, Integer>()};
    }

    /** Simulated other articles of a page's site fed to site memory before it ({@code --site-memory}). */
    private static final int SIBLINGS = 4;
    /**
     * The memories measured: the blocks of {@link #SIBLINGS} simulated articles of the site; and the same plus, as
     * headlines of other articles of the site, the link texts of three words or more that the original page itself
     * shows (its teasers: on a real site they are headlines of its other articles, which claimwatch has seen when it
     * follows the site's feed; an upper bound, since it assumes every teased article was seen).
     */
    private static final String[] MEMORY_VARIANTS = {
            SIBLINGS + " simulated articles of the site before the page",
            SIBLINGS + " simulated articles + the page's own teasers known as headlines (upper bound)"};
    private static final SiteFurniture.Policy POLICY = new SiteFurniture.Policy(3, 200);
    private static final Instant AT = Instant.now();
    /** {@code --no-continuity}: the stored version's page is not known, so each fetch is cleaned on its own. */
    private static boolean noContinuity;
    /** {@code --dump ID}: writes a TUNE page's stored and churned texts to /tmp (for looking into one page). */
    private static String dump;
    /** {@code --salt N}: another draw of the random churn (which teasers and lines come in); 0 is the default. */
    private static int salt;
    /** {@code --volatile-only}: only the volatile copy (quick rounds over several salts). */
    private static boolean volatileOnly;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String dir = args.isEmpty() || args.get(0).startsWith("--") ? null : args.get(0);
        boolean details = args.contains("--tune-details");
        boolean tuneOnly = args.contains("--tune-only");
        boolean siteMemory = args.contains("--site-memory");
        noContinuity = args.contains("--no-continuity");
        int d = args.indexOf("--dump");
        dump = d >= 0 && d + 1 < args.size() ? args.get(d + 1) : null;
        int sa = args.indexOf("--salt");
        salt = sa >= 0 && sa + 1 < args.size() ? Integer.parseInt(args.get(sa + 1)) : 0;
        volatileOnly = args.contains("--volatile-only");
        if (dir == null) {
            err.println("usage: bench-churn DIR [--tune-details] [--tune-only] [--site-memory] [--no-continuity]"
                    + " [--dump ID] [--salt N] [--volatile-only]");
            return 2;
        }
        List<BenchPage> pages = BenchSet.load(Path.of(dir));
        Map<BenchSplit.Half, FurnitureChurn.Pool> pools = new EnumMap<>(BenchSplit.Half.class);
        for (BenchSplit.Half h : BenchSplit.Half.values()) {
            List<String> links = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (BenchPage p : BenchSplit.of(pages, h)) {
                FurnitureChurn.collect(p, FurnitureChurn.parse(p), links, lines);
            }
            pools.put(h, new FurnitureChurn.Pool(links, lines));
        }
        Map<BenchSplit.Half, List<String>> bodies = new EnumMap<>(BenchSplit.Half.class);
        if (siteMemory) {
            for (BenchSplit.Half h : BenchSplit.Half.values()) {
                List<String> b = new ArrayList<>();
                for (BenchPage p : BenchSplit.of(pages, h)) {
                    FurnitureChurn.collectBody(p, FurnitureChurn.parse(p), b);
                }
                bodies.put(h, b);
            }
        }
        Map<BenchSplit.Half, Tally> tallies = new EnumMap<>(BenchSplit.Half.class);
        List<Map<BenchSplit.Half, Tally>> memoryTallies = new ArrayList<>();
        for (String v : MEMORY_VARIANTS) {
            memoryTallies.add(new EnumMap<>(BenchSplit.Half.class));
        }
        long t0 = System.nanoTime();
        for (BenchPage p : pages) {
            BenchSplit.Half half = BenchSplit.half(p.truth().id());
            if (tuneOnly && half != BenchSplit.Half.TUNE || dump != null && !dump.equals(p.truth().id())) {
                continue;
            }
            FurnitureChurn.Pool pool = pools.get(half);
            boolean show = details && half == BenchSplit.Half.TUNE;
            runPage(p, tallies.computeIfAbsent(half, k -> new Tally()), pool, VersionBuilder.Furniture.NONE,
                    show && !siteMemory, out);
            if (siteMemory) {
                SiteFurniture.Memory blocks = siblings(p, pool, bodies.get(half));
                for (int variant = 0; variant < MEMORY_VARIANTS.length; variant++) {
                    SiteFurniture.Memory memory = variant == 0 ? blocks : withTeased(p, blocks);
                    Tally t = memoryTallies.get(variant).computeIfAbsent(half, k -> new Tally());
                    t.memoryRows += memory.rows().size();
                    CleanedArticle clean = Cleaner.clean(FurnitureChurn.churn(p, FurnitureChurn.parse(p),
                            FurnitureChurn.Mode.NONE, false, pool).html().getBytes(StandardCharsets.UTF_8),
                            p.truth().url(), "UTF-8");
                    if (clean.ok()) {
                        String headline = Headline.of(clean.title(), clean.siteName(), p.truth().url(), null);
                        SiteFurniture.Result r = SiteFurniture.strip(clean.text(), 1, headline, memory, POLICY);
                        t.removedLines += r.removed().size();
                        t.pagesWithRemoval += r.removed().isEmpty() ? 0 : 1;
                        for (String line : r.removed()) {
                            if (inTruth(p, line)) {
                                t.removedArticleLines++;
                                if (show) {
                                    out.println("  TUNE " + p.truth().id() + " site memory (" + MEMORY_VARIANTS[variant]
                                            + ") removed article text: " + cut(line));
                                }
                            }
                        }
                    }
                    runPage(p, t, pool, (text, h) -> SiteFurniture.strip(text, 1, h, memory, POLICY).text(),
                            show && variant == MEMORY_VARIANTS.length - 1, out);
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "furniture churn over %s (%d pages, %.0f s); significant = significance >= %.2f%n", dir,
                pages.size(), secs, VersionDiff.ALERT_THRESHOLD);
        print(out, siteMemory ? "site memory OFF" : null, tallies);
        for (int variant = 0; siteMemory && variant < MEMORY_VARIANTS.length; variant++) {
            print(out, "site memory ON, " + MEMORY_VARIANTS[variant], memoryTallies.get(variant));
            Tally tune = memoryTallies.get(variant).getOrDefault(BenchSplit.Half.TUNE, new Tally());
            Tally check = memoryTallies.get(variant).getOrDefault(BenchSplit.Half.CHECK, new Tally());
            out.printf(Locale.ROOT, "%-58s %9.1f %9.1f%n", "    memory rows per page", (double) tune.memoryRows
                    / Math.max(1, tune.pages), (double) check.memoryRows / Math.max(1, check.pages));
            pct(out, "    pages where memory removed a line", tune.pagesWithRemoval, tune.pages, check.pagesWithRemoval,
                    check.pages);
            out.printf(Locale.ROOT, "%-58s %9d %9d%n", "    lines removed (original page)", tune.removedLines,
                    check.removedLines);
            out.printf(Locale.ROOT, "%-58s %9d %9d%n", "    of them ground-truth article text", tune.removedArticleLines,
                    check.removedArticleLines);
        }
        return 0;
    }

    private static void print(PrintStream out, String title, Map<BenchSplit.Half, Tally> tallies) {
        Tally tune = tallies.getOrDefault(BenchSplit.Half.TUNE, new Tally());
        Tally check = tallies.getOrDefault(BenchSplit.Half.CHECK, new Tally());
        if (title != null) {
            out.println("-- " + title);
        }
        out.printf(Locale.ROOT, "%-58s %9s %9s%n", "figure", "TUNE", "CHECK");
        out.printf(Locale.ROOT, "%-58s %9d %9d%n", "pages", tune.pages, check.pages);
        out.printf(Locale.ROOT, "%-58s %9.1f %9.1f%n", "furniture text nodes changed per page (full)",
                (double) tune.churnedNodes / Math.max(1, tune.pages), (double) check.churnedNodes / Math.max(1, check.pages));
        for (int k = 0; k < 2; k++) {
            pct(out, "(" + (k == 0 ? "a" : "b") + ") " + label(k) + ": pages with a significant claim change",
                    tune.significant[k], tune.pages, check.significant[k], check.pages);
            pct(out, "    " + label(k) + ": pages whose stored text changed at all", tune.changedPages[k], tune.pages,
                    check.changedPages[k], check.pages);
            pct(out, "    " + label(k) + ": pages whose verdict flips", tune.flips[k], tune.pages, check.flips[k],
                    check.pages);
            java.util.Set<String> names = new java.util.TreeSet<>(tune.kinds[k].keySet());
            names.addAll(check.kinds[k].keySet());
            for (String name : names) {
                out.printf(Locale.ROOT, "%-58s %9d %9d%n", "      significant " + name, tune.kinds[k].getOrDefault(name, 0),
                        check.kinds[k].getOrDefault(name, 0));
            }
        }
        out.printf(Locale.ROOT, "%-58s %9d %9d%n", "(c) full churn + one body number edited: pages with a number",
                tune.editable, check.editable);
        pct(out, "    the edit is found as a number change", tune.found, tune.editable, check.found, check.editable);
        pct(out, "    significant changes beside it", tune.spuriousBeside, tune.editable, check.spuriousBeside,
                check.editable);
        pct(out, "    verdict flips", tune.flips[EDIT], tune.pages, check.flips[EDIT], check.pages);
        pct(out, "(d) " + label(SPARING) + ": pages with a significant claim change", tune.significant[SPARING],
                tune.pages, check.significant[SPARING], check.pages);
        pct(out, "(e) full churn + a news paragraph added to the article: found, alerting", tune.addFound,
                tune.addable, check.addFound, check.addable);
    }

    /**
     * The memory of the page's site after {@link #SIBLINGS} other articles of it (simulated: the dev set has about
     * one page per host): the page's template and furniture around other pages' article text, each with volatile
     * churn of its own ({@link FurnitureChurn#sibling}), cleaned like any page and remembered.
     */
    private static SiteFurniture.Memory siblings(BenchPage p, FurnitureChurn.Pool pool, List<String> bodies)
            throws Exception {
        List<SiteFurniture.Seen> rows = new ArrayList<>();
        for (int k = 0; k < SIBLINGS; k++) {
            String html = FurnitureChurn.sibling(p, FurnitureChurn.parse(p), pool, bodies, k + 1);
            CleanedArticle a = Cleaner.clean(html.getBytes(StandardCharsets.UTF_8), p.truth().url(), "UTF-8");
            if (a.ok()) {
                rows.addAll(SiteFurniture.observe(k + 2, a.text(),
                        Headline.of(a.title(), a.siteName(), p.truth().url(), null)));
            }
        }
        return new SiteFurniture.Memory(rows);
    }

    /** {@code memory} plus the page's own teaser link texts as headlines of other articles of its site. */
    private static SiteFurniture.Memory withTeased(BenchPage p, SiteFurniture.Memory memory) throws Exception {
        List<String> links = new ArrayList<>();
        FurnitureChurn.collect(p, FurnitureChurn.parse(p), links, new ArrayList<>());
        List<SiteFurniture.Seen> rows = new ArrayList<>(memory.rows());
        long id = 1000;
        for (String link : new java.util.LinkedHashSet<>(links)) {
            rows.add(new SiteFurniture.Seen(id++, SiteFurniture.Kind.HEADLINE, SiteFurniture.key(link), link.length()));
        }
        return new SiteFurniture.Memory(rows);
    }

    /** True when a line's words occur in the page's ground-truth main text (article text, not furniture). */
    private static boolean inTruth(BenchPage p, String line) {
        String truth = " " + String.join(" ", words(p.truth().mainContent())) + " ";
        List<String> w = words(line);
        return !w.isEmpty() && truth.contains(" " + String.join(" ", w) + " ");
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(
                s == null ? "" : s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Runs the three churned copies of one page through the pipeline path and counts them into {@code t}. */
    static void runPage(BenchPage p, Tally t, FurnitureChurn.Pool pool, VersionBuilder.Furniture furniture,
                                boolean show, PrintStream out) throws Exception {
        t.pages++;
        String url = p.truth().url();
        byte[] orig = FurnitureChurn.churn(p, FurnitureChurn.parse(p), FurnitureChurn.Mode.NONE, false, pool)
                .html().getBytes(StandardCharsets.UTF_8);
        PageOutcome base = VersionBuilder.build(1, orig, url, "UTF-8", VersionHistory.empty(), AT, furniture);
        String baseVerdict = verdict(base);
        VersionHistory history = base.kind() == PageOutcome.Kind.NEW_VERSION
                ? new VersionHistory(1, base.version().text(), List.of(TextFingerprint.of(base.version().text())),
                List.of(), null, noContinuity ? null : base.version().rawHtmlGz())
                : VersionHistory.empty();
        for (int k = 0; k < (volatileOnly ? 1 : 5); k++) {
            FurnitureChurn.Mode mode = k == VOLATILE ? FurnitureChurn.Mode.VOLATILE
                    : k == SPARING ? FurnitureChurn.Mode.FULL_SPARING_ARTICLE_BLOCKS : FurnitureChurn.Mode.FULL;
            FurnitureChurn.Copy copy = FurnitureChurn.churn(p, FurnitureChurn.parse(p), mode, k == EDIT, k == ADD, pool,
                    salt);
            t.churnedNodes += k == FULL ? copy.churnedNodes() : 0;
            PageOutcome o = VersionBuilder.build(1, copy.html().getBytes(StandardCharsets.UTF_8), url, "UTF-8",
                    history, AT, furniture);
            if (dump != null && dump.equals(p.truth().id()) && BenchSplit.half(dump) == BenchSplit.Half.TUNE) {
                java.nio.file.Files.writeString(Path.of("/tmp/churn-" + dump + "-base.txt"),
                        base.kind() == PageOutcome.Kind.NEW_VERSION ? base.version().text() : base.status());
                java.nio.file.Files.writeString(Path.of("/tmp/churn-" + dump + "-" + k + ".txt"),
                        o.kind() == PageOutcome.Kind.NEW_VERSION ? o.version().text() : o.kind().toString());
                java.nio.file.Files.writeString(Path.of("/tmp/churn-" + dump + "-" + k + ".html"), copy.html());
                java.nio.file.Files.write(Path.of("/tmp/churn-" + dump + "-base.html"), p.html());
                java.nio.file.Files.writeString(Path.of("/tmp/churn-" + dump + "-" + k + "-fresh.txt"), Cleaner.clean(
                        copy.html().getBytes(StandardCharsets.UTF_8), url, "UTF-8").text());
            }
            if (!verdict(o).equals(baseVerdict)) {
                t.flips[k]++;
                if (show) {
                    out.printf("  TUNE %s %s: verdict %s -> %s%n", p.truth().id(), label(k), baseVerdict,
                            verdict(o));
                }
            }
            List<ClaimChange> changes = base.kind() == PageOutcome.Kind.NEW_VERSION
                    && o.kind() == PageOutcome.Kind.NEW_VERSION ? o.version().changes() : List.of();
            if (o.kind() == PageOutcome.Kind.NEW_VERSION && base.kind() == PageOutcome.Kind.NEW_VERSION) {
                t.changedPages[k]++;
            }
            if (k == ADD) {
                if (copy.numberAfter() == null || base.kind() != PageOutcome.Kind.NEW_VERSION) {
                    continue;
                }
                t.addable++;
                boolean found = changes.stream().anyMatch(c -> c.significance() >= VersionDiff.ALERT_THRESHOLD
                        && c.after() != null && c.after().contains("4,321"));
                t.addFound += found ? 1 : 0;
                if (show && !found) {
                    out.printf("  TUNE %s added paragraph not found as an alerting change%n", p.truth().id());
                }
                continue;
            }
            if (k == EDIT) {
                if (copy.numberBefore() == null || base.kind() != PageOutcome.Kind.NEW_VERSION) {
                    continue;
                }
                t.editable++;
                boolean found = false;
                boolean spurious = false;
                for (ClaimChange c : changes) {
                    if (isTheEdit(c, copy.numberBefore(), copy.numberAfter())) {
                        found = true;
                    } else if (c.significance() >= VersionDiff.ALERT_THRESHOLD) {
                        spurious = true;
                        if (show) {
                            printChange(out, p, k, c);
                        }
                    }
                }
                t.found += found ? 1 : 0;
                t.spuriousBeside += spurious ? 1 : 0;
                if (show && !found) {
                    out.printf("  TUNE %s edit: %s -> %s not found as a number change%n", p.truth().id(),
                            copy.numberBefore(), copy.numberAfter());
                }
            } else {
                boolean significant = false;
                for (ClaimChange c : changes) {
                    if (c.significance() >= VersionDiff.ALERT_THRESHOLD) {
                        significant = true;
                        if (k < t.kinds.length) {
                            t.kinds[k].merge(c.kind().name(), 1, Integer::sum);
                        }
                        if (show && k != SPARING) {
                            printChange(out, p, k, c);
                        }
                    }
                }
                t.significant[k] += significant ? 1 : 0;
            }
        }
    }

    private static boolean isTheEdit(ClaimChange c, String before, String after) {
        boolean numberKind = c.kind() == ChangeKind.NUMBER_CHANGED || c.aspects().contains(ChangeKind.NUMBER_CHANGED);
        return numberKind && c.before().contains(before) && c.after().contains(after);
    }

    private static String verdict(PageOutcome o) {
        return o.kind() == PageOutcome.Kind.REJECTED ? o.status() : "OK";
    }

    private static String label(int k) {
        return switch (k) {
            case VOLATILE -> "volatile churn";
            case FULL -> "full churn";
            case SPARING -> "full churn sparing blocks with article text";
            case ADD -> "full churn + paragraph added";
            default -> "full churn + body edit";
        };
    }

    private static void printChange(PrintStream out, BenchPage p, int k, ClaimChange c) {
        out.printf(Locale.ROOT, "  TUNE %s %s: %s %.2f | %s | -> | %s%n", p.truth().id(), label(k), c.kind(),
                c.significance(), cut(c.before()), cut(c.after()));
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static void pct(PrintStream out, String name, int a, int an, int b, int bn) {
        out.printf(Locale.ROOT, "%-58s %8.1f%% %8.1f%%   (%d/%d, %d/%d)%n", name, 100.0 * a / Math.max(1, an),
                100.0 * b / Math.max(1, bn), a, an, b, bn);
    }
}
