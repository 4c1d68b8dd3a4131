package ft;

import java.io.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;

/** Minimal protobuf reader for ONNX ModelProto: initializers (with raw_data file offsets) and nodes. */
public class Onnx {
    public static class Tensor {
        public String name; public long[] dims = new long[0]; public int dtype;
        public long rawOff = -1; public int rawLen; public int fdOff = -1, fdLen; public float[] floatData; // if float_data used
        public long numel() { long n = 1; for (long d : dims) n *= d; return n; }
        public String toString() { return name + " " + Arrays.toString(dims) + " dt=" + dtype; }
    }
    public static class Node { public String name, op; public List<String> in = new ArrayList<>(), out = new ArrayList<>(); 
        public String toString(){return op+" "+name+" in="+in+" out="+out;} }

    public final byte[] buf;
    public final List<Tensor> inits = new ArrayList<>();
    public final Map<String, Tensor> byName = new LinkedHashMap<>();
    public final List<Node> nodes = new ArrayList<>();
    private int pos;

    public Onnx(Path p) throws IOException {
        buf = Files.readAllBytes(p);
        pos = 0; int end = buf.length;
        while (pos < end) {
            long key = varint(); int f = (int) (key >>> 3), wt = (int) (key & 7);
            if (f == 7 && wt == 2) { int len = (int) varint(); parseGraph(pos, pos + len); pos += len; }
            else skip(wt);
        }
        for (Tensor t : inits) byName.put(t.name, t);
    }

    private long varint() { long r = 0; int s = 0; while (true) { int b = buf[pos++] & 0xff; r |= (long) (b & 0x7f) << s; if (b < 0x80) return r; s += 7; } }
    private void skip(int wt) {
        switch (wt) { case 0: varint(); break; case 1: pos += 8; break; case 5: pos += 4; break;
            case 2: { int len = (int) varint(); pos += len; break; } default: throw new RuntimeException("wt " + wt); }
    }
    private String str() { int len = (int) varint(); String s = new String(buf, pos, len, java.nio.charset.StandardCharsets.UTF_8); pos += len; return s; }

    private void parseGraph(int start, int end) {
        int save = pos; pos = start;
        while (pos < end) {
            long key = varint(); int f = (int) (key >>> 3), wt = (int) (key & 7);
            if (f == 5 && wt == 2) { int len = (int) varint(); int e = pos + len; inits.add(parseTensor(pos, e)); pos = e; }
            else if (f == 1 && wt == 2) { int len = (int) varint(); int e = pos + len; nodes.add(parseNode(pos, e)); pos = e; }
            else skip(wt);
        }
        pos = save;
    }
    private Node parseNode(int start, int end) {
        Node n = new Node(); pos = start;
        while (pos < end) {
            long key = varint(); int f = (int) (key >>> 3), wt = (int) (key & 7);
            if (f == 1 && wt == 2) n.in.add(str()); else if (f == 2 && wt == 2) n.out.add(str());
            else if (f == 3 && wt == 2) n.name = str(); else if (f == 4 && wt == 2) n.op = str(); else skip(wt);
        }
        return n;
    }
    private Tensor parseTensor(int start, int end) {
        Tensor t = new Tensor(); pos = start; List<Long> dims = new ArrayList<>();
        while (pos < end) {
            long key = varint(); int f = (int) (key >>> 3), wt = (int) (key & 7);
            if (f == 1 && wt == 0) dims.add(varint());
            else if (f == 1 && wt == 2) { int len = (int) varint(); int e = pos + len; while (pos < e) dims.add(varint()); }
            else if (f == 2 && wt == 0) t.dtype = (int) varint();
            else if (f == 8 && wt == 2) t.name = str();
            else if (f == 9 && wt == 2) { int len = (int) varint(); t.rawOff = pos; t.rawLen = len; pos += len; }
            else if (f == 4 && wt == 2) { int len = (int) varint(); t.fdOff = pos; t.fdLen = len; t.floatData = new float[len / 4];
                ByteBuffer.wrap(buf, pos, len).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(t.floatData); pos += len; }
            else skip(wt);
        }
        t.dims = dims.stream().mapToLong(Long::longValue).toArray();
        return t;
    }

    public float[] floats(Tensor t) {
        if (t.floatData != null) return t.floatData;
        if (t.dtype != 1) throw new RuntimeException("not float: " + t);
        float[] a = new float[t.rawLen / 4];
        ByteBuffer.wrap(buf, (int) t.rawOff, t.rawLen).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(a);
        return a;
    }

    public static void main(String[] a) throws Exception {
        Onnx o = new Onnx(Paths.get(a[0]));
        System.out.println("inits=" + o.inits.size() + " nodes=" + o.nodes.size());
        for (Tensor t : o.inits) if (t.numel() > 1 || a.length > 1) System.out.println("I " + t + " raw=" + t.rawLen + (t.floatData != null ? " floatData" : ""));
        if (a.length > 1) for (Node n : o.nodes) System.out.println("N " + n);
        else for (Node n : o.nodes) if (n.op.equals("MatMul") || n.op.equals("Gather")) System.out.println("N " + n);
    }
}
