package org.claimwatch.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that exclude one another (before/after, north/south, all/some, first/second, centimetres/inches, a month/a
 * year, murder/manslaughter, rose/fell, in seven languages), and the noun a figure counts: one replaced by another
 * member of its class, or the noun right after a figure replaced ("Twelve police officers" became "Twelve
 * protesters"), changes the claim while the words look alike. Such a rewording alerts. Pure.
 */
final class Contrasts {

    private static final String[][] CLASSES = {
        {"before", "after", "during", "until", "since"},
        {"earlier", "later"},
        {"from", "to"},
        {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
            "eastern", "western"},
        {"all", "some", "most", "few", "none", "many", "several", "half", "tutti", "alcuni", "todos", "algunos",
            "tous", "quelques", "alle", "einige"},
        {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last"},
        {"third", "quarter", "half", "fifth"},
        {"centimetres", "centimeters", "inches", "metres", "meters", "feet", "kilometres", "kilometers", "miles",
            "kilograms", "kilos", "pounds", "tonnes", "tons", "litres", "liters", "gallons"},
        {"day", "week", "month", "year", "hour"},
        {"daily", "weekly", "monthly", "yearly", "annually", "annual"},
        {"murder", "manslaughter", "assault", "theft", "fraud", "homicide", "suicide", "accident", "accidental"},
        {"climbed", "dropped", "rose", "fell", "jumped", "slumped", "surged", "plunged", "gained", "lost", "slid",
            "soared", "tumbled", "sank", "stieg", "sank", "fiel", "elevou", "reduziu", "subió", "bajó", "cayó",
            "augmenté", "baissé", "aumentato", "diminuito", "gestegen", "gesunken"},
        {"raised", "cut", "lowered", "hiked", "reduced", "increased", "decreased"},
        {"won", "lost", "drew", "defeated", "beat"},
        {"more", "less", "fewer", "plus", "moins", "mehr", "weniger", "más", "menos", "più", "meno", "mais", "meer",
            "minder"},
        {"signed", "vetoed", "sent", "blocked", "passed", "rejected"},
        {"declared", "considering", "rejected", "lifted"},
        {"seriously", "critically", "lightly", "slightly", "minor", "serious", "critical", "zwaargewond",
            "lichtgewond", "schwer", "leicht", "grave", "légèrement", "gravemente", "levemente"},
        {"confident", "concerned", "worried", "optimistic", "pessimistic"},
        {"knew", "suspected", "denied", "believed"},
        {"never", "rarely", "sometimes", "often", "always"},
        {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunedì", "martedì",
            "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
            "sonntag", "lunes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
    };

    /** Each word's classes, as a bit set (a word can sit in two classes: "third" is an ordinal and a fraction). */
    private static final Map<String, Long> CLASS_OF = index();

    private Contrasts() {
    }

    private static Map<String, Long> index() {
        Map<String, Long> m = new HashMap<>();
        for (int c = 0; c < CLASSES.length; c++) {
            for (String w : CLASSES[c]) {
                m.merge(w, 1L << c, (x, y) -> x | y);
            }
        }
        return m;
    }

    /** Whether an edit replaces a word by another of its class, or the noun a figure counts, outside quotes. */
    static boolean swapped(List<Edit> edits, Facts a, Facts b) {
        for (Edit e : edits) {
            int n = e.toA() - e.fromA();
            if (n == 0 || n != e.toB() - e.fromB() || n > 3) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                int i = e.fromA() + k;
                int j = e.fromB() + k;
                if (a.inQuote[i] || b.inQuote[j]) {
                    continue;
                }
                String x = a.tokens.get(i).norm();
                String y = b.tokens.get(j).norm();
                if (x.equals(y) || Typos.isTypo(a.tokens.get(i), b.tokens.get(j))) {
                    continue;
                }
                long cx = CLASS_OF.getOrDefault(x, 0L);
                if ((cx & CLASS_OF.getOrDefault(y, 0L)) != 0) {
                    return true;
                }
                if (k == 0 && countedNoun(a, i) && countedNoun(b, j) && !Lexicon.STOP.contains(x)
                        && !Lexicon.STOP.contains(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code i} is the noun a figure counts: it follows a number, or a number and one word. */
    private static boolean countedNoun(Facts f, int i) {
        return i > 0 && isCount(f.tokens.get(i - 1)) || i > 1 && isCount(f.tokens.get(i - 2))
                && !f.tokens.get(i - 1).number();
    }

    /** A count: digits ("12", "3,000") or a number word ("twelve"), not a decade ("'90s") or an ordinal. */
    private static boolean isCount(Token t) {
        String n = t.norm();
        return t.number() && (n.chars().allMatch(c -> c >= '0' && c <= '9' || c == ',' || c == '.')
                || Tokenizer.NUMBER_WORDS.contains(n));
    }
}
