package ft;

import java.nio.file.*;
import java.util.*;

public class Metrics {
    /** best F1 over thresholds; negWeight scales negatives (e.g. npos/nneg for 50% balance). returns {F1,P,R,thr} */
    public static double[] bestF1(float[] s, int[] y, double negWeight) {
        Integer[] o = new Integer[s.length]; for (int i = 0; i < o.length; i++) o[i] = i;
        Arrays.sort(o, (a, b) -> Float.compare(s[b], s[a]));
        double P = 0; for (int v : y) P += v;
        double tp = 0, fp = 0; double[] best = {0, 0, 0, 0};
        for (int k = 0; k < o.length; k++) {
            int i = o[k]; if (y[i] == 1) tp++; else fp += negWeight;
            if (k + 1 < o.length && s[o[k + 1]] == s[i]) continue;
            double p = tp / (tp + fp), r = tp / P, f = p + r > 0 ? 2 * p * r / (p + r) : 0;
            if (f > best[0]) best = new double[]{f, p, r, s[i]};
        }
        return best;
    }
    /** Evaluate OOF files (sid \t label \t score) */
    public static void main(String[] a) throws Exception {
        List<Float> sc = new ArrayList<>(); List<Integer> yl = new ArrayList<>();
        for (String f : a) for (String line : Files.readAllLines(Paths.get(f))) { String[] p = line.split("\t"); yl.add(Integer.parseInt(p[1])); sc.add(Float.parseFloat(p[2])); }
        float[] s = new float[sc.size()]; int[] y = new int[s.length]; int pos = 0;
        for (int i = 0; i < s.length; i++) { s[i] = sc.get(i); y[i] = yl.get(i); pos += y[i]; }
        double[] r = Metrics.bestF1(s, y, 1.0), r50 = Metrics.bestF1(s, y, (double) pos / (s.length - pos));
        System.out.printf("n=%d pos=%d files=%d%n", s.length, pos, a.length);
        System.out.printf("natural balance: F1 %.4f P %.4f R %.4f thr(logit) %.4f%n", r[0], r[1], r[2], r[3]);
        System.out.printf("50%% positives (negatives weighted %.4f): F1 %.4f P %.4f R %.4f thr(logit) %.4f%n", (double) pos / (s.length - pos), r50[0], r50[1], r50[2], r50[3]);
    }
}
