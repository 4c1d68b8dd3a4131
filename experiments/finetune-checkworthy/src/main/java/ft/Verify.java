package ft;

import ai.djl.ndarray.*;
import ai.djl.ndarray.types.*;
import ai.djl.training.GradientCollector;
import ai.onnxruntime.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;

/** Compare DJL forward (mean pooled, L2-normalised) with ONNX Runtime on the same ONNX file for N sentences. */
public class Verify {
    public static void main(String[] a) throws Exception {
        Path onnx = Paths.get(a[0]), tok = Paths.get(a[1]); int n = Integer.parseInt(a[2]);
        String prefix = a.length > 3 ? a[3] : "";
        Data d = new Data(Paths.get("/work/shared/bench/claims/claimbuster-train.json"), tok, 64, prefix);
        int[] idx = new int[n]; for (int i = 0; i < n; i++) idx[i] = i * 37 % d.y.length;
        float[][] ref = ortPooled(onnx, d.ids, idx);
        Onnx o = new Onnx(onnx);
        try (NDManager root = NDManager.newBaseManager()) {
            Bert m = new Bert(root, o);
            System.out.println("params: " + m.p.size() + " layers=" + m.layers + " hidden=" + m.hidden);
            float[][] mine = djlPooled(m, d.ids, idx);
            double min = 1;
            for (int i = 0; i < n; i++) { double c = cos(ref[i], mine[i]); min = Math.min(min, c); }
            System.out.printf("min cosine DJL vs ORT over %d sentences: %.6f%n", n, min);
        }
    }
    static double cos(float[] x, float[] y) { double s = 0, a = 0, b = 0; for (int i = 0; i < x.length; i++) { s += x[i] * y[i]; a += x[i] * x[i]; b += y[i] * y[i]; } return s / Math.sqrt(a * b); }

    public static float[][] djlPooled(Bert m, long[][] ids, int[] idx) {
        float[][] out = new float[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            try (NDManager sm = m.mgr.newSubManager()) {
                long[] s = ids[idx[i]]; long[] mk = new long[s.length]; Arrays.fill(mk, 1);
                NDArray x = sm.create(s, new Shape(1, s.length)), mask = sm.create(mk, new Shape(1, s.length));
                NDArray pooled = Bert.meanPool(m.encode(x, mask, false), mask);
                out[i] = pooled.toFloatArray();
            }
        }
        return out;
    }

    public static float[][] ortPooled(Path onnx, long[][] ids, int[] idx) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions so = new OrtSession.SessionOptions(); so.setIntraOpNumThreads(2);
        float[][] out = new float[idx.length][];
        try (OrtSession s = env.createSession(onnx.toString(), so)) {
            for (int i = 0; i < idx.length; i++) {
                long[] t = ids[idx[i]]; long[] mk = new long[t.length]; Arrays.fill(mk, 1); long[] tt = new long[t.length];
                long[] sh = {1, t.length};
                Map<String, OnnxTensor> in = new HashMap<>();
                for (String nm : s.getInputNames()) {
                    long[] src = nm.contains("mask") ? mk : nm.contains("type") ? tt : t;
                    in.put(nm, OnnxTensor.createTensor(env, LongBuffer.wrap(src), sh));
                }
                try (OrtSession.Result r = s.run(in)) {
                    float[][][] h = (float[][][]) r.get(0).getValue();
                    float[] p = new float[h[0][0].length];
                    for (float[] row : h[0]) for (int j = 0; j < p.length; j++) p[j] += row[j] / t.length;
                    out[i] = p;
                }
                for (OnnxTensor x : in.values()) x.close();
            }
        }
        return out;
    }
}
