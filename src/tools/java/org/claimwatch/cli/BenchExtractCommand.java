package org.claimwatch.cli;

import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.clean.Verdict;
import org.claimwatch.clean.bench.BenchPage;
import org.claimwatch.clean.bench.BenchScorer;
import org.claimwatch.clean.bench.BenchSet;
import org.claimwatch.clean.bench.PageResult;
import org.jsoup.Jsoup;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
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
 * {@code bench-extract DIR [--per-page OUT.tsv] [--no-speed]}: cleans every page of a benchmark directory and prints
 * word-F1, 4-shingle precision/recall/F1, snippet rates, verdict counts and single-thread throughput of cleaning
 * next to a plain jsoup parse of the same pages.
 */
public final class BenchExtractCommand implements Command {

    private static final int TIMED_ROUNDS = 5;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String dir = null;
        String perPage = null;
        boolean speed = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ("--per-page".equals(a) && i + 1 < args.size()) {
                perPage = args.get(++i);
            } else if ("--no-speed".equals(a)) {
                speed = false;
            } else if (dir == null) {
                dir = a;
            }
        }
        if (dir == null) {
            err.println("usage: bench-extract DIR [--per-page OUT.tsv] [--no-speed]");
            return 2;
        }
        List<BenchPage> pages = BenchSet.load(Path.of(dir));
        if (pages.isEmpty()) {
            err.println("no pages in " + dir);
            return 1;
        }
        BenchScorer.Summary s = BenchScorer.run(pages);
        out.printf(Locale.ROOT, "pages                 %d%n", s.pages());
        out.printf(Locale.ROOT, "word-F1 (page avg)    %.4f%n", s.wordF1());
        out.printf(Locale.ROOT, "4-shingle precision   %.4f  recall %.4f  F1(of means) %.4f  F1(page avg) %.4f%n",
                s.shingleP(), s.shingleR(), s.shingleF1OfMeans(), s.shingleF1());
        out.printf(Locale.ROOT, "with snippets found   %.4f%n", s.withRate());
        out.printf(Locale.ROOT, "pages with a without  %.4f   (substring match, the issue's definition)%n",
                s.withoutPageRate());
        out.printf(Locale.ROOT, "pages with a without  %.4f   (word-boundary match: 'Home' no longer hits 'home "
                + "renovation')%n", s.withoutWordsPageRate());
        out.printf(Locale.ROOT, "WCXB evaluate.py      with %.4f  without %.4f   (per-page shares averaged; lower-cased "
                + "substring, no quote/dash/space normalisation)%n", s.wcxbWithRate(), s.wcxbWithoutRate());
        StringBuilder v = new StringBuilder();
        for (Map.Entry<Verdict, Integer> e : s.verdicts().entrySet()) {
            v.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        out.println("verdicts              " + v.toString().strip());
        if (perPage != null) {
            writePerPage(Path.of(perPage), s.results());
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
        long sink = 0;
        for (int warm = 0; warm < 2; warm++) {
            sink += parseAll(pages) + cleanAll(pages);
        }
        double parseBest = 0;
        double cleanBest = 0;
        double ratioBest = 0;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            long parseNanos = 0;
            long cleanNanos = 0;
            for (BenchPage p : pages) {
                long t0 = System.nanoTime();
                sink += Jsoup.parse(new String(p.html(), StandardCharsets.UTF_8), p.truth().url()).childNodeSize();
                long t1 = System.nanoTime();
                sink += Cleaner.clean(p.html(), p.truth().url(), null).paragraphs().size();
                long t2 = System.nanoTime();
                parseNanos += t1 - t0;
                cleanNanos += t2 - t1;
            }
            parseBest = Math.max(parseBest, pages.size() / (parseNanos / 1e9));
            cleanBest = Math.max(cleanBest, pages.size() / (cleanNanos / 1e9));
            ratioBest = Math.max(ratioBest, (double) parseNanos / cleanNanos);
        }
        out.printf(Locale.ROOT, "jsoup parse only      %.1f docs/s%n", parseBest);
        out.printf(Locale.ROOT, "cleaning              %.1f docs/s%n", cleanBest);
        out.printf(Locale.ROOT, "cleaning/parse ratio  %.3f   (one thread, page by page interleaved, best of %d rounds"
                + " after 2 warm-up rounds; sink %d)%n", ratioBest, TIMED_ROUNDS, sink % 10);
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
