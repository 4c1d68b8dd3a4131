package ft;

import ai.djl.huggingface.tokenizers.*;
import com.google.gson.*;
import java.nio.file.*;
import java.util.*;

public class Data {
    public final long[][] ids; public final int[] y; public final String[] text; public final long[] sid;
    public Data(Path json, Path tok, int maxLen, String prefix) throws Exception {
        JsonArray arr = JsonParser.parseString(Files.readString(json)).getAsJsonArray();
        int n = arr.size(); ids = new long[n][]; y = new int[n]; text = new String[n]; sid = new long[n];
        try (HuggingFaceTokenizer t = HuggingFaceTokenizer.builder().optTokenizerPath(tok).optMaxLength(maxLen)
                .optTruncation(true).optPadding(false).optAddSpecialTokens(true).build()) {
            for (int i = 0; i < n; i++) {
                JsonObject o = arr.get(i).getAsJsonObject();
                y[i] = o.get("label").getAsInt(); text[i] = o.get("text").getAsString(); sid[i] = o.get("sentence_id").getAsLong();
                ids[i] = t.encode(prefix + text[i]).getIds();
            }
        }
    }
    /** pad a batch: returns {ids, mask} as long[B*T] plus T */
    public static Object[] pad(long[][] ids, int[] idx) {
        int T = 0; for (int i : idx) T = Math.max(T, ids[i].length);
        long[] a = new long[idx.length * T], m = new long[idx.length * T];
        for (int b = 0; b < idx.length; b++) { long[] s = ids[idx[b]]; for (int j = 0; j < s.length; j++) { a[b * T + j] = s[j]; m[b * T + j] = 1; } }
        return new Object[]{a, m, T};
    }
}
