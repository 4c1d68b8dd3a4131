package org.claimwatch.cli;

import org.claimwatch.claims.Claims;
import org.claimwatch.claims.Segmentation;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code bench-claims [--seeds DIR] [--articles GROUND_TRUTH.jsonl] [--gold SENTENCES.txt] [--disagreements N]}:
 * compares the sentence segmenters (printing N sampled disagreements to judge by hand), then prints the time per 1,000-word article on one thread after warm-up.
 */
public final class BenchClaimsCommand implements Command {

    private static final int WARMUP_ROUNDS = 5;
    private static final int ROUNDS = 10;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path seeds = Path.of("src/test/resources/fixtures/seeds");
        Path articles = Path.of("/work/shared/bench/extraction/wcxb-dev-articles/ground-truth.jsonl");
        Path gold = Path.of("src/test/resources/claims/sentence-gold.txt");
        int samples = 0;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--seeds" -> seeds = Path.of(args.get(i + 1));
                case "--articles" -> articles = Path.of(args.get(i + 1));
                case "--gold" -> gold = Path.of(args.get(i + 1));
                case "--disagreements" -> samples = Integer.parseInt(args.get(i + 1));
                default -> {
                    err.println("unknown option " + args.get(i));
                    return 2;
                }
            }
        }
        List<String> seedTexts = BenchTexts.seeds(seeds);
        List<String> articleTexts = BenchTexts.articles(articles);
        if (Files.isRegularFile(gold)) {
            SegmentationComparison.gold(Files.readAllLines(gold, StandardCharsets.UTF_8), out);
        }
        SegmentationComparison.unlabelled("seeds", seedTexts, out);
        SegmentationComparison.unlabelled("bench", articleTexts, samples, out);
        List<String> corpus = new ArrayList<>(seedTexts);
        corpus.addAll(articleTexts);
        if (corpus.isEmpty()) {
            err.println("no texts found");
            return 1;
        }
        long words = corpus.stream().mapToLong(BenchTexts::words).sum();
        out.printf("corpus: %d texts, %d words%n", corpus.size(), words);
        time("segment NEWS_RULES", corpus, words, Segmentation.NEWS_RULES::split, out);
        time("segment OPENNLP", corpus, words, Segmentation.OPENNLP::split, out);
        time("claims (full analyze)", corpus, words, t -> Claims.analyze(t, null), out);
        return 0;
    }

    private static void time(String label, List<String> corpus, long words, Consumer<String> work, PrintStream out) {
        for (int r = 0; r < WARMUP_ROUNDS; r++) {
            corpus.forEach(work);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] rounds = new long[ROUNDS];
        long[] cpu = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            corpus.forEach(work);
            rounds[r] = System.nanoTime() - t0;
            cpu[r] = threads.getCurrentThreadCpuTime() - c0;
        }
        java.util.Arrays.sort(rounds);
        java.util.Arrays.sort(cpu);
        double perThousand = 1000.0 / words / 1e6;
        out.printf("%-22s median %.3f ms per 1,000-word article (best %.3f, worst %.3f over %d rounds; thread CPU time"
                        + " median %.3f), one thread, load average %.1f%n", label, rounds[ROUNDS / 2] * perThousand,
                rounds[0] * perThousand, rounds[ROUNDS - 1] * perThousand, ROUNDS, cpu[ROUNDS / 2] * perThousand,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
