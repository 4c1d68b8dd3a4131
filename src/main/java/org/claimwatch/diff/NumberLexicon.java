package org.claimwatch.diff;

import com.ibm.icu.text.CompactDecimalFormat;
import com.ibm.icu.util.ULocale;
import org.claimwatch.calendar.IcuLanguages;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The number words and scales the diff reads, in English and six more languages: their values ({@link #SMALL},
 * {@link #SCALES}) for {@link Numbers}, and the words that make a token a number ({@link #WORDS}) for
 * {@link Tokenizer}. One list, so the two never disagree. Pure.
 */
final class NumberLexicon {

    /** Compact scale words that are also common words after a figure ("a $20 bill", "2 mill", "3 mano"). */
    private static final Set<String> NOT_SCALES = Set.of("bill", "mill", "mano");

    /** A figure and the word after it in a compact number form (declared first: {@link #SCALES} reads it). */
    private static final Pattern COMPACT = Pattern.compile("([\\p{Nd}]+(?:[.,٫][\\p{Nd}]+)?)[\\s\\u00a0\\u202f]*([^\\p{Nd}\\s][^\\s]*)");

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12),
            // German, French, Spanish, Italian, Portuguese, Dutch (not the words that are also articles, "due",
            // "sept", "once", "otto" or "sei": those read as words of English or of the article's other language)
            Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6),
            Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10),
            Map.entry("zwölf", 12), Map.entry("zwanzig", 20), Map.entry("dreißig", 30),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
            Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("douze", 12),
            Map.entry("quinze", 15), Map.entry("vingt", 20), Map.entry("trente", 30),
            Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6),
            Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9), Map.entry("diez", 10),
            Map.entry("doce", 12), Map.entry("trece", 13), Map.entry("catorce", 14), Map.entry("quince", 15),
            Map.entry("veinte", 20), Map.entry("treinta", 30),
            Map.entry("tre", 3), Map.entry("quattro", 4), Map.entry("cinque", 5), Map.entry("sette", 7),
            Map.entry("nove", 9), Map.entry("dieci", 10), Map.entry("undici", 11), Map.entry("dodici", 12),
            Map.entry("venti", 20), Map.entry("trenta", 30),
            Map.entry("três", 3), Map.entry("quatro", 4), Map.entry("sete", 7), Map.entry("oito", 8),
            Map.entry("dez", 10), Map.entry("onze", 11), Map.entry("vinte", 20), Map.entry("trinta", 30),
            Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("vijf", 5), Map.entry("zes", 6),
            Map.entry("zeven", 7), Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("twaalf", 12),
            Map.entry("twintig", 20), Map.entry("dertig", 30));

    /** The scales above, and those CLDR's compact number forms give every other language ({@link #compactScales}). */
    static final Map<String, Long> SCALES = withCompact(Map.ofEntries(
            Map.entry("hundred", 100L), Map.entry("thousand", 1_000L), Map.entry("million", 1_000_000L),
            Map.entry("billion", 1_000_000_000L), Map.entry("trillion", 1_000_000_000_000L), Map.entry("m", 1_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("k", 1_000L),
            // the same scales in German, French, Spanish, Italian, Portuguese and Dutch ("millions" is English too)
            Map.entry("millions", 1_000_000L), Map.entry("millionen", 1_000_000L), Map.entry("mio", 1_000_000L),
            Map.entry("milliarde", 1_000_000_000L), Map.entry("milliarden", 1_000_000_000L),
            Map.entry("mrd", 1_000_000_000L), Map.entry("milliard", 1_000_000_000L),
            Map.entry("milliards", 1_000_000_000L), Map.entry("millón", 1_000_000L), Map.entry("millones", 1_000_000L),
            Map.entry("milione", 1_000_000L), Map.entry("milioni", 1_000_000L), Map.entry("miliardo", 1_000_000_000L),
            Map.entry("miliardi", 1_000_000_000L), Map.entry("mln", 1_000_000L), Map.entry("mld", 1_000_000_000L),
            Map.entry("milhão", 1_000_000L), Map.entry("milhões", 1_000_000L), Map.entry("bilhão", 1_000_000_000L),
            Map.entry("bilhões", 1_000_000_000L), Map.entry("miljoen", 1_000_000L),
            Map.entry("miljard", 1_000_000_000L), Map.entry("miljarden", 1_000_000_000L),
            // the Indian scales
            Map.entry("lakh", 100_000L), Map.entry("lakhs", 100_000L), Map.entry("crore", 10_000_000L),
            Map.entry("crores", 10_000_000L)));

    /** The words that make a token a number: the small numbers and the scales and counts written in words. */
    static final Set<String> WORDS = words();

    private NumberLexicon() {
    }

    private static Map<String, Long> withCompact(Map<String, Long> listed) {
        Map<String, Long> out = new HashMap<>(compactScales());
        out.putAll(listed);
        return Map.copyOf(out);
    }

    /**
     * The scale words written after a figure in CLDR's compact number forms, short and long, in every language ICU4J
     * carries: "тис." and "тисяч" (Ukrainian), "mln" and "miliona" (Polish), "juta" (Indonesian), "bin" (Turkish),
     * "万" and "億" (Japanese), by the power of ten each stands for. Words of fewer than three letters (but the single
     * characters of Chinese, Japanese and Korean), Latin words of fewer than four (as often a unit or a word: "km",
     * "mi", "min", "tri"; Hindi "के" is "of") and a few words that are also common words ("bill"), and words two languages give to two scales (Indonesian "M" is a billion, Spanish "M" a
     * million) are left out.
     */
    static Map<String, Long> compactScales() {
        Map<String, Long> out = new HashMap<>();
        Set<String> clash = new HashSet<>();
        for (ULocale lang : IcuLanguages.all()) {
            try {
                for (CompactDecimalFormat.CompactStyle style : CompactDecimalFormat.CompactStyle.values()) {
                    CompactDecimalFormat f = CompactDecimalFormat.getInstance(lang, style);
                    for (int e = 3; e <= 12; e++) {
                        for (int k : new int[] {1, 2, 3, 5, 12, 21}) {
                            BigDecimal n = BigDecimal.TEN.pow(e).multiply(BigDecimal.valueOf(k));
                            addScale(out, clash, f.format(n), n);
                        }
                    }
                }
            } catch (RuntimeException missing) {
                // a language whose data is missing: its scale words are not known
            }
        }
        clash.forEach(out::remove);
        return out;
    }


    private static void addScale(Map<String, Long> out, Set<String> clash, String formatted, BigDecimal n) {
        java.util.regex.Matcher m = COMPACT.matcher(formatted.strip());
        if (!m.matches()) {
            return;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < m.group(1).length(); i++) {
            char c = m.group(1).charAt(i);
            digits.append(Character.isDigit(c) ? Character.forDigit(Character.digit(c, 10), 10) : '.');
        }
        String word = m.group(2).toLowerCase(java.util.Locale.ROOT).replace(".", "");
        if (word.isEmpty()) {
            return;
        }
        int first = word.codePointAt(0);
        int letters = word.codePointCount(0, word.length());
        boolean wide = Character.isIdeographic(first) || Character.UnicodeScript.of(first) == Character.UnicodeScript.HANGUL;
        if (letters < 3 && !wide || letters < 4 && Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN
                || NOT_SCALES.contains(word) || word.codePoints().anyMatch(Character::isDigit)) {
            return; // a short Latin word is a unit or a word as often as a scale ("km", "mi", "min", "tri")
        }
        BigDecimal shown = new BigDecimal(digits.toString());
        if (shown.signum() == 0) {
            return;
        }
        long scale = Math.round(Math.pow(10, Math.round(Math.log10(n.divide(shown, java.math.MathContext.DECIMAL64)
                .doubleValue()))));
        if (scale < 1000) {
            return;
        }
        Long before = out.putIfAbsent(word, scale);
        if (before != null && before != scale) {
            clash.add(word);
        }
    }

    private static Set<String> words() {
        Set<String> out = new HashSet<>(NumberLexicon.SMALL.keySet());
        out.addAll(Set.of("hundred", "thousand", "million", "billion", "trillion", "dozens", "hundreds", "thousands",
                "millions", "billions", "half"));
        return Set.copyOf(out);
    }
}
