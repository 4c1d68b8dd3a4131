package ft;

import ai.djl.ndarray.*;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.*;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import java.util.*;

/** BERT encoder (MiniLM-L6 / e5-small layout) over DJL NDArrays, weights taken from an HF-exported float ONNX file. */
public class Bert {
    public final NDManager mgr;
    public final LinkedHashMap<String, NDArray> p = new LinkedHashMap<>(); // HF-style name -> param; Linear weights stored [in,out]
    public final Map<String, String> onnxName = new HashMap<>();         // param name -> ONNX initializer name
    public final int layers, hidden, heads;
    public float dropout = 0.1f;

    public Bert(NDManager mgr, Onnx o) {
        this.mgr = mgr;
        for (Onnx.Tensor t : o.inits) {
            if (t.dtype != 1 || t.name.startsWith("pooler") || t.name.startsWith("onnx::")) continue;
            put(t.name, t.name, o, t);
        }
        // MatMul weights: name from the consuming node, e.g. /encoder/layer.0/attention/self/query/MatMul
        for (Onnx.Node n : o.nodes) {
            if (!n.op.equals("MatMul")) continue;
            for (String in : n.in) {
                Onnx.Tensor t = o.byName.get(in);
                if (t == null) continue;
                String nm = n.name.substring(1, n.name.length() - "/MatMul".length()).replace('/', '.') + ".weight";
                put(nm, t.name, o, t);
            }
        }
        int l = 0; while (p.containsKey("encoder.layer." + l + ".attention.self.query.weight")) l++;
        layers = l; hidden = (int) p.get("embeddings.LayerNorm.weight").getShape().get(0); heads = hidden / 32;
    }

    private void put(String nm, String on, Onnx o, Onnx.Tensor t) {
        NDArray a = mgr.create(o.floats(t), new Shape(t.dims));
        a.setName(nm);
        p.put(nm, a); onnxName.put(nm, on);
    }

    /** ids/mask: int64 [B,T] in a sub-manager. Returns last hidden state [B,T,H]. */
    public NDArray encode(NDArray ids, NDArray mask, boolean train) {
        NDManager sm = ids.getManager();
        long B = ids.getShape().get(0), T = ids.getShape().get(1);
        NDArray x = Embedding.embedding(ids, p.get("embeddings.word_embeddings.weight"), SparseFormat.DENSE).singletonOrThrow();
        x.attach(sm);
        NDArray pos = p.get("embeddings.position_embeddings.weight").get(new NDIndex("0:{}", T)); pos.attach(sm);
        NDArray tt = p.get("embeddings.token_type_embeddings.weight").get(new NDIndex("0:1")); tt.attach(sm);
        x = x.add(pos.expandDims(0)).add(tt.expandDims(0));
        x = ln(x, "embeddings.LayerNorm");
        x = drop(x, train);
        // additive attention mask [B,1,1,T]
        NDArray am = mask.toType(DataType.FLOAT32, false).neg().add(1f).mul(-1e9f).reshape(B, 1, 1, T);
        int dh = hidden / heads;
        float scale = (float) (1.0 / Math.sqrt(dh));
        for (int l = 0; l < layers; l++) {
            String pre = "encoder.layer." + l + ".";
            NDArray q = lin(x, pre + "attention.self.query").reshape(B, T, heads, dh).transpose(0, 2, 1, 3);
            NDArray k = lin(x, pre + "attention.self.key").reshape(B, T, heads, dh).transpose(0, 2, 3, 1);
            NDArray v = lin(x, pre + "attention.self.value").reshape(B, T, heads, dh).transpose(0, 2, 1, 3);
            NDArray s = q.matMul(k).mul(scale).add(am).softmax(-1);
            s = drop(s, train);
            NDArray c = s.matMul(v).transpose(0, 2, 1, 3).reshape(B, T, hidden);
            NDArray a = drop(lin(c, pre + "attention.output.dense"), train);
            x = ln(a.add(x), pre + "attention.output.LayerNorm");
            NDArray h = Activation.gelu(lin(x, pre + "intermediate.dense"));
            NDArray o = drop(lin(h, pre + "output.dense"), train);
            x = ln(o.add(x), pre + "output.LayerNorm");
        }
        return x;
    }

    /** masked mean pooling [B,H] */
    public static NDArray meanPool(NDArray h, NDArray mask) {
        NDArray m = mask.toType(DataType.FLOAT32, false).expandDims(2);
        return h.mul(m).sum(new int[]{1}).div(m.sum(new int[]{1}));
    }

    private NDArray lin(NDArray x, String n) { return x.matMul(p.get(n + ".weight")).add(p.get(n + ".bias")); }
    private NDArray ln(NDArray x, String n) {
        return LayerNorm.layerNorm(x, new Shape(hidden), p.get(n + ".weight"), p.get(n + ".bias"), 1e-12f).singletonOrThrow();
    }
    private NDArray drop(NDArray x, boolean train) { return train && dropout > 0 ? Dropout.dropout(x, dropout, true).singletonOrThrow() : x; }
}
