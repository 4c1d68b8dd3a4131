package ftq;

import java.nio.*;
import java.nio.file.*;
import java.util.*;

/** Rewrite the int8 (-q) MiniLM ONNX with weights taken from a float ONNX, reproducing the -q scheme:
 *  MatMul weights: int8 per-output-column symmetric, scale = absmax/64 (reduce_range), zero point 0;
 *  embedding tables: uint8 per-tensor symmetric, scale = absmax/127.5, zero point 128; float tensors (bias, LayerNorm) copied.
 *  All writes are in place (same byte lengths), so the graph is untouched. */
public class Requant {
    public static void main(String[] a) throws Exception {
        ft.Onnx q = new ft.Onnx(Paths.get(a[0])), f = new ft.Onnx(Paths.get(a[1]));
        byte[] out = q.buf.clone();
        Map<String, String> fMat = new HashMap<>();
        for (ft.Onnx.Node n : f.nodes) if (n.op.equals("MatMul")) for (String in : n.in) if (f.byName.containsKey(in)) fMat.put(n.name, in);
        int copied = 0, mats = 0, embs = 0;
        for (ft.Onnx.Tensor t : q.inits) {
            ft.Onnx.Tensor src = f.byName.get(t.name);
            if (t.dtype == 1 && src != null && t.rawOff >= 0 && src.rawLen == t.rawLen) {
                System.arraycopy(f.buf, (int) src.rawOff, out, (int) t.rawOff, t.rawLen); copied++;
            }
        }
        for (String e : new String[]{"embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight", "embeddings.token_type_embeddings.weight"}) {
            float[] x = f.floats(f.byName.get(e)); ft.Onnx.Tensor tq = q.byName.get(e + "_quantized"), ts = q.byName.get(e + "_scale");
            double am = 0; for (float v : x) am = Math.max(am, Math.abs(v));
            float s = (float) (am / 127.5);
            for (int i = 0; i < x.length; i++) out[(int) tq.rawOff + i] = (byte) Math.max(0, Math.min(255, (int) Math.rint(x[i] / s) + 128));
            ByteBuffer.wrap(out, ts.fdOff, 4).order(ByteOrder.LITTLE_ENDIAN).putFloat(s); embs++;
        }
        for (ft.Onnx.Node n : q.nodes) {
            if (!n.op.equals("MatMulInteger")) continue;
            String base = n.in.get(1).replace("_quantized", "");
            String fname = fMat.get(n.name.replace("/MatMul_quant", "/MatMul"));
            if (fname == null) throw new RuntimeException("no float weight for " + n.name);
            ft.Onnx.Tensor fw = f.byName.get(fname), tq = q.byName.get(base + "_quantized"), ts = q.byName.get(base + "_scale");
            int rows = (int) fw.dims[0], cols = (int) fw.dims[1];
            if (tq.dims[0] != rows || tq.dims[1] != cols) throw new RuntimeException("shape " + n.name);
            float[] w = f.floats(fw); float[] sc = new float[cols];
            for (int j = 0; j < cols; j++) { double am = 0; for (int i = 0; i < rows; i++) am = Math.max(am, Math.abs(w[i * cols + j])); sc[j] = (float) (am / 64.0); }
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++)
                out[(int) tq.rawOff + i * cols + j] = (byte) Math.max(-127, Math.min(127, (int) Math.rint(w[i * cols + j] / sc[j])));
            ByteBuffer.wrap(out, ts.fdOff, ts.fdLen).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(sc); mats++;
        }
        Files.write(Paths.get(a[2]), out);
        long diff = 0; for (int i = 0; i < out.length; i++) if (out[i] != q.buf[i]) diff++;
        System.out.printf("copied %d float tensors, requantized %d MatMul weights + %d embedding tables; wrote %s (%d bytes); bytes differing from input -q file: %d%n",
                copied, mats, embs, a[2], out.length, diff);
    }
}
