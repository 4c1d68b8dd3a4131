package org.claimwatch.calendar;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line that is only a date and a time, in any language the JDK names months and weekdays in: "Miercuri, 12 iunie
 * 2024, 17:02", "12 Haziran 2024 Çarşamba 17:02", "Thứ Tư, 12/6/2024, 17:02 (GMT+7)", "יום שישי, 7 במרץ 2025",
 * "2025年3月7日（金）". Every word is a figure (in any script's digits), a month, a weekday, a time zone or one of the
 * small words that join them ("r.", "um", "às", "klo", "жыл"), and there is a month, a weekday or a numeric date. A
 * dateline's or masthead's page furniture, not a claim: the cleaner drops it and the claims never read it as one.
 * Pure.
 */
public final class DateLine {

    public static final int MAX = 60;
    private static final int MAX_PLACE = 30;

    private static final Pattern SPLIT = Pattern.compile("[\\s,;|()\\[\\]（）【】·–—、]+");
    private static final Pattern FIGURE = Pattern.compile("[+-]?\\p{Nd}[\\p{Nd}:./h-]*(?:st|nd|rd|th|er|e|º|ª)?\\.?");
    private static final Pattern ZONE = Pattern.compile("(?:gmt|utc)[+-]\\d{1,2}(?::?\\d{2})?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\p{Nd}{1,4}[./-]\\p{Nd}{1,2}[./-]\\p{Nd}{2,4}");
    /** A figure a date or a time is made of: a day, a year, a time of day ("17:02", "17.02", "17h02"). */
    private static final Pattern DATE_PART = Pattern.compile("[+-]?(?:0?[1-9]|[12]\\p{Nd}|3[01])(?:st|nd|rd|th|er|e|º|ª)?\\.?"
            + "|\\p{Nd}{4}\\.?|(?:[01]?\\p{Nd}|2[0-3])[:.h][0-5]\\p{Nd}(?:[:.][0-5]\\p{Nd})?h?");
    /** A date written in the Chinese, Japanese or Korean way: "2025年3月7日", "2025년 3월 7일", "3月7日". */
    private static final Pattern CJK_DATE = Pattern.compile("(?:\\d{2,4}\\s*[年년]\\s*)?\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日일]"
            + "|\\d{2,4}\\s*[年년]\\s*\\d{1,2}\\s*[月월]");
    /** The one-character weekdays of Japanese and Chinese ("（金）", "周五" is a CLDR name already). */
    private static final String CJK_WEEKDAY = "月火水木金土日一二三四五六";
    /** Letters Hebrew and Arabic write onto the front of a word ("במרץ": "in March"). */
    private static final String PREFIXES = "בלמהוفبل";
    private static final Set<String> JOINERS = Set.of("gmt", "utc", "cet", "cest", "eet", "eest", "bst", "est",
            "edt", "cst", "cdt", "pst", "pdt", "ist", "wib", "wita", "wit", "jst", "kst", "msk", "aest", "aedt", "am",
            "pm", "a.m.", "p.m.", "h", "hs", "hrs", "uhr", "klo", "kl", "godz", "godz.", "saat", "lúc", "r", "r.",
            "de", "del", "um", "às", "à", "a", "le", "den", "ore", "alle", "at", "on", "the", "of", "v", "w", "o",
            "и", "в", "г", "г.", "року", "roku", "m.", "m", "og", "och", "und", "y", "e", "et",
            // the word "year" after a year, and "the" after a weekday, where the languages write them
            "жыл", "жылы", "года", "год", "рік", "թ", "թ.", "წ", "წ.", "年", "년", "ที่", "พ.ศ.", "พ.ศ", "ค.ศ.",
            "ē", "м", "м.", "ж", "ж.",
            // "of" before a Hausa month, "day" and the era after an Ethiopic date
            "ga", "ቀን", "ዓ.ም", "ዓ.ም.", "ዓም");

    private DateLine() {
    }

    /**
     * True when {@code t} is nothing but a date (and a time, a weekday, a zone), or a date after the name of its city
     * and a comma ("Dakar, lundi 14 avril 2025", "Ciudad de México, martes 14 de mayo de 2024").
     */
    public static boolean is(String t) {
        if (t.length() > MAX || t.length() < 6 || !hasDigit(t)) {
            return false;
        }
        if (dated(t)) {
            return true;
        }
        int comma = t.indexOf(',');
        return comma > 0 && comma <= MAX_PLACE && isPlace(t.substring(0, comma)) && dated(t.substring(comma + 1));
    }

    /** Whether {@code t} has a digit (a loop, not a stream: every short line of a page is asked). */
    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A city's name as datelines and weather strips write it: one to three words, each written with a capital (or in
     * a script without capitals) or a joiner ("Ciudad de México"), none a figure, a month or a weekday.
     */
    public static boolean isPlace(String s) {
        String[] words = s.strip().split("\\s+");
        if (words.length == 0 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0)) || w.chars().anyMatch(Character::isDigit)
                    || Character.isLowerCase(w.codePointAt(0)) && !JOINERS.contains(w) && cased(w.codePointAt(0))
                    || named(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the letter's script writes names with a capital (so that a word in lower case is no name). */
    private static boolean cased(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.CYRILLIC
                || s == Character.UnicodeScript.GREEK || s == Character.UnicodeScript.ARMENIAN;
    }

    private static boolean dated(String t) {
        String line = t.strip().toLowerCase(Locale.ROOT);
        boolean calendar = false;
        boolean digit = false;
        boolean cjk = false;
        java.util.regex.Matcher m = CJK_DATE.matcher(line);
        if (m.find()) {
            line = m.replaceAll(" ");
            calendar = digit = cjk = true;
        }
        String[] words = SPLIT.split(line);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (i + 1 < words.length && DayNames.day(w + " " + words[i + 1]) != null) {
                calendar = true; // a two-word name: "thứ tư", "יום שישי"
                i++;
            } else if (FIGURE.matcher(w).matches()) {
                boolean numericDate = NUMERIC_DATE.matcher(w).matches();
                if (!numericDate && !DATE_PART.matcher(w).matches()) {
                    return false; // a figure no date has ("January 612 1.21": a table's row)
                }
                digit = true;
                calendar |= numericDate;
            } else if (named(w) || cjk && w.length() == 1 && CJK_WEEKDAY.indexOf(w.charAt(0)) >= 0) {
                calendar = true;
            } else if (!JOINERS.contains(w) && !ZONE.matcher(w).matches()) {
                return false;
            }
        }
        return digit && calendar;
    }

    /** A month or a weekday, also with a Hebrew or Arabic letter written onto its front, or Thai "ที่" onto its end. */
    private static boolean named(String w) {
        if (MonthNames.month(w) != null || DayNames.day(w) != null) {
            return true;
        }
        if (w.length() > 3 && PREFIXES.indexOf(w.charAt(0)) >= 0 && MonthNames.month(w.substring(1)) != null) {
            return true;
        }
        return w.endsWith("ที่") && DayNames.day(w.substring(0, w.length() - 3)) != null;
    }
}
