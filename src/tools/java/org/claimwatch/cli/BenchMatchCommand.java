package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimwatch.diff.VersionDiff;
import org.claimwatch.semantic.Vectors;
import org.claimwatch.semantic.model.SentenceEncoder;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bench-match [PAIRS.json]}: same-claim matching on the hand-written pair set
 * (src/test/resources/semantic/pairs.json by default). "Same" = paraphrase or contradiction; topic and unrelated
 * pairs are different claims. Prints cosine per kind, precision/recall at the threshold the pipeline uses
 * ({@link VersionDiff#SAME_CLAIM}) and a sweep.
 */
public final class BenchMatchCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        JsonNode root;
        if (args.isEmpty()) {
            try (InputStream in = BenchMatchCommand.class.getResourceAsStream("/semantic/pairs.json")) {
                root = new ObjectMapper().readTree(in);
            }
        } else {
            root = new ObjectMapper().readTree(Files.readString(Path.of(args.get(0))));
        }
        List<String> kinds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode p : root.path("pairs")) {
            kinds.add(p.path("kind").asText());
            texts.add(p.path("a").asText());
            texts.add(p.path("b").asText());
        }
        SentenceEncoder encoder = SentenceEncoder.shared();
        List<float[]> v = new ArrayList<>();
        for (String t : texts) {
            v.add(encoder.embed(List.of(t)).get(0));
        }
        double[] cos = new double[kinds.size()];
        Map<String, List<Double>> byKind = new TreeMap<>();
        for (int i = 0; i < cos.length; i++) {
            cos[i] = Vectors.cosine(v.get(2 * i), v.get(2 * i + 1));
            byKind.computeIfAbsent(kinds.get(i), k -> new ArrayList<>()).add(cos[i]);
        }
        out.printf("%d pairs, model %s%n", cos.length, SentenceEncoder.MODEL);
        byKind.forEach((k, list) -> out.printf("  %-13s n=%2d cosine mean %.3f min %.3f max %.3f%n", k, list.size(),
                list.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                list.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                list.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        for (double t = 0.40; t <= 0.801; t += 0.05) {
            line(out, kinds, cos, t, Math.abs(t - VersionDiff.SAME_CLAIM) < 1e-9 ? "  <- SAME_CLAIM" : "");
        }
        for (int i = 0; i < cos.length; i++) {
            boolean same = same(kinds.get(i));
            if (same != cos[i] >= VersionDiff.SAME_CLAIM) {
                out.printf("  miss (%s, %.3f): %s | %s%n", kinds.get(i), cos[i], texts.get(2 * i), texts.get(2 * i + 1));
            }
        }
        return 0;
    }

    private static boolean same(String kind) {
        return kind.equals("paraphrase") || kind.equals("contradiction");
    }

    private static void line(PrintStream out, List<String> kinds, double[] cos, double t, String note) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < cos.length; i++) {
            boolean p = cos[i] >= t;
            boolean a = same(kinds.get(i));
            tp += p && a ? 1 : 0;
            fp += p && !a ? 1 : 0;
            fn += !p && a ? 1 : 0;
        }
        double pr = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double re = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        out.printf("  cosine >= %.2f: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)%s%n", t, pr, re,
                pr + re == 0 ? 0 : 2 * pr * re / (pr + re), tp, fp, fn, note);
    }
}
