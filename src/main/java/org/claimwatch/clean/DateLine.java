package org.claimwatch.clean;

import org.claimwatch.calendar.DayNames;
import org.claimwatch.calendar.MonthNames;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line that is only a date and a time, in any language the JDK names months and weekdays in: "Miercuri, 12 iunie
 * 2024, 17:02", "12 Haziran 2024 Çarşamba 17:02", "Thứ Tư, 12/6/2024, 17:02 (GMT+7)". Every word is a figure, a month,
 * a weekday, a time zone or one of the small words that join them ("r.", "um", "às", "klo"), and there is a month, a
 * weekday or a numeric date. A dateline's page furniture, not a claim. Pure.
 */
final class DateLine {

    static final int MAX = 60;

    private static final Pattern SPLIT = Pattern.compile("[\\s,;|()\\[\\]·–—]+");
    private static final Pattern FIGURE = Pattern.compile("[+-]?\\d[\\d:./h-]*(?:st|nd|rd|th|er|e|º|ª)?\\.?");
    private static final Pattern ZONE = Pattern.compile("(?:gmt|utc)[+-]\\d{1,2}(?::?\\d{2})?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final Set<String> JOINERS = Set.of("gmt", "utc", "cet", "cest", "eet", "eest", "bst", "est",
            "edt", "cst", "cdt", "pst", "pdt", "ist", "wib", "wita", "wit", "jst", "kst", "msk", "aest", "aedt", "am",
            "pm", "a.m.", "p.m.", "h", "hs", "hrs", "uhr", "klo", "kl", "godz", "godz.", "saat", "lúc", "r", "r.",
            "de", "del", "um", "às", "à", "a", "le", "den", "ore", "alle", "at", "on", "the", "of", "v", "w", "o",
            "и", "в", "г", "г.", "року", "roku", "m.", "m", "og", "och", "und", "y", "e", "et");

    private DateLine() {
    }


    static boolean is(String t) {
        if (t.length() > MAX || t.length() < 6 || !LineRules.hasDigit(t)) {
            return false;
        }
        String[] words = SPLIT.split(t.strip().toLowerCase(Locale.ROOT));
        boolean digit = false;
        boolean calendar = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (i + 1 < words.length && DayNames.day(w + " " + words[i + 1]) != null) {
                calendar = true; // a two-word name: "thứ tư"
                i++;
            } else if (FIGURE.matcher(w).matches()) {
                digit = true;
                calendar |= NUMERIC_DATE.matcher(w).matches();
            } else if (MonthNames.month(w) != null || DayNames.day(w) != null) {
                calendar = true;
            } else if (!JOINERS.contains(w) && !ZONE.matcher(w).matches()) {
                return false;
            }
        }
        return digit && calendar;
    }
}
