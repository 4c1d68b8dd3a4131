package org.claimwatch.semantic.model;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.config.Settings;
import org.claimwatch.semantic.SentenceVectors;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Embeddings of sentences for the pipeline, from two models (MiniLM for matching, e5 for check-worthiness): looks
 * each distinct sentence up in the database cache (by model and SHA-256 of its text), embeds only the missing ones
 * on the shared {@value #POOL} worker pool ({@code nlp.poolSize} threads, {@code nlp.batchSize} sentences per model
 * run, never on an event loop) and stores them. Off ({@code nlp.embeddings} false) it answers
 * {@link SentenceVectors#NONE} at once and never loads a model.
 */
public final class Embedder {

    public static final String POOL = "claimwatch-embeddings";
    /** Names the vectors in the cache; a new model must use a new name. */
    public static final String MODEL_NAME = "all-minilm-l6-v2-q";
    /** Names the check-worthiness model's vectors in the cache. */
    public static final String CHECKWORTHY_MODEL_NAME = "e5-small-v2-q";

    /** What one call found in the cache and what it had to embed. */
    public record Result(SentenceVectors vectors, int cached, int embedded) {
    }

    private static final AtomicLong CACHED = new AtomicLong();
    private static final AtomicLong EMBEDDED = new AtomicLong();

    private final Pool db;
    private final boolean on;
    private final int batchSize;
    private final WorkerExecutor workers;

    public Embedder(Vertx vertx, Pool db, Settings.Nlp nlp) {
        this.db = db;
        this.on = nlp.embeddings();
        this.batchSize = Math.max(1, nlp.batchSize());
        this.workers = on ? vertx.createSharedWorkerExecutor(POOL, Math.max(1, nlp.poolSize())) : null;
    }

    public boolean on() {
        return on;
    }

    /** Sentences found in the cache and sentences embedded, since start (all instances of this process). */
    public static long[] totals() {
        return new long[] {CACHED.get(), EMBEDDED.get()};
    }

    /**
     * Vectors of every sentence in {@code sentences} (duplicates and blanks ignored): the matching model's and the
     * check-worthiness model's. The counts add up over both models.
     */
    public Future<Result> vectors(List<String> sentences) {
        if (!on) {
            return Future.succeededFuture(new Result(SentenceVectors.NONE, 0, 0));
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String s : sentences) {
            if (!s.isBlank()) {
                distinct.add(s);
            }
        }
        if (distinct.isEmpty()) {
            return Future.succeededFuture(new Result(SentenceVectors.NONE, 0, 0));
        }
        int[] counts = new int[2];
        return vectors(SentenceEncoder.Model.MINILM, MODEL_NAME, distinct, counts)
                .compose(matching -> vectors(SentenceEncoder.Model.E5, CHECKWORTHY_MODEL_NAME, distinct, counts)
                        .map(checkworthy -> new Result(SentenceVectors.of(matching, checkworthy), counts[0], counts[1])));
    }

    /** The matching model's (MiniLM) vectors only, of every sentence in {@code sentences}: for the story stage. */
    public Future<SentenceVectors> matching(List<String> sentences) {
        if (!on) {
            return Future.succeededFuture(SentenceVectors.NONE);
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String s : sentences) {
            if (!s.isBlank()) {
                distinct.add(s);
            }
        }
        if (distinct.isEmpty()) {
            return Future.succeededFuture(SentenceVectors.NONE);
        }
        return vectors(SentenceEncoder.Model.MINILM, MODEL_NAME, distinct, new int[2]).map(SentenceVectors::of);
    }

    /** One model's vectors of {@code distinct}: cache first, then the model; adds {cached, embedded} to counts. */
    private Future<Map<String, float[]>> vectors(SentenceEncoder.Model model, String name, Set<String> distinct,
                                                 int[] counts) {
        Map<String, String> textByHash = new HashMap<>();
        List<Buffer> hashes = new ArrayList<>(distinct.size());
        for (String s : distinct) {
            byte[] h = sha256(s);
            textByHash.put(HexFormat.of().formatHex(h), s);
            hashes.add(Buffer.buffer(h));
        }
        return db.preparedQuery(SemanticSql.SELECT_EMBEDDINGS.sql())
                .execute(Tuple.tuple().addValue(name).addValue(hashes.toArray(new Buffer[0])))
                .compose(rows -> {
                    Map<String, float[]> found = new HashMap<>();
                    for (Row r : rows) {
                        String text = textByHash.get(HexFormat.of().formatHex(r.getBuffer("hash").getBytes()));
                        if (text != null) {
                            found.put(text, decode(r.getBuffer("vector").getBytes()));
                        }
                    }
                    List<String> missing = distinct.stream().filter(s -> !found.containsKey(s)).toList();
                    return embed(model, missing).compose(fresh -> store(name, fresh).map(v -> {
                        found.putAll(fresh);
                        CACHED.addAndGet(distinct.size() - missing.size());
                        EMBEDDED.addAndGet(missing.size());
                        counts[0] += distinct.size() - missing.size();
                        counts[1] += missing.size();
                        return found;
                    }));
                });
    }

    private Future<Map<String, float[]>> embed(SentenceEncoder.Model model, List<String> missing) {
        if (missing.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        List<Future<Map<String, float[]>>> parts = new ArrayList<>();
        for (int from = 0; from < missing.size(); from += batchSize) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + batchSize));
            parts.add(workers.executeBlocking(() -> {
                List<float[]> v = SentenceEncoder.shared(model).embed(batch);
                Map<String, float[]> out = new HashMap<>();
                for (int i = 0; i < batch.size(); i++) {
                    out.put(batch.get(i), v.get(i));
                }
                return out;
            }, false));
        }
        return Future.all(parts).map(all -> {
            Map<String, float[]> out = new HashMap<>();
            for (Future<Map<String, float[]>> f : parts) {
                out.putAll(f.result());
            }
            return out;
        });
    }

    private Future<Void> store(String name, Map<String, float[]> fresh) {
        if (fresh.isEmpty()) {
            return Future.succeededFuture();
        }
        List<Tuple> batch = new ArrayList<>(fresh.size());
        fresh.forEach((text, v) -> batch.add(Tuple.of(name, Buffer.buffer(sha256(text)), Buffer.buffer(encode(v)))));
        return db.preparedQuery(SemanticSql.INSERT_EMBEDDING.sql()).executeBatch(batch).mapEmpty();
    }

    static byte[] encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    static float[] decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
