package org.claimwatch.cli;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.claimwatch.claims.Sentence;
import org.claimwatch.semantic.model.SentenceEncoder;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench-embeddings [SEED_DIR]}: the cost of each sentence-embedding model (MiniLM for matching, e5 for
 * check-worthiness; the pipeline runs both) on the seed sentences: model load
 * time, sentences/s on 1 and 2 threads (batches of 16, as {@code nlp.batchSize}), the latency a new 1,000-word
 * version adds when all its sentences are new (the worst case: cached sentences cost one database read), heap.
 */
public final class BenchEmbeddingsCommand implements Command {

    private static final int BATCH = 16;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path dir = Path.of(args.isEmpty() ? "../shared/fixtures/seeds" : args.get(0));
        List<String> sentences = new ArrayList<>();
        StringBuilder thousand = new StringBuilder();
        for (String text : BenchTexts.seeds(dir)) {
            AnalyzedText a = Claims.analyze(text, null);
            for (Sentence s : a.sentences()) {
                sentences.add(s.text());
            }
        }
        List<String> version = new ArrayList<>();
        for (String s : sentences) {
            if (BenchTexts.words(thousand.toString()) >= 1000) {
                break;
            }
            thousand.append(s).append(' ');
            version.add(s);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        List<String> work = new ArrayList<>();
        while (work.size() < 1200) {
            work.addAll(sentences);
        }
        double versionMs = 0;
        for (SentenceEncoder.Model model : SentenceEncoder.Model.values()) {
            out.printf("%s:%n", model);
            long t0 = System.nanoTime();
            SentenceEncoder encoder = SentenceEncoder.shared(model);
            encoder.embed(List.of("warm up"));
            out.printf("  model load + first run: %.2f s%n", (System.nanoTime() - t0) / 1e9);
            encoder.embed(sentences.subList(0, Math.min(64, sentences.size())));
            for (int threads : new int[] {1, 2}) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long s0 = System.nanoTime();
                List<Future<?>> parts = new ArrayList<>();
                for (int from = 0; from < work.size(); from += BATCH) {
                    List<String> batch = work.subList(from, Math.min(work.size(), from + BATCH));
                    parts.add(pool.submit(() -> encoder.embed(batch)));
                }
                for (Future<?> f : parts) {
                    f.get();
                }
                double secs = (System.nanoTime() - s0) / 1e9;
                pool.shutdown();
                out.printf("  %d thread(s): %d sentences in %.2f s = %.0f sentences/s%n", threads, work.size(), secs,
                        work.size() / secs);
            }
            long v0 = System.nanoTime();
            for (int from = 0; from < version.size(); from += BATCH) {
                encoder.embed(version.subList(from, Math.min(version.size(), from + BATCH)));
            }
            double ms = (System.nanoTime() - v0) / 1e6;
            versionMs += ms;
            out.printf("  a new %d-word version (%d sentences, all new), 1 thread: %.0f ms%n",
                    BenchTexts.words(thousand.toString()), version.size(), ms);
        }
        out.printf("a new version through the pipeline (both models), 1 thread: %.0f ms added%n", versionMs);
        System.gc();
        long heap1 = rt.totalMemory() - rt.freeMemory();
        out.printf("heap used: %.0f MB before the models, %.0f MB after (max %d MB); process RSS is larger: ONNX "
                + "Runtime's native memory%n", heap0 / 1e6, heap1 / 1e6, rt.maxMemory() >> 20);
        out.printf("load average: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return 0;
    }
}
