package org.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimwatch.claims.CheckWorthiness;
import org.claimwatch.claims.CheckWorthyTrainer;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code train-checkworthy DATA.json OUT_MODEL}: 5-fold cross-validates the check-worthiness model on a
 * JSON array of {"text","label"} sentences, prints positive-class F1, then trains on all and writes the model.
 */
public final class TrainCheckworthyCommand implements Command {

    private static final int FOLDS = 5;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() == 3 && args.get(0).equals("--embeddings")) {
            return embedded(args.get(1), args.get(2), out);
        }
        if (args.size() != 2) {
            err.println("usage: train-checkworthy [--embeddings] DATA.json OUT_MODEL");
            return 2;
        }
        List<String> sentences = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(Path.of(args.get(0)).toFile())) {
            sentences.add(row.path("text").asText());
            labels.add(row.path("label").asInt());
        }
        long t0 = System.nanoTime();
        CheckWorthyTrainer.Report report = CheckWorthyTrainer.crossValidate(sentences, labels, FOLDS);
        for (int k = 0; k < report.foldF1().length; k++) {
            out.printf("fold %d positive-class F1 %.4f%n", k + 1, report.foldF1()[k]);
        }
        double mean = java.util.Arrays.stream(report.foldF1()).average().orElse(0);
        out.printf("%d-fold CV on %d sentences: mean F1 %.4f, pooled F1 %.4f (P %.4f R %.4f) at threshold %.2f%n",
                FOLDS, sentences.size(), mean, report.pooledF1(), report.precision(), report.recall(), report.threshold());
        CheckWorthiness model = CheckWorthyTrainer.train(sentences, labels, report.threshold());
        try (OutputStream o = Files.newOutputStream(Path.of(args.get(1)))) {
            model.write(o);
        }
        out.printf("model written to %s in %.1f s%n", args.get(1), (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /**
     * Embeds every sentence with the check-worthiness encoder (e5-small-v2-q with its "query: " prefix, batches of
     * 32; cached in target/cw-vectors-e5.bin, shared with cv-checkworthy), cross-validates
     * the embedding + n-gram + cue model, prints F1/P/R and threshold at the data's balance and at 50 % positives, then
     * trains on all and writes the model (ship it as src/main/resources/org/claimwatch/claims/checkworthy-embedded.bin).
     */
    private int embedded(String data, String outModel, PrintStream out) throws Exception {
        List<String> sentences = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(Path.of(data).toFile())) {
            sentences.add(row.path("text").asText());
            labels.add(row.path("label").asInt());
        }
        long t0 = System.nanoTime();
        List<float[]> vectors = CvCheckworthyCommand.vectors(org.claimwatch.semantic.model.SentenceEncoder.Model.E5,
                sentences, out);
        out.printf("e5 vectors of %d sentences in %.1f s%n", sentences.size(), (System.nanoTime() - t0) / 1e9);
        org.claimwatch.claims.EmbeddedCheckWorthyTrainer.Report r =
                org.claimwatch.claims.EmbeddedCheckWorthyTrainer.crossValidate(sentences, vectors, labels, FOLDS);
        out.printf("%d-fold CV, embeddings + n-grams + cues (EmbeddedCheckWorthyTrainer.OPTIONS), %d sentences, %.1f %% positive: F1 %.3f (P %.3f R %.3f) at threshold %.2f%n",
                FOLDS, sentences.size(), 100 * r.positiveShare(), r.f1(), r.precision(), r.recall(), r.threshold());
        out.printf("at 50 %% positives (negatives reweighted): F1 %.3f (P %.3f R %.3f) at threshold %.2f%n",
                r.balancedF1(), r.balancedPrecision(), r.balancedRecall(), r.balancedThreshold());
        org.claimwatch.claims.EmbeddedCheckWorthiness model =
                org.claimwatch.claims.EmbeddedCheckWorthyTrainer.train(sentences, vectors, labels, r.threshold());
        try (OutputStream o = Files.newOutputStream(Path.of(outModel))) {
            model.write(o);
        }
        out.printf("model written to %s in %.1f s%n", outModel, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
