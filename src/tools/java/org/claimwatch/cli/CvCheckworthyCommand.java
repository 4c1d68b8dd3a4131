package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimwatch.claims.CheckWorthyExperiments;
import org.claimwatch.claims.CheckWorthyExperiments.Options;
import org.claimwatch.semantic.model.SentenceEncoder;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cv-checkworthy DATA.json [VARIANT...]}: 5-fold stratified CV of check-worthiness variants (MiniLM, e5,
 * both concatenated; with or without the n-gram/hand features; positives weighted; a small MLP). Embeddings are
 * computed once per model and cached in {@code target/cw-vectors-MODEL.bin}. Prints one table row per variant:
 * F1/P/R/threshold at the data's balance and at 50 % positives. No model is written (see train-checkworthy).
 * A VARIANT not in the named list is a spec: dense blocks and sparse features joined by '+' ({@code e5}, {@code minilm},
 * {@code ngram}, {@code cues}), optionally {@code A|B} for two models whose logits are averaged, then
 * {@code :key=value} options ({@link Options#parse}), e.g. {@code e5+ngram:srate=1:fseed=2}.
 */
public final class CvCheckworthyCommand implements Command {

    private static final int FOLDS = 5;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            err.println("usage: cv-checkworthy DATA.json [VARIANT...]");
            return 2;
        }
        List<String> sentences = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(Path.of(args.get(0)).toFile())) {
            sentences.add(row.path("text").asText());
            labels.add(row.path("label").asInt());
        }
        List<float[]> mini = vectors(SentenceEncoder.Model.MINILM, sentences, out);
        List<float[]> e5 = vectors(SentenceEncoder.Model.E5, sentences, out);
        List<float[]> both = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            float[] c = new float[mini.get(i).length + e5.get(i).length];
            System.arraycopy(mini.get(i), 0, c, 0, mini.get(i).length);
            System.arraycopy(e5.get(i), 0, c, mini.get(i).length, e5.get(i).length);
            both.add(c);
        }
        Map<String, Object[]> variants = new LinkedHashMap<>();
        variants.put("minilm+ngram-lr", new Object[] {mini, new Options(true, 1, 0, 12, 1e-5)});
        variants.put("e5-lr", new Object[] {e5, new Options(false, 1, 0, 12, 1e-5)});
        variants.put("e5+ngram-lr", new Object[] {e5, new Options(true, 1, 0, 12, 1e-5)});
        variants.put("minilm+e5-lr", new Object[] {both, new Options(false, 1, 0, 12, 1e-5)});
        variants.put("minilm+e5+ngram-lr", new Object[] {both, new Options(true, 1, 0, 12, 1e-5)});
        variants.put("minilm+e5+ngram-lr-w2", new Object[] {both, new Options(true, 2, 0, 12, 1e-5)});
        variants.put("e5+ngram-lr-w2", new Object[] {e5, new Options(true, 2, 0, 12, 1e-5)});
        variants.put("e5+ngram-lr-30ep", new Object[] {e5, new Options(true, 1, 0, 30, 1e-5)});
        variants.put("e5+ngram-lr-30ep-l2", new Object[] {e5, new Options(true, 1, 0, 30, 1e-4)});
        variants.put("minilm+e5+ngram-lr-30ep", new Object[] {both, new Options(true, 1, 0, 30, 1e-5)});
        variants.put("e5+ngram-mlp32", new Object[] {e5, new Options(true, 1, 32, 10, 1e-5)});
        variants.put("e5+ngram-mlp128-20ep", new Object[] {e5, new Options(true, 1, 128, 20, 1e-5)});
        variants.put("e5-lr-z", new Object[] {e5, new Options(false, 1, 0, 12, 1e-5, true)});
        variants.put("e5+ngram-lr-z", new Object[] {e5, new Options(true, 1, 0, 12, 1e-5, true)});
        variants.put("minilm+e5+ngram-lr-z", new Object[] {both, new Options(true, 1, 0, 12, 1e-5, true)});
        variants.put("e5+ngram-mlp64-z", new Object[] {e5, new Options(true, 1, 64, 10, 1e-5, true)});
        variants.put("minilm+e5+ngram-mlp64-z", new Object[] {both, new Options(true, 1, 64, 10, 1e-5, true)});
        variants.put("e5-mlp64", new Object[] {e5, new Options(false, 1, 64, 10, 1e-5)});
        variants.put("e5+ngram-mlp64", new Object[] {e5, new Options(true, 1, 64, 10, 1e-5)});
        variants.put("minilm+e5+ngram-mlp64", new Object[] {both, new Options(true, 1, 64, 10, 1e-5)});
        List<String> chosen = args.size() > 1 ? args.subList(1, args.size()) : List.copyOf(variants.keySet());
        long pos = labels.stream().filter(l -> l == 1).count();
        out.printf("%d sentences, %.1f %% positive, %d-fold stratified CV, threshold by out-of-fold F1%n",
                sentences.size(), 100.0 * pos / sentences.size(), FOLDS);
        out.println("| variant | F1 | P | R | thr | F1@50% | P@50% | R@50% | thr@50% | F1 held-out thr | F1@50% held-out thr |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String name : chosen) {
            Object[] v = variants.get(name);
            if (v == null && name.contains(":") || v == null && name.startsWith("spec=")) {
                String spec = name.startsWith("spec=") ? name.substring(5) : name;
                String feats = spec.split(":")[0];
                String[] fused = feats.split("\\|");
                List<float[]> d = dense(fused[0], mini, e5);
                v = new Object[] {d, Options.parse(spec), fused.length > 1 ? dense(fused[1], mini, e5) : null};
            }
            if (v == null) {
                err.println("unknown variant " + name + "; known: " + variants.keySet());
                return 2;
            }
            long t0 = System.nanoTime();
            @SuppressWarnings("unchecked")
            List<float[]> dense = (List<float[]>) v[0];
            @SuppressWarnings("unchecked")
            List<float[]> second = v.length > 2 ? (List<float[]>) v[2] : null;
            CheckWorthyExperiments.Row r = CheckWorthyExperiments.crossValidate(name, sentences, dense, second, labels,
                    (Options) v[1], FOLDS);
            out.printf("| %s | %.3f | %.3f | %.3f | %.2f | %.3f | %.3f | %.3f | %.2f | %.3f | %.3f |  (%.0f s)%n", name,
                    r.f1(), r.precision(), r.recall(), r.threshold(), r.bf1(), r.bprecision(), r.brecall(),
                    r.bthreshold(), r.heldOutF1(), r.heldOutBalancedF1(), (System.nanoTime() - t0) / 1e9);
            out.flush();
        }
        return 0;
    }

    /** The dense blocks named before the first "+ngram"/"+cues" of {@code feats} ("e5+minilm+e5max"), concatenated. */
    private static List<float[]> dense(String feats, List<float[]> mini, List<float[]> e5) {
        List<List<float[]>> blocks = new ArrayList<>();
        for (String part : feats.split("\\+")) {
            switch (part) {
                case "e5" -> blocks.add(e5);
                case "minilm" -> blocks.add(mini);
                case "ngram", "cues", "" -> { }
                default -> throw new IllegalArgumentException("unknown feature block " + part);
            }
        }
        List<float[]> out = new ArrayList<>(e5.size());
        for (int i = 0; i < e5.size(); i++) {
            int len = 0;
            for (List<float[]> b : blocks) {
                len += b.get(i).length;
            }
            float[] c = new float[len];
            int at = 0;
            for (List<float[]> b : blocks) {
                System.arraycopy(b.get(i), 0, c, at, b.get(i).length);
                at += b.get(i).length;
            }
            out.add(c);
        }
        return out;
    }

    static List<float[]> vectors(SentenceEncoder.Model model, List<String> sentences, PrintStream out) throws Exception {
        Path cache = Path.of("target", "cw-vectors-" + model.name().toLowerCase() + ".bin");
        List<float[]> vectors = new ArrayList<>(sentences.size());
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
                int n = in.readInt();
                int dim = in.readInt();
                int hash = in.readInt();
                if (n == sentences.size() && hash == sentences.hashCode()) {
                    for (int i = 0; i < n; i++) {
                        float[] v = new float[dim];
                        for (int d = 0; d < dim; d++) {
                            v[d] = in.readFloat();
                        }
                        vectors.add(v);
                    }
                    return vectors;
                }
            }
        }
        long t0 = System.nanoTime();
        SentenceEncoder encoder = SentenceEncoder.shared(model);
        for (int from = 0; from < sentences.size(); from += 32) {
            vectors.addAll(encoder.embed(sentences.subList(from, Math.min(sentences.size(), from + 32))));
        }
        out.printf("%s: embedded %d sentences in %.1f s%n", model, sentences.size(), (System.nanoTime() - t0) / 1e9);
        try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
            o.writeInt(sentences.size());
            o.writeInt(vectors.get(0).length);
            o.writeInt(sentences.hashCode());
            for (float[] v : vectors) {
                for (float x : v) {
                    o.writeFloat(x);
                }
            }
        }
        return vectors;
    }
}
