package org.claimwatch.calendar;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stamp of how long ago something happened, and nothing else but a word or two of label: "Updated 12 minutes ago",
 * "Обновлено 12 минут назад", "Actualitzat fa 8 minuts", "განახლდა 7 წუთის წინ", "更新 12分前". The phrases are
 * CLDR's, in every language ICU4J carries (written by {@link RelativeDateTimeFormatter} for every unit from seconds
 * to years, every plural form and every width), so no language is listed here. A line that ends like a sentence, or
 * has more than {@link #MAX_LABEL_WORDS} other words, is prose that mentions a time ("The ceasefire began 12 hours
 * ago, the army said."). Pure; the phrase table is built once, on first use (well under a second).
 */
public final class RelativeTimes {

    public static final int MAX = 60;
    static final int MAX_LABEL_WORDS = 2;
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,]\\p{Nd}+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f:：|·•,()（）\\[\\]]+");
    private static final int[] COUNTS = {1, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 100};

    private RelativeTimes() {
    }

    private static final class Table {
        /**
         * Phrases with the count written as "#", normalised (lower case, single spaces), by their longest piece
         * without the count (a word, or the run after the count in scripts without spaces), longest first.
         */
        static final Map<String, List<String>> BY_PIECE = index(build());

        private static Map<String, List<String>> index(List<String> phrases) {
            Map<String, List<String>> out = new HashMap<>();
            for (String p : phrases) {
                String key = "";
                for (String piece : p.split("[ #]+")) {
                    key = piece.length() > key.length() ? piece : key;
                }
                if (!key.isEmpty()) {
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
            out.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(out);
        }

        private static List<String> build() {
            Set<String> all = new HashSet<>();
            Set<ULocale> languages = new java.util.LinkedHashSet<>(IcuLanguages.all());
            languages.add(new ULocale("zh_Hant"));
            for (ULocale lang : languages) {
                try {
                    add(all, lang);
                } catch (RuntimeException e) {
                    // a language whose data is missing (MissingResourceException): its stamps are not known
                }
            }
            List<String> out = new ArrayList<>(all);
            out.sort((a, b) -> b.length() - a.length());
            return List.copyOf(out);
        }

        private static void add(Set<String> all, ULocale l) {
            for (RelativeDateTimeFormatter.Style style : RelativeDateTimeFormatter.Style.values()) {
                RelativeDateTimeFormatter f = RelativeDateTimeFormatter.getInstance(l, null, style,
                        DisplayContext.CAPITALIZATION_NONE);
                for (RelativeDateTimeFormatter.RelativeUnit unit : RelativeDateTimeFormatter.RelativeUnit.values()) {
                    for (int n : COUNTS) {
                        String p = normal(f.format(n, RelativeDateTimeFormatter.Direction.LAST, unit));
                        if (p.contains("#") && p.length() >= 3) {
                            all.add(p);
                        }
                    }
                }
            }
        }
    }

    /** How many phrases the table holds (for the check that the shaded jar carries every language's data). */
    public static int phrases() {
        return Table.BY_PIECE.values().stream().mapToInt(List::size).sum();
    }

    private static String normal(String s) {
        String t = NUMBER.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("#");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** True when {@code line} is a relative-time stamp, at most a short label beside it. */
    public static boolean isStamp(String line) {
        if (line.length() > MAX || line.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        String t = line.strip();
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == '。') {
            return false;
        }
        String n = " " + normal(t) + " ";
        for (String piece : n.strip().split("[ #]+")) {
            // a piece of the line may hold a phrase's piece with a label glued on ("更新#分前"): try its tails too
            for (int from = 0; from < piece.length(); from = piece.offsetByCodePoints(from, 1)) {
                for (String p : Table.BY_PIECE.getOrDefault(piece.substring(from), List.of())) {
                    int at = phraseAt(n, p);
                    if (at >= 0) {
                        String rest = (n.substring(0, at) + " " + n.substring(at + p.length())).strip();
                        return rest.isEmpty() || !rest.contains("#") && rest.split(" ").length <= MAX_LABEL_WORDS;
                    }
                }
                if (Character.isLetter(piece.codePointAt(from)) && !Character.isIdeographic(piece.codePointAt(from))
                        && Character.UnicodeScript.of(piece.codePointAt(from)) != Character.UnicodeScript.HANGUL) {
                    break; // a spaced script's word is looked up whole
                }
            }
        }
        return false;
    }

    /** Where {@code phrase} stands in {@code padded} as whole words (or, for scripts without spaces, anywhere). */
    private static int phraseAt(String padded, String phrase) {
        int at = padded.indexOf(phrase);
        while (at >= 0) {
            boolean spaced = phrase.indexOf(' ') >= 0 || !Character.isIdeographic(phrase.codePointBefore(phrase.length()))
                    && phrase.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
            if (!spaced || padded.charAt(at - 1) == ' ' && padded.charAt(at + phrase.length()) == ' ') {
                return at;
            }
            at = padded.indexOf(phrase, at + 1);
        }
        return -1;
    }
}
