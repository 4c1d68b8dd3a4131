package org.claimwatch.cli;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.claimwatch.diff.DiffResult;
import org.claimwatch.diff.VersionDiff;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * {@code bench-diff [CORPUS_DIR] [--misses] [--quality]}: prints (a) ms per diff of two ~1,000-word versions after
 * warm-up, (b) the time for 1k/2k/5k/10k-sentence pathological inputs, (c) precision/recall of typed changes on the
 * corpus (default {@code src/test/resources/diff}) and the alerting changes on its noise-only pairs, (d) the same
 * on the hand-written hard cases, per kind, (e)/(f) on the held-out hard cases. {@code --quality} skips (a) and (b).
 */
public final class BenchDiffCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> paths = args.stream().filter(a -> !a.startsWith("--")).toList();
        Path corpus = Path.of(paths.isEmpty() ? "src/test/resources/diff" : paths.get(0));
        if (!Files.isDirectory(corpus.resolve("base"))) {
            err.println("usage: bench-diff [CORPUS_DIR]  (a directory with base/ and pairs.jsonl; not found: " + corpus + ")");
            return 2;
        }
        if (!args.contains("--quality")) {
            thousandWords(corpus, out);
            pathological(out);
        }
        DiffScore score = DiffScore.of(DiffCorpus.load(corpus));
        out.printf("(c) corpus %s: %d expected typed changes, %d predicted, %d correct: precision %.3f recall %.3f%n",
                corpus, score.expected(), score.predicted(), score.correct(), score.precision(), score.recall());
        out.printf("    noise-only pairs: %d, changes at or above ALERT_THRESHOLD %.2f on them: %d%n",
                score.noiseCases(), VersionDiff.ALERT_THRESHOLD, score.noiseAlerts());
        out.println("    " + score.inOutLine());
        boolean misses = args.contains("--misses");
        if (misses) {
            score.misses().forEach(m -> out.println("    " + m));
        }
        DiffScore held = DiffScore.of(DiffCorpus.heldOut(corpus));
        out.printf("(c) held-out pairs (heldout/pairs.jsonl, texts not used while tuning): %d expected, %d predicted, "
                        + "%d correct: precision %.3f recall %.3f; noise-only pairs %d, alerting changes on them %d%n",
                held.expected(), held.predicted(), held.correct(), held.precision(), held.recall(), held.noiseCases(),
                held.noiseAlerts());
        out.println("    " + held.inOutLine());
        if (misses) {
            held.misses().forEach(m -> out.println("    " + m));
        }
        DiffScore hard = DiffScore.of(DiffCorpus.hardCases(corpus));
        out.printf("(d) hard cases (pairs-noise-kinds.jsonl, pairs-notes-headlines.jsonl): %d expected, %d predicted, "
                        + "%d correct: precision %.3f recall %.3f; noise-only pairs %d, alerting changes on them %d%n",
                hard.expected(), hard.predicted(), hard.correct(), hard.precision(), hard.recall(), hard.noiseCases(),
                hard.noiseAlerts());
        out.println("    " + hard.inOutLine());
        hard.kindLines().forEach(l -> out.println("    " + l));
        if (misses) {
            hard.misses().forEach(m -> out.println("    " + m));
        }
        DiffScore hardHeld = DiffScore.of(DiffCorpus.hardHeldOut(corpus));
        out.printf("(e) held-out hard cases (heldout/pairs-issue22.jsonl, written after the code, not tuned on): %d expected, "
                        + "%d predicted, %d correct: precision %.3f recall %.3f; noise-only pairs %d, alerting changes on them %d%n",
                hardHeld.expected(), hardHeld.predicted(), hardHeld.correct(), hardHeld.precision(), hardHeld.recall(),
                hardHeld.noiseCases(), hardHeld.noiseAlerts());
        out.println("    " + hardHeld.inOutLine());
        hardHeld.kindLines().forEach(l -> out.println("    " + l));
        if (misses) {
            hardHeld.misses().forEach(m -> out.println("    " + m));
        }
        DiffScore heldB = DiffScore.of(DiffCorpus.hardHeldOutB(corpus));
        out.printf("(f) held-out hard cases, second batch (heldout/pairs-issue22b.jsonl): %d expected, %d predicted, "
                        + "%d correct: precision %.3f recall %.3f; noise-only pairs %d, alerting changes on them %d%n",
                heldB.expected(), heldB.predicted(), heldB.correct(), heldB.precision(), heldB.recall(),
                heldB.noiseCases(), heldB.noiseAlerts());
        out.println("    " + heldB.inOutLine());
        heldB.kindLines().forEach(l -> out.println("    " + l));
        if (misses) {
            heldB.misses().forEach(m -> out.println("    " + m));
        }
        return 0;
    }

    private static void thousandWords(Path corpus, PrintStream out) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String id : List.of("wcxb-0031.txt", "wcxb-0161.txt", "wcxb-0174.txt")) {
            text.append(Files.readString(corpus.resolve("base").resolve(id))).append("\n\n");
        }
        String[] words = text.toString().split(" ");
        String before = String.join(" ", List.of(words).subList(0, Math.min(1000, words.length)));
        String after = edit(before);
        AnalyzedText a = Claims.analyze(before, null);
        AnalyzedText b = Claims.analyze(after, null);
        DiffResult r = null;
        for (int i = 0; i < 3000; i++) {
            r = VersionDiff.compare(a, b);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] batches = new double[20];
        double[] cpu = new double[20];
        for (int k = 0; k < batches.length; k++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                r = VersionDiff.compare(a, b);
            }
            batches[k] = (System.nanoTime() - t0) / 1e6 / 100;
            cpu[k] = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / 100;
        }
        java.util.Arrays.sort(batches);
        java.util.Arrays.sort(cpu);
        out.printf("(a) two ~1,000-word versions (%d and %d words, %d/%d sentences, %d changes): %.3f ms per diff "
                        + "(median of 20 batches of 100; best batch %.3f ms; thread CPU median %.3f ms; one thread, "
                        + "after 3,000 warm-up diffs; Claims.analyze not included)%n",
                before.split("\\s+").length, after.split("\\s+").length, a.sentences().size(), b.sentences().size(),
                r.changes().size(), batches[batches.length / 2], batches[0], cpu[cpu.length / 2]);
    }

    /** Edits of several kinds: a number, a quote word, a sentence added, two paragraphs swapped. */
    private static String edit(String text) {
        String t = text.replaceFirst("\\b(\\d{2,})\\b", "$11").replaceFirst("“(\\w+) ", "“");
        String[] paras = t.split("\n\n");
        if (paras.length > 4) {
            String x = paras[1];
            paras[1] = paras[3];
            paras[3] = x;
        }
        return String.join("\n\n", paras) + "\n\nThe council approved a further 12 million dollars on Monday.";
    }

    private static void pathological(PrintStream out) {
        out.println("(b) pathological inputs, best of 5 after one warm-up diff at 10k (ms per diff; the thread's CPU time too,");
        out.println("    which a loaded machine inflates less than the wall clock; GC threads not counted):");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        out.println("    shuffled: 30-word vocabulary, every word frequent, order shuffled, 10% of sentences edited;");
        out.println("    templated: one sentence pattern, a distinct number each, 10% of numbers changed, 5% dropped");
        for (int family = 0; family < 2; family++) {
            AnalyzedText[] warm = input(family, 10_000);
            VersionDiff.compare(warm[0], warm[1]);
            for (int n : new int[] {1000, 2000, 5000, 10_000}) {
                AnalyzedText[] in = input(family, n);
                double best = Double.MAX_VALUE;
                double bestCpu = Double.MAX_VALUE;
                DiffResult r = null;
                for (int rep = 0; rep < 5; rep++) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    r = VersionDiff.compare(in[0], in[1]);
                    best = Math.min(best, (System.nanoTime() - t0) / 1e6);
                    bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e6);
                }
                out.printf("    %-9s %,6d sentences: %8.1f ms (%d changes; thread CPU %.1f ms)%n",
                        family == 0 ? "shuffled" : "templated", n, best, r.changes().size(), bestCpu);
            }
        }
    }

    private static AnalyzedText[] input(int family, int n) {
        Random random = new Random(n);
        List<String> sentences = new ArrayList<>(n);
        List<String> edited = new ArrayList<>(n);
        if (family == 0) {
            String[] vocab = ("the council said more people were hurt in the storm than officials had expected "
                    + "and the mayor warned residents to stay away from the river banks overnight").split(" ");
            for (int i = 0; i < n; i++) {
                StringBuilder s = new StringBuilder();
                int len = 8 + random.nextInt(10);
                for (int k = 0; k < len; k++) {
                    s.append(k == 0 ? "" : " ").append(vocab[random.nextInt(vocab.length)]);
                }
                sentences.add(Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".");
            }
            edited.addAll(sentences);
            Collections.shuffle(edited, random);
            for (int k = 0; k < n / 10; k++) {
                int i = random.nextInt(n);
                edited.set(i, edited.get(i).replaceFirst("the", "a " + random.nextInt(100)));
            }
        } else {
            for (int i = 0; i < n; i++) {
                sentences.add("The agency said " + (1000 + i) + " people had registered in the district by Monday.");
                int r = random.nextInt(100);
                if (r >= 5) {
                    edited.add(r < 15 ? sentences.get(i).replace(Integer.toString(1000 + i), Integer.toString(900_000 + i))
                            : sentences.get(i));
                }
            }
        }
        return new AnalyzedText[] {Claims.analyze(String.join(" ", sentences), null),
                Claims.analyze(String.join(" ", edited), null)};
    }
}
