package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share written as a fraction or as its percentage ("half" and "50 per cent", "a quarter" and "25%", "la mitad"
 * and "el 50%", "a third" and "33%"): {@link #sameFigures} tells two sentences apart only by how they write their
 * shares. Fractions in eight languages; percentages as the tokenizer reads them, rounded to a whole point. Pure.
 */
final class Shares {

    private static final Map<String, String> FRACTIONS = Map.ofEntries(
            Map.entry("half", "50%"), Map.entry("a half", "50%"), Map.entry("one half", "50%"),
            Map.entry("a quarter", "25%"), Map.entry("one quarter", "25%"), Map.entry("a third", "33%"),
            Map.entry("one third", "33%"), Map.entry("two thirds", "67%"), Map.entry("two-thirds", "67%"),
            Map.entry("three quarters", "75%"), Map.entry("three-quarters", "75%"), Map.entry("a fifth", "20%"),
            Map.entry("one fifth", "20%"), Map.entry("a tenth", "10%"), Map.entry("one tenth", "10%"),
            Map.entry("la mitad", "50%"), Map.entry("un tercio", "33%"), Map.entry("un cuarto", "25%"),
            Map.entry("dos tercios", "67%"), Map.entry("la moitié", "50%"), Map.entry("un tiers", "33%"),
            Map.entry("un quart", "25%"), Map.entry("deux tiers", "67%"), Map.entry("trois quarts", "75%"),
            Map.entry("die hälfte", "50%"), Map.entry("ein drittel", "33%"), Map.entry("ein viertel", "25%"),
            Map.entry("zwei drittel", "67%"), Map.entry("drei viertel", "75%"), Map.entry("la metà", "50%"),
            Map.entry("un terzo", "33%"), Map.entry("un quarto", "25%"), Map.entry("due terzi", "67%"),
            Map.entry("a metade", "50%"), Map.entry("um terço", "33%"), Map.entry("dois terços", "67%"),
            Map.entry("de helft", "50%"), Map.entry("een derde", "33%"), Map.entry("een kwart", "25%"),
            Map.entry("twee derde", "67%"), Map.entry("driekwart", "75%"));

    private static final Pattern FRACTION;

    static {
        List<String> keys = new ArrayList<>(FRACTIONS.keySet());
        keys.sort((x, y) -> y.length() - x.length()); // "a half" before "half"
        StringBuilder sb = new StringBuilder("(?iu)(?<!\\p{L})(?:");
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(keys.get(i)));
        }
        FRACTION = Pattern.compile(sb.append(")(?!\\p{L})").toString());
    }

    /** The words a share is written with, besides its figure: "a quarter", "per cent", "el 50 %". */
    private static final Set<String> SHARE_WORDS = Set.of("half", "quarter", "quarters", "third",
            "thirds", "fifth", "tenth", "a", "one", "two", "three", "per", "cent", "percent", "pct", "%", "por", "ciento",
            "pour", "prozent", "el", "la", "mitad", "moitie", "moitié", "tiers", "drittel", "viertel", "halfte", "hälfte",
            "die", "meta", "metà", "metade", "helft", "de", "een", "derde", "kwart", "un", "una", "tercio", "cuarto",
            "terzo", "quarto", "um", "terco", "terço", "ein", "deux", "dos", "due", "dois", "tres", "trois", "drei",
            "tre", "quarts", "cuartos", "quarti", "quartos", "driekwart", "tercios", "terzi", "terços");

    private static final Pattern PERCENT = Pattern.compile("^(.*\\|)(\\d+(?:\\.\\d+)?) pct$");

    private Shares() {
    }

    /** Whether every edit touches only a share's words and figures on both sides and the shares read the same. */
    static boolean onlyRespelled(List<Edit> edits, Facts a, Facts b) {
        for (Edit e : edits) {
            if (!inShare(a, e.fromA(), e.toA()) || !inShare(b, e.fromB(), e.toB())) {
                return false;
            }
        }
        return sameFigures(a.text, b.text);
    }

    private static boolean inShare(Facts f, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = f.tokens.get(k);
            if (!t.number() && !SHARE_WORDS.contains(t.norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code a} and {@code b} hold the same figures once each share reads as a whole percentage, a fraction
     * written on one side where the other has none or another: the same fractions on both sides ("the first half of
     * March") leave the other figures as they are ("4.42%" and "4.24%" are two figures).
     */
    static boolean sameFigures(String a, String b) {
        List<String> fa = fractions(a);
        List<String> fb = fractions(b);
        return (!fa.isEmpty() || !fb.isEmpty()) && !fa.equals(fb) && shares(a).equals(shares(b));
    }

    /** The fractions of the text, as the percentages they read as, in order. */
    private static List<String> fractions(String text) {
        Matcher m = FRACTION.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(FRACTIONS.get(m.group().toLowerCase(Locale.ROOT)));
        }
        out.sort(null);
        return out;
    }

    private static List<String> shares(String text) {
        Matcher m = FRACTION.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, FRACTIONS.get(m.group().toLowerCase(Locale.ROOT)));
        }
        m.appendTail(sb);
        String t = sb.toString();
        List<String> out = new ArrayList<>();
        for (String n : Facts.of(t, t, List.of()).canonicalNumbers(true)) {
            Matcher p = PERCENT.matcher(n);
            out.add(p.matches() ? p.group(1) + Math.round(Double.parseDouble(p.group(2))) + " pct" : n);
        }
        out.sort(null);
        return out;
    }
}
