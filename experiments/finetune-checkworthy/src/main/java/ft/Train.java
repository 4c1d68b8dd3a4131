package ft;

import ai.djl.engine.Engine;
import ai.djl.ndarray.*;
import ai.djl.ndarray.types.*;
import ai.djl.training.GradientCollector;
import java.io.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;

/** Fine-tune BERT encoder + mean pooling + linear head for binary check-worthiness; stratified k-fold, writes out-of-fold scores. */
public class Train {
    static Map<String, String> args = new HashMap<>();
    static String arg(String k, String d) { return args.getOrDefault(k, d); }

    public static void main(String[] a) throws Exception {
        for (int i = 0; i + 1 < a.length; i += 2) args.put(a[i].replaceFirst("^--", ""), a[i + 1]);
        Path onnx = Paths.get(arg("model", "models/all-minilm-l6-v2.onnx"));
        Path tok = Paths.get(arg("tok", "models/all-minilm-l6-v2-tokenizer.json"));
        int K = Integer.parseInt(arg("folds", "5")), epochs = Integer.parseInt(arg("epochs", "3")), bs = Integer.parseInt(arg("bs", "32"));
        int maxLen = Integer.parseInt(arg("maxLen", "64"));
        float lr = Float.parseFloat(arg("lr", "5e-5")), headLr = Float.parseFloat(arg("headLr", "1e-3")), wd = 0.01f;
        long seed = Long.parseLong(arg("seed", "42"));
        boolean freezeWE = Boolean.parseBoolean(arg("freezeWordEmb", "true"));
        String outDir = arg("out", "out/run"); Files.createDirectories(Paths.get(outDir));
        String prefix = arg("prefix", "");
        Engine.getInstance().setRandomSeed((int) seed);

        Data d = new Data(Paths.get(arg("data", "/work/shared/bench/claims/claimbuster-train.json")), tok, maxLen, prefix);
        int n = d.y.length;
        int[] fold = stratFolds(d.y, K, seed);
        System.out.printf("n=%d pos=%d folds=%d args=%s%n", n, Arrays.stream(d.y).sum(), K, args);
        Onnx o = new Onnx(onnx);
        String[] runFolds = arg("runFolds", "0").split(",");
        for (String fs : runFolds) {
            int f = Integer.parseInt(fs);
            List<Integer> tr = new ArrayList<>(), te = new ArrayList<>();
            for (int i = 0; i < n; i++) (fold[i] == f ? te : tr).add(i);
            long t0 = System.currentTimeMillis();
            try (NDManager root = NDManager.newBaseManager()) {
                Bert m = new Bert(root, o);
                Random rnd = new Random(seed * 1000 + f);
                float[] w0 = new float[m.hidden]; for (int i = 0; i < w0.length; i++) w0[i] = (float) (rnd.nextGaussian() * 0.02);
                NDArray hw = root.create(w0, new Shape(m.hidden, 1)), hb = root.zeros(new Shape(1));
                LinkedHashMap<String, NDArray> params = new LinkedHashMap<>();
                for (var e : m.p.entrySet()) if (!(freezeWE && e.getKey().equals("embeddings.word_embeddings.weight"))) params.put(e.getKey(), e.getValue());
                params.put("head.weight", hw); params.put("head.bias", hb);
                Map<String, NDArray[]> st = new HashMap<>();
                for (var e : params.entrySet()) { e.getValue().setRequiresGradient(true);
                    st.put(e.getKey(), new NDArray[]{root.zeros(e.getValue().getShape()), root.zeros(e.getValue().getShape())}); }
                int stepsPerEpoch = (tr.size() + bs - 1) / bs, total = stepsPerEpoch * epochs, warm = total / 10;
                int step = 0, skipped = 0; int baseArrays = root.getManagedArrays().size();
                for (int ep = 0; ep < epochs; ep++) {
                    long te0 = System.currentTimeMillis(); double lossSum = 0; int cnt = 0;
                    List<int[]> batches = makeBatches(tr, d.ids, bs, new Random(seed * 7919 + f * 31 + ep));
                    for (int[] b : batches) {
                        step++;
                        float sched = step <= warm ? (float) step / warm : Math.max(0f, (float) (total - step) / (total - warm));
                        try (NDManager sm = root.newSubManager()) {
                            Object[] pd = Data.pad(d.ids, b); int T = (int) pd[2];
                            NDArray ids = sm.create((long[]) pd[0], new Shape(b.length, T)), mask = sm.create((long[]) pd[1], new Shape(b.length, T));
                            float[] yy = new float[b.length]; for (int i = 0; i < b.length; i++) yy[i] = d.y[b[i]];
                            NDArray y = sm.create(yy, new Shape(b.length, 1));
                            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                                NDArray pooled = Bert.meanPool(m.encode(ids, mask, true), mask);
                                pooled = ai.djl.nn.norm.Dropout.dropout(pooled, m.dropout, true).singletonOrThrow();
                                NDArray z = pooled.matMul(hw).add(hb);
                                // BCE with logits: max(z,0) - z*y + log(1+exp(-|z|))
                                NDArray loss = z.maximum(0f).sub(z.mul(y)).add(z.abs().neg().exp().add(1f).log()).mean();
                                gc.backward(loss);
                                lossSum += loss.getFloat(); cnt++;
                            }
                            // guard: skip the update if the gradient is non-finite (fold 4 of the first run diverged to NaN)
                            double gsq = 0;
                            for (NDArray p : params.values()) { NDArray g = p.getGradient(); g.attach(sm); gsq += g.square().sum().getFloat(); }
                            if (!Double.isFinite(gsq)) { skipped++; System.out.printf("skip step %d: non-finite grad%n", step);
                                for (NDArray p : params.values()) { NDArray g = p.getGradient(); g.attach(sm); g.set(new ai.djl.ndarray.index.NDIndex("..."), 0f); } continue; }
                            // AdamW with bias correction
                            double bc1 = 1 - Math.pow(0.9, step), bc2 = 1 - Math.pow(0.999, step);
                            for (var e : params.entrySet()) {
                                String k = e.getKey(); NDArray p = e.getValue(); NDArray g = p.getGradient(); g.attach(sm);
                                NDArray[] mv = st.get(k);
                                boolean head = k.startsWith("head.");
                                float lrk = (head ? headLr : lr) * sched;
                                boolean decay = !(k.endsWith(".bias") || k.contains("LayerNorm"));
                                mv[0].muli(0.9f).addi(g.mul(0.1f));
                                mv[1].muli(0.999f).addi(g.square().muli(0.001f));
                                NDArray upd = mv[0].div((float) bc1); upd.attach(sm);
                                NDArray den = mv[1].div((float) bc2); den.attach(sm);
                                den = den.sqrt().addi(1e-6f);
                                upd = upd.divi(den).muli(lrk);
                                if (decay) p.muli(1f - lrk * wd);
                                p.subi(upd);
                                g.set(new ai.djl.ndarray.index.NDIndex("..."), 0f);
                            }
                        }
                        if (step % 25 == 0) System.out.printf("fold %d ep %d step %d/%d loss %.4f lrs %.3f arrays=%d (+%d) %.1fs%n", f, ep, step, total,
                                lossSum / cnt, sched, root.getManagedArrays().size(), root.getManagedArrays().size() - baseArrays, (System.currentTimeMillis() - te0) / 1000.0);
                    }
                    long tEp = System.currentTimeMillis() - te0;
                    long ts0 = System.currentTimeMillis();
                    float[] sc = score(m, hw, hb, d.ids, te);
                    double[] r = Metrics.bestF1(sc, labels(d.y, te), 1.0);
                    System.out.printf("FOLD %d EPOCH %d skipped_steps %d train_loss %.4f train_time %.1fs score_time %.1fs | F1 %.4f P %.4f R %.4f thr %.4f%n", f, ep, skipped, lossSum / cnt,
                            tEp / 1000.0, (System.currentTimeMillis() - ts0) / 1000.0, r[0], r[1], r[2], r[3]);
                    if (ep == epochs - 1) {
                        try (PrintWriter pw = new PrintWriter(outDir + "/fold" + f + ".tsv")) {
                            for (int i = 0; i < te.size(); i++) pw.println(d.sid[te.get(i)] + "\t" + d.y[te.get(i)] + "\t" + sc[i]);
                        }
                    }
                }
                if (args.containsKey("exportOnnx") && f == Integer.parseInt(runFolds[0])) export(m, o, hw, hb, Paths.get(arg("exportOnnx", "")), d, te);
            }
            System.out.printf("fold %d done in %.1f min%n", f, (System.currentTimeMillis() - t0) / 60000.0);
        }
    }

    static int[] labels(int[] y, List<Integer> idx) { int[] r = new int[idx.size()]; for (int i = 0; i < r.length; i++) r[i] = y[idx.get(i)]; return r; }

    static int[] stratFolds(int[] y, int K, long seed) {
        int[] fold = new int[y.length];
        for (int c = 0; c <= 1; c++) {
            List<Integer> l = new ArrayList<>(); for (int i = 0; i < y.length; i++) if (y[i] == c) l.add(i);
            Collections.shuffle(l, new Random(seed + c));
            for (int j = 0; j < l.size(); j++) fold[l.get(j)] = j % K;
        }
        return fold;
    }

    static List<int[]> makeBatches(List<Integer> tr, long[][] ids, int bs, Random rnd) {
        List<Integer> s = new ArrayList<>(tr); Collections.shuffle(s, rnd);
        List<int[]> out = new ArrayList<>(); int chunk = bs * 50;
        for (int c = 0; c < s.size(); c += chunk) {
            List<Integer> part = new ArrayList<>(s.subList(c, Math.min(s.size(), c + chunk)));
            part.sort(Comparator.comparingInt(i -> ids[i].length));
            for (int b = 0; b < part.size(); b += bs) out.add(part.subList(b, Math.min(part.size(), b + bs)).stream().mapToInt(Integer::intValue).toArray());
        }
        Collections.shuffle(out, rnd);
        return out;
    }

    static float[] score(Bert m, NDArray hw, NDArray hb, long[][] ids, List<Integer> te) {
        Integer[] ord = te.stream().sorted(Comparator.comparingInt(i -> ids[i].length)).toArray(Integer[]::new);
        Map<Integer, Float> res = new HashMap<>();
        for (int s = 0; s < ord.length; s += 64) {
            int[] b = new int[Math.min(64, ord.length - s)]; for (int i = 0; i < b.length; i++) b[i] = ord[s + i];
            try (NDManager sm = m.mgr.newSubManager()) {
                Object[] pd = Data.pad(ids, b); int T = (int) pd[2];
                NDArray x = sm.create((long[]) pd[0], new Shape(b.length, T)), mask = sm.create((long[]) pd[1], new Shape(b.length, T));
                NDArray z = Bert.meanPool(m.encode(x, mask, false), mask).matMul(hw).add(hb);
                float[] zz = z.toFloatArray(); for (int i = 0; i < b.length; i++) res.put(b[i], zz[i]);
            }
        }
        float[] out = new float[te.size()]; for (int i = 0; i < out.length; i++) out[i] = res.get(te.get(i));
        return out;
    }

    /** write fine-tuned weights into a copy of the float ONNX (same names/shapes, raw_data overwritten in place) and compare with ORT */
    static void export(Bert m, Onnx o, NDArray hw, NDArray hb, Path dst, Data d, List<Integer> te) throws Exception {
        byte[] copy = o.buf.clone();
        int written = 0;
        for (var e : m.p.entrySet()) {
            Onnx.Tensor t = o.byName.get(m.onnxName.get(e.getKey()));
            float[] v = e.getValue().toFloatArray();
            if (t.rawOff < 0 || t.rawLen != v.length * 4) throw new RuntimeException("cannot overwrite " + t);
            ByteBuffer.wrap(copy, (int) t.rawOff, t.rawLen).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(v);
            written++;
        }
        Files.write(dst, copy);
        try (PrintWriter pw = new PrintWriter(dst + ".head.txt")) { pw.println(Arrays.toString(hw.toFloatArray())); pw.println(hb.getFloat()); }
        System.out.printf("exported %d tensors to %s (%d bytes)%n", written, dst, Files.size(dst));
        int[] idx = new int[20]; for (int i = 0; i < 20; i++) idx[i] = te.get(i * 7);
        float[][] ref = Verify.ortPooled(dst, d.ids, idx), mine = Verify.djlPooled(m, d.ids, idx);
        float[] w = hw.toFloatArray(); float b = hb.getFloat(); double min = 1, maxDz = 0;
        for (int i = 0; i < 20; i++) { min = Math.min(min, Verify.cos(ref[i], mine[i]));
            double z1 = b, z2 = b; for (int j = 0; j < w.length; j++) { z1 += w[j] * ref[i][j]; z2 += w[j] * mine[i][j]; } maxDz = Math.max(maxDz, Math.abs(z1 - z2)); }
        System.out.printf("EXPORT CHECK: min cosine ORT(exported) vs DJL = %.6f, max |logit diff| = %.2e%n", min, maxDz);
    }
}
