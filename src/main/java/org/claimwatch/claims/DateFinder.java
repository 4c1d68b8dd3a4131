package org.claimwatch.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a sentence and resolves them against the article date: absolute ("Jan. 5, 2024",
 * "9 November"), weekdays ("on Tuesday": the latest such day not after the article date) and relative
 * ("yesterday", "last week", "three days ago"). Stateless and thread-safe.
 */
final class DateFinder {

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:"
            + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?"
            + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH.replace("month", "month2")
            + "(?:,?\\s+(?<year2>(?:19|20)\\d{2}))?"
            + "|(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "|(?<rel>yesterday|today|tomorrow|last (?:week|month|year|night)|this (?:week|month|year)"
            + "|next (?:week|month|year)|earlier this (?:week|month|year))"
            + "|(?<n>\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?<unit>day|week|month|year)s? ago"
            + ")\\b");

    private static final int[] TRIGGERS = WordHashes.triggers(Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
            "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "today", "tomorrow", "last", "this", "next", "ago"));

    private DateFinder() {
    }

    /** True when {@code words} may contain a date. */
    static boolean mayOccur(WordHashes words) {
        return words.any(TRIGGERS);
    }

    /** The dates in {@code text}, offsets shifted by {@code base}; {@code articleDate} may be null. */
    static List<DateMention> find(String text, int base, LocalDate articleDate) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart && Character.isLetterOrDigit(text.charAt(i))) {
                m.region(i, n);
                if (m.lookingAt()) {
                    boolean lowercaseMay = m.group("month") != null && m.group("month").equalsIgnoreCase("may")
                            && m.group("year") == null && !Character.isUpperCase(text.charAt(m.start()));
                    if (!lowercaseMay) {
                        out.add(new DateMention(resolve(m, articleDate), m.group(), base + m.start(), base + m.end()));
                        i = m.end();
                        continue;
                    }
                }
            }
            i++;
        }
        return out;
    }

    private static LocalDate resolve(Matcher m, LocalDate ref) {
        try {
            if (m.group("month") != null || m.group("month2") != null) {
                String month = m.group("month") != null ? m.group("month") : m.group("month2");
                String day = m.group("day") != null ? m.group("day") : m.group("day2");
                String year = m.group("year") != null ? m.group("year") : m.group("year2");
                Month mo = month(month);
                int y = year != null ? Integer.parseInt(year) : ref != null ? ref.getYear() : -1;
                if (y < 0) {
                    return null;
                }
                LocalDate d = LocalDate.of(y, mo, Integer.parseInt(day));
                return year == null && ref != null && d.isAfter(ref.plusMonths(2)) ? d.minusYears(1) : d;
            }
            if (ref == null) {
                return null;
            }
            if (m.group("weekday") != null) {
                DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
                return ref.with(TemporalAdjusters.previousOrSame(day));
            }
            if (m.group("rel") != null) {
                return relative(m.group("rel").toLowerCase(Locale.ROOT), ref);
            }
            int n = count(m.group("n").toLowerCase(Locale.ROOT));
            return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
                case "day" -> ref.minusDays(n);
                case "week" -> ref.minusWeeks(n);
                case "month" -> ref.minusMonths(n);
                default -> ref.minusYears(n);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate relative(String rel, LocalDate ref) {
        return switch (rel) {
            case "yesterday", "last night" -> ref.minusDays(1);
            case "today", "this week", "this month", "this year", "earlier this week", "earlier this month",
                    "earlier this year" -> ref;
            case "tomorrow" -> ref.plusDays(1);
            case "last week" -> ref.minusWeeks(1);
            case "last month" -> ref.minusMonths(1);
            case "last year" -> ref.minusYears(1);
            case "next week" -> ref.plusWeeks(1);
            case "next month" -> ref.plusMonths(1);
            default -> ref.plusYears(1);
        };
    }

    private static Month month(String written) {
        String p = written.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(p)) {
                return m;
            }
        }
        throw new IllegalArgumentException(written);
    }

    private static int count(String n) {
        return switch (n) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.parseInt(n);
        };
    }
}
