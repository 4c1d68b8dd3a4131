package org.claimwatch.semantic.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimwatch.semantic.Vectors;
import org.claimwatch.semantic.WordPiece;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The sentence-embedding model: quantised all-MiniLM-L6-v2 (384 dimensions, unit length, mean-pooled), run by
 * ONNX Runtime on the CPU. Model and vocabulary are read from the class path (the langchain4j artifact ships
 * them); ONNX Runtime unpacks its natives from its own jar into {@code java.io.tmpdir}, so nothing is fetched
 * and the jar may sit on a read-only disk. {@link #embed} is blocking (call it on a worker) and thread-safe:
 * one session serves all threads, each run using one intra-op thread, so the caller's pool sets the parallelism.
 */
public final class SentenceEncoder implements AutoCloseable {

    public static final String MODEL = "all-minilm-l6-v2-q.onnx";
    public static final String VOCAB = "all-minilm-l6-v2-q-tokenizer.json";
    public static final int DIMENSIONS = 384;
    public static final int MAX_TOKENS = 128;

    /**
     * A BERT WordPiece sentence model on the class path: its ONNX file, its HuggingFace tokenizer.json and the
     * prefix its training put before each input (e5: {@code "query: "}). Both models are mean-pooled, 384-d.
     */
    public enum Model {
        /** all-MiniLM-L6-v2, quantised: matching (paraphrase cosines spread well). */
        MINILM(MODEL, VOCAB, ""),
        /** e5-small-v2, quantised: check-worthiness features (its cosines bunch up; not for matching). */
        E5("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", "query: ");

        final String file;
        final String vocab;
        final String prefix;

        Model(String file, String vocab, String prefix) {
            this.file = file;
            this.vocab = vocab;
            this.prefix = prefix;
        }
    }

    private static final Map<Model, SentenceEncoder> SHARED = new java.util.EnumMap<>(Model.class);

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPiece tokenizer;
    private final boolean typeIds;
    private final String prefix;

    private SentenceEncoder(Model model) {
        prefix = model.prefix;
        try {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(resource(model.file), options);
            typeIds = session.getInputNames().contains("token_type_ids");
            tokenizer = new WordPiece(vocab(model.vocab));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence-embedding model: " + e.getMessage(), e);
        }
    }

    /** The process-wide MiniLM encoder, loaded on first use (1–4 s). */
    public static SentenceEncoder shared() {
        return shared(Model.MINILM);
    }

    /** The process-wide encoder of {@code model}, loaded on first use. */
    public static SentenceEncoder shared(Model model) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(model, SentenceEncoder::new);
        }
    }

    public WordPiece tokenizer() {
        return tokenizer;
    }

    /** Unit-length embeddings of {@code sentences}, in order; one ONNX run per call (pass a batch). */
    public List<float[]> embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        int n = sentences.size();
        int[][] ids = new int[n][];
        int len = 0;
        for (int i = 0; i < n; i++) {
            ids[i] = tokenizer.encode(prefix + sentences.get(i), MAX_TOKENS);
            len = Math.max(len, ids[i].length);
        }
        long[] input = new long[n * len];
        long[] mask = new long[n * len];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < ids[i].length; t++) {
                input[i * len + t] = ids[i][t];
                mask[i * len + t] = 1;
            }
        }
        long[] shape = {n, len};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(input), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n * len]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                List<float[]> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    long[] m = new long[len];
                    System.arraycopy(mask, i * len, m, 0, len);
                    out.add(Vectors.meanPool(hidden[i], m));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> vocab(String file) {
        try {
            JsonNode vocab = new ObjectMapper().readTree(resource(file)).path("model").path("vocab");
            Map<String, Integer> out = new HashMap<>(vocab.size() * 2);
            for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue().asInt());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
