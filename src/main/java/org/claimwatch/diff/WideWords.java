package org.claimwatch.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stance words of the scripts written without spaces (Chinese, Japanese) and of Korean, read from runs of their
 * characters, each a token of its own ({@link Tokenizer#isWide}): where a case stands ("逮捕" arrested, "起訴"
 * charged, "罪名成立" convicted, "無罪" acquitted), how sure a claim is ("据报" reportedly, "涉嫌" suspected, "可能"
 * possible), a denial or an admission, and a negation ("不", "未", "没有"; Japanese "ていない", "せず"; Korean
 * "않", "못"). Each reads under the canonical name its English counterpart has in {@link Lexicon}, so that a case
 * that moves from questioned to arrested, or a verdict from "成立" to "不成立", is a changed hedge. The longest word
 * wins, read left to right; words in which a negating character means something else ("不断" continually, "未来"
 * future, "未明" before dawn, "未満" under, "无论" whatever) are skipped whole. Pure.
 */
final class WideWords {

    private static final int MAX_WORD = 5;

    private static final Map<String, String> WORDS = new HashMap<>();

    /** Words that hold a negating character without negating: read past as a whole. */
    private static final Set<String> NOT_NEGATING = Set.of(
            "不过", "不過", "不断", "不斷", "不少", "不仅", "不僅", "不但", "不论", "不論", "不管", "不久", "不同", "不料",
            "不妨", "不禁", "不止", "不时", "不時", "未来", "未來", "未明", "未満", "未遂", "没收", "沒收", "没落", "沒落",
            "无论", "無論", "无人机", "無人機", "无线", "無線", "无数", "無數", "間もない", "間もなく", "まもなく", "まず");

    static {
        put("arrested", "逮捕", "拘捕", "被捕", "拘留", "羁押", "羈押", "체포", "구속");
        put("charged", "起诉", "起訴", "检控", "檢控", "被控", "控告", "送検", "기소");
        put("convicted", "罪名成立", "罪成", "有罪", "定罪", "유죄");
        put("acquitted", "罪名不成立", "无罪", "無罪", "脱罪", "脫罪", "무죄");
        put("sentenced", "判处", "判處", "判刑", "被判", "懲役", "선고");
        put("confirmed", "证实", "證實", "确认", "確認", "확인");
        put("unconfirmed", "未经证实", "未經證實", "未確認");
        put("denied", "否认", "否認", "否定");
        put("admitted", "承认", "承認", "認めた", "認めている");
        put("reportedly", "据报", "據報", "据悉", "據悉", "据报道", "據報道");
        put("alleged", "据称", "據稱", "涉嫌", "容疑", "혐의", "의혹");
        put("suspected", "疑似", "怀疑", "懷疑", "疑い");
        put("possible", "可能", "或许", "或許", "可能性", "가능성");
        put("expected", "预计", "預計", "预料", "預料", "料将", "料將", "有望", "見込み");
        put("believe", "相信", "とみられ", "と見られ", "추정");
        put("not", "不", "没", "沒", "未", "无", "無", "并非", "並非", "绝非", "絕非", "ていない", "でいない", "ていなかった",
                "ておらず", "でおらず", "ていません", "ではない", "ではなく", "じゃない", "されない", "されず",
                "されなかった", "しない", "しなかった", "せず", "できない", "できず", "ません", "なかった", "않", "못", "없");
        for (String w : NOT_NEGATING) {
            WORDS.put(w, "");
        }
    }

    private WideWords() {
    }

    private static void put(String hedge, String... words) {
        for (String w : words) {
            WORDS.put(w, hedge);
        }
    }

    /**
     * The hedge each token opens, or null, for the wide characters of {@code tokens}: an array as long as the
     * tokens, or null when none of them is wide.
     */
    static String[] hedges(List<Token> tokens) {
        String[] out = null;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!wide(tokens.get(i))) {
                continue;
            }
            int end = i + 1; // the run of adjacent wide characters from i, at most MAX_WORD long
            while (end < n && end - i < MAX_WORD && wide(tokens.get(end))
                    && tokens.get(end).start() == tokens.get(end - 1).end()) {
                end++;
            }
            for (int k = end; k > i; k--) {
                String hedge = WORDS.get(word(tokens, i, k));
                if (hedge != null) {
                    if (!hedge.isEmpty()) {
                        if (out == null) {
                            out = new String[n];
                        }
                        out[i] = hedge;
                    }
                    i = k - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean wide(Token t) {
        return t.end() - t.start() == 1 && Tokenizer.isWide(t.text().charAt(0));
    }

    private static String word(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }
}
