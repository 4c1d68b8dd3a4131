package org.claimwatch.cli;

import org.claimwatch.clean.CleanTrace;
import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.clean.Verdict;
import org.claimwatch.clean.bench.BenchPage;
import org.claimwatch.clean.bench.BenchScorer;
import org.claimwatch.clean.bench.BenchSet;
import org.claimwatch.clean.bench.BenchSplit;
import org.claimwatch.clean.bench.PageResult;
import org.jsoup.Jsoup;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench-extract DIR [--per-page OUT.tsv] [--no-speed] [--rules]}: cleans every page of a benchmark directory and prints
 * word-F1, 4-shingle precision/recall/F1, snippet rates, verdict counts and single-thread throughput of cleaning
 * next to a plain jsoup parse of the same pages, for the TUNE and CHECK halves of {@link BenchSplit} (and all pages).
 * {@code --per-page} writes TUNE pages only. {@code --rules} prints, per half, how often each cleaning rule removed
 * or kept a block ({@link CleanTrace}), on how many pages, and the characters it removed; {@code --rule-examples
 * RULE} also lists that rule's decisions on TUNE pages (never CHECK pages).
 */
public final class BenchExtractCommand implements Command {

    private static final int TIMED_ROUNDS = 5;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String dir = null;
        String perPage = null;
        boolean speed = true;
        boolean rules = false;
        String examples = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ("--per-page".equals(a) && i + 1 < args.size()) {
                perPage = args.get(++i);
            } else if ("--rules".equals(a)) {
                rules = true;
            } else if ("--rule-examples".equals(a) && i + 1 < args.size()) {
                rules = true;
                examples = args.get(++i);
            } else if ("--no-speed".equals(a)) {
                speed = false;
            } else if (dir == null) {
                dir = a;
            }
        }
        if (dir == null) {
            err.println("usage: bench-extract DIR [--per-page OUT.tsv] [--no-speed] [--rules] [--rule-examples RULE]");
            return 2;
        }
        List<BenchPage> pages = BenchSet.load(Path.of(dir));
        if (pages.isEmpty()) {
            err.println("no pages in " + dir);
            return 1;
        }
        BenchScorer.Summary all = BenchScorer.run(pages);
        BenchScorer.Summary tune = BenchScorer.summarise(all.results().stream()
                .filter(r -> BenchSplit.half(r.id()) == BenchSplit.Half.TUNE).toList());
        BenchScorer.Summary check = BenchScorer.summarise(all.results().stream()
                .filter(r -> BenchSplit.half(r.id()) == BenchSplit.Half.CHECK).toList());
        out.println("halves: TUNE = first byte of sha1(\"<id>.html.gz\") even, CHECK = odd (look only at CHECK "
                + "aggregates)");
        out.printf(Locale.ROOT, "%-40s %9s %9s %9s%n", "figure", "TUNE", "CHECK", "ALL");
        row(out, "pages", tune.pages(), check.pages(), all.pages());
        row(out, "shingle F1 (F1 of page-avg P and R)", tune.shingleF1OfMeans(), check.shingleF1OfMeans(),
                all.shingleF1OfMeans());
        row(out, "  shingle precision (page avg)", tune.shingleP(), check.shingleP(), all.shingleP());
        row(out, "  shingle recall (page avg)", tune.shingleR(), check.shingleR(), all.shingleR());
        row(out, "  shingle F1 (page avg)", tune.shingleF1(), check.shingleF1(), all.shingleF1());
        row(out, "word-F1 (page avg)", tune.wordF1(), check.wordF1(), all.wordF1());
        row(out, "pages with every with-snippet found", tune.allWithPageRate(), check.allWithPageRate(),
                all.allWithPageRate());
        row(out, "with-snippets found (pooled)", tune.withRate(), check.withRate(), all.withRate());
        row(out, "pages leaking a without (substring)", tune.withoutPageRate(), check.withoutPageRate(),
                all.withoutPageRate());
        row(out, "pages leaking a without (word bounds)", tune.withoutWordsPageRate(), check.withoutWordsPageRate(),
                all.withoutWordsPageRate());
        row(out, "WCXB evaluate.py with", tune.wcxbWithRate(), check.wcxbWithRate(), all.wcxbWithRate());
        row(out, "WCXB evaluate.py without", tune.wcxbWithoutRate(), check.wcxbWithoutRate(), all.wcxbWithoutRate());
        out.printf(Locale.ROOT, "%-40s %9s %9s %9s%n", "verdicts not OK", notOk(tune), notOk(check), notOk(all));
        BenchScorer.Summary s = all;
        StringBuilder v = new StringBuilder();
        for (Map.Entry<Verdict, Integer> e : s.verdicts().entrySet()) {
            v.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        out.println("verdicts (ALL)        " + v.toString().strip());
        if (perPage != null) {
            // per-page results of the TUNE half only: CHECK pages are never inspected one by one
            writePerPage(Path.of(perPage), tune.results());
        }
        if (rules) {
            printRules(pages, out, examples);
        }
        if (speed) {
            printSpeed(pages, out);
            printBigPage(out);
        }
        return 0;
    }

    /** Cleans a synthetic 20 MB page (a short article followed by 20 MB of teaser links) and reports peak heap. */
    private static void printBigPage(PrintStream out) {
        StringBuilder sb = new StringBuilder("<html><head><title>Big page</title></head><body><article>");
        for (int i = 0; i < 30; i++) {
            sb.append("<p>Paragraph ").append(i).append(" of the article says that the council voted, after a long")
                    .append(" debate, to expand the bus network to the northern suburbs.</p>");
        }
        sb.append("</article><div class='more'>");
        String filler = "<div class='teaser'><a href='/x'>Another story about something else</a><span>more</span>"
                + "</div>\n";
        while (sb.length() < 20 * 1024 * 1024) {
            sb.append(filler);
        }
        byte[] page = sb.append("</div></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        sb.setLength(0);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        CleanedArticle a = Cleaner.clean(page, "https://news.example/big", null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        out.printf(Locale.ROOT, "20 MB page            %d ms, verdict %s, %d paragraphs, heap before %.0f MB,"
                + " peak pool sum %.0f MB (input capped at %d chars after dropping scripts/styles)%n", ms, a.verdict(),
                a.paragraphs().size(), before / 1e6, peak / 1e6, Cleaner.MAX_PAGE_CHARS);
    }

    /**
     * Times a plain jsoup parse and a full cleaning of each page back to back, so that load from other processes
     * falls on both alike; reports the best of several rounds after warm-up rounds.
     */
    private static void printSpeed(List<BenchPage> pages, PrintStream out) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int warm = 0; warm < 2; warm++) {
            sink += parseAll(pages) + cleanAll(pages);
        }
        // [half][0 parse wall, 1 clean wall, 2 parse cpu, 3 clean cpu], best ratio per half over the rounds
        double[][] best = new double[2][4];
        double[] ratioWall = new double[2];
        double[] ratioCpu = new double[2];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            long[][] nanos = new long[2][4];
            int[] count = new int[2];
            for (BenchPage p : pages) {
                int h = BenchSplit.half(p.truth().id()).ordinal();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += Jsoup.parse(new String(p.html(), StandardCharsets.UTF_8), p.truth().url()).text().length();
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                sink += Cleaner.clean(p.html(), p.truth().url(), null).paragraphs().size();
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                nanos[h][0] += t1 - t0;
                nanos[h][1] += t2 - t1;
                nanos[h][2] += c1 - c0;
                nanos[h][3] += c2 - c1;
                count[h]++;
            }
            for (int h = 0; h < 2; h++) {
                for (int k = 0; k < 4; k++) {
                    best[h][k] = Math.max(best[h][k], count[h] / (nanos[h][k] / 1e9));
                }
                ratioWall[h] = Math.max(ratioWall[h], (double) nanos[h][0] / nanos[h][1]);
                ratioCpu[h] = Math.max(ratioCpu[h], (double) nanos[h][2] / nanos[h][3]);
            }
        }
        out.printf(Locale.ROOT, "%-40s %9s %9s%n", "speed (one thread, interleaved)", "TUNE", "CHECK");
        out.printf(Locale.ROOT, "%-40s %9.1f %9.1f%n", "jsoup parse(html,url).text() docs/s wall", best[0][0],
                best[1][0]);
        out.printf(Locale.ROOT, "%-40s %9.1f %9.1f%n", "cleaning docs/s wall", best[0][1], best[1][1]);
        out.printf(Locale.ROOT, "%-40s %9.1f %9.1f%n", "jsoup parse+text docs/s thread CPU", best[0][2], best[1][2]);
        out.printf(Locale.ROOT, "%-40s %9.1f %9.1f%n", "cleaning docs/s thread CPU", best[0][3], best[1][3]);
        out.printf(Locale.ROOT, "%-40s %9.3f %9.3f%n", "cleaning/parse ratio, wall", ratioWall[0], ratioWall[1]);
        out.printf(Locale.ROOT, "%-40s %9.3f %9.3f   (best of %d rounds after 2 warm-up rounds; sink %d)%n",
                "cleaning/parse ratio, thread CPU", ratioCpu[0], ratioCpu[1], TIMED_ROUNDS, sink % 10);
    }

    /** Per-rule hit counts ({@link CleanTrace}) of each half: blocks, pages and characters a rule removed or kept. */
    private static void printRules(List<BenchPage> pages, PrintStream out, String examples) {
        // rule -> [half][0 blocks, 1 pages, 2 chars]
        Map<String, long[][]> hits = new java.util.TreeMap<>();
        for (BenchPage p : pages) {
            int h = BenchSplit.half(p.truth().id()).ordinal();
            CleanTrace trace = new CleanTrace();
            Cleaner.clean(p.html(), p.truth().url(), null, trace);
            java.util.Set<String> onPage = new java.util.HashSet<>();
            for (CleanTrace.Event e : trace.events()) {
                if (examples != null && h == BenchSplit.Half.TUNE.ordinal() && e.rule().equals(examples)) {
                    out.println("TUNE " + p.truth().id() + " " + e.rule() + " " + e.chars() + " " + e.text());
                }
                String name = (e.kept() ? "keep " : "drop ") + e.rule();
                long[][] c = hits.computeIfAbsent(name, k -> new long[2][3]);
                c[h][0]++;
                c[h][2] += e.chars();
                if (onPage.add(name)) {
                    c[h][1]++;
                }
            }
        }
        out.printf(Locale.ROOT, "%-40s %9s %7s %10s   %9s %7s %10s%n", "rule (by TUNE blocks)", "TUNE blk", "pages",
                "chars", "CHECK blk", "pages", "chars");
        hits.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0][0], a.getValue()[0][0]))
                .forEach(en -> {
                    long[][] c = en.getValue();
                    out.printf(Locale.ROOT, "%-40s %9d %7d %10d   %9d %7d %10d%n", en.getKey(), c[0][0], c[0][1],
                            c[0][2], c[1][0], c[1][1], c[1][2]);
                });
    }

    private static void row(PrintStream out, String name, double tune, double check, double all) {
        out.printf(Locale.ROOT, "%-40s %9.4f %9.4f %9.4f%n", name, tune, check, all);
    }

    private static void row(PrintStream out, String name, int tune, int check, int all) {
        out.printf(Locale.ROOT, "%-40s %9d %9d %9d%n", name, tune, check, all);
    }

    private static int notOk(BenchScorer.Summary s) {
        return s.verdicts().entrySet().stream().filter(e -> e.getKey() != Verdict.OK).mapToInt(Map.Entry::getValue)
                .sum();
    }

    private static long parseAll(List<BenchPage> pages) {
        long n = 0;
        for (BenchPage p : pages) {
            n += Jsoup.parse(new String(p.html(), StandardCharsets.UTF_8), p.truth().url()).childNodeSize();
        }
        return n;
    }

    private static long cleanAll(List<BenchPage> pages) {
        long n = 0;
        for (BenchPage p : pages) {
            n += Cleaner.clean(p.html(), p.truth().url(), null).paragraphs().size();
        }
        return n;
    }

    private static void writePerPage(Path path, List<PageResult> results) throws Exception {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(path))) {
            w.println("id\tverdict\tword_f1\tword_p\tword_r\tshingle_p\tshingle_r\twith_found\twith_total"
                    + "\twithout_found\twithout_words_found\twith_strict\twithout_strict\twithout_total");
            results.stream().sorted(Comparator.comparingDouble(r -> r.words().f1())).forEach(r ->
                    w.printf(Locale.ROOT, "%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d\t%d\t%d%n", r.id(), r.verdict(),
                            r.words().f1(), r.words().precision(), r.words().recall(), r.shingles().precision(),
                            r.shingles().recall(), r.withFound(), r.withTotal(), r.withoutFound(),
                            r.withoutWordsFound(), r.withStrictFound(), r.withoutStrictFound(), r.withoutTotal()));
        }
    }
}
