package ftq;

import ft.*;
import ai.onnxruntime.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;

/** Score one CV fold's held-out sentences with ONNX Runtime (mean pooling + exported linear head); compare with DJL OOF scores. */
public class OrtScore {
    public static void main(String[] a) throws Exception {
        Path onnx = Paths.get(a[0]), tok = Paths.get(a[1]); List<String> head = Files.readAllLines(Paths.get(a[2]));
        int fold = Integer.parseInt(a[3]); Path djl = Paths.get(a[4]);
        String[] ws = head.get(0).replaceAll("[\\[\\] ]", "").split(","); float[] w = new float[ws.length];
        for (int i = 0; i < w.length; i++) w[i] = Float.parseFloat(ws[i]); float b = Float.parseFloat(head.get(1));
        Data d = new Data(Paths.get("/work/shared/bench/claims/claimbuster-train.json"), tok, 64, "");
        Map<Long, Float> ref = new HashMap<>();
        for (String line : Files.readAllLines(djl)) { String[] p = line.split("\t"); ref.put(Long.parseLong(p[0]), Float.parseFloat(p[2])); }
        List<Integer> te = new ArrayList<>(); for (int i = 0; i < d.y.length; i++) if (ref.containsKey(d.sid[i])) te.add(i);
        int[] idx = te.stream().mapToInt(Integer::intValue).toArray();
        long t0 = System.currentTimeMillis();
        float[][] pooled = Verify.ortPooled(onnx, d.ids, idx);
        double ms = (System.currentTimeMillis() - t0) / (double) idx.length;
        float[] s = new float[idx.length], sr = new float[idx.length]; int[] y = new int[idx.length]; double maxd = 0;
        for (int i = 0; i < idx.length; i++) { double z = b; for (int j = 0; j < w.length; j++) z += w[j] * pooled[i][j];
            s[i] = (float) z; sr[i] = ref.get(d.sid[idx[i]]); y[i] = d.y[idx[i]]; maxd = Math.max(maxd, Math.abs(s[i] - sr[i])); }
        double[] r = Metrics.bestF1(s, y, 1.0), rr = Metrics.bestF1(sr, y, 1.0);
        System.out.printf("%s: n=%d  %.1f ms/sentence (batch 1, 2 threads)  max|logit - DJL logit| = %.4f%n", onnx, idx.length, ms, maxd);
        System.out.printf("  ORT  F1 %.4f P %.4f R %.4f thr %.4f%n  DJL  F1 %.4f P %.4f R %.4f thr %.4f%n", r[0], r[1], r[2], r[3], rr[0], rr[1], rr[2], rr[3]);
    }
}
