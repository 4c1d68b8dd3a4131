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
 * ago, the army said."); a full stop that is the phrase's own abbreviation ("pre 7 min.") ends no sentence. When no
 * whole phrase is found, the phrases with one word left out are tried ("5 menit lalu" for "5 menit yang lalu"). Pure; the phrase table is built once, on first use (well under a second).
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
        /** The phrases shortened by a word ({@link #shortened}), tried when no whole phrase is found. */
        static final Map<String, List<String>> SHORTENED_BY_PIECE = index(shortenedAll(BY_PIECE));

        private static List<String> shortenedAll(Map<String, List<String>> phrases) {
            Set<String> whole = new HashSet<>();
            phrases.values().forEach(whole::addAll);
            Set<String> out = new HashSet<>();
            for (String p : whole) {
                for (String v : shortened(p)) {
                    if (!whole.contains(v)) {
                        out.add(v);
                    }
                }
            }
            List<String> sorted = new ArrayList<>(out);
            sorted.sort((a, b) -> b.length() - a.length());
            return sorted;
        }

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
            languages.add(new ULocale("sr_Latn")); // Serbian as most of its news sites write it
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

        /**
         * A phrase as newsrooms shorten it: one of its words left out ("# menit lalu" for "# menit yang lalu"), when it
         * has three words or more besides the count; what is left keeps the count and two words (the unit and its
         * word for "ago").
         */
        private static List<String> shortened(String phrase) {
            String[] words = phrase.split(" ");
            List<String> out = new ArrayList<>();
            if (words.length < 4) {
                return out;
            }
            for (int skip = 0; skip < words.length; skip++) {
                if (words[skip].contains("#")) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < words.length; k++) {
                    if (k != skip) {
                        b.append(b.length() == 0 ? "" : " ").append(words[k]);
                    }
                }
                out.add(b.toString());
            }
            return out;
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
        if (last == '!' || last == '?' || last == '。') {
            return false;
        }
        // a full stop ends a sentence, unless it is the abbreviation a phrase ends with ("pre 7 min.")
        boolean stop = last == '.';
        String n = " " + normal(t) + " ";
        Boolean whole = stamp(n, stop, Table.BY_PIECE);
        if (whole != null) {
            return whole;
        }
        return Boolean.TRUE.equals(stamp(n, stop, Table.SHORTENED_BY_PIECE));
    }

    /** Whether the padded normal line is a stamp by the phrases of {@code table}; null when none of them is in it. */
    private static Boolean stamp(String n, boolean stop, Map<String, List<String>> table) {
        for (String piece : n.strip().split("[ #]+")) {
            // a piece of the line may hold a phrase's piece with a label glued on ("更新#分前"): try its tails too
            for (int from = 0; from < piece.length(); from = piece.offsetByCodePoints(from, 1)) {
                for (String p : table.getOrDefault(piece.substring(from), List.of())) {
                    int at = phraseAt(n, p);
                    if (at >= 0 && (!stop || p.endsWith(".") && at + p.length() == n.length() - 1)) {
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
        return null;
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
