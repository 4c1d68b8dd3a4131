package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock times a sentence writes, in figures or in words: "2:30 p.m.", "10pm", "20.45 uur", "20h45", "noon",
 * "12 noon", "half past two in the afternoon", "10 o'clock in the evening", Dutch "kwart voor negen 's avonds" and
 * "half negen". A time without a part of the day reads both ways (2:30 and 14:30). {@link #sameFigures} tells two
 * sentences apart only by how they write their times. Pure.
 */
final class TimesRead {

    private static final Map<String, Integer> HOURS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("een", 1), Map.entry("twee", 2),
            Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6),
            Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10),
            Map.entry("elf", 11), Map.entry("twaalf", 12));
    private static final String HOUR = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|een|"
            + "twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)";
    private static final String PART = "(?:\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|in the (?:morning|afternoon|evening)|at night|"
            + "['’]s (?:ochtends|morgens|middags|avonds|nachts)|uur|uhr|h))?";
    private static final Pattern TIME = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:"
            + "(?:12\\s+)?(noon|midday|midnight)"
            + "|(half|quarter|kwart) (past|to|over|voor) " + HOUR + PART
            + "|half " + HOUR + PART
            + "|(\\d{1,2})[:.h](\\d{2})" + PART
            + "|" + HOUR + "\\s*(?:o['’]clock)" + PART
            + "|(\\d{1,2})\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)"
            + ")(?![\\p{L}\\d])");

    private TimesRead() {
    }

    /** A time found: its span and the minutes of the day it may be. */
    record Found(int start, int end, Set<Integer> minutes) {
    }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            Set<Integer> minutes = read(m);
            if (!minutes.isEmpty()) {
                out.add(new Found(m.start(), m.end(), minutes));
            }
        }
        return out;
    }

    private static Set<Integer> read(Matcher m) {
        Set<Integer> out = new HashSet<>();
        if (m.group(1) != null) {
            out.add(m.group(1).equalsIgnoreCase("midnight") ? 0 : 720);
            return out;
        }
        int hour;
        int minute;
        String part;
        if (m.group(2) != null) { // half past two, quarter to nine, kwart voor negen
            hour = hour(m.group(4));
            boolean past = m.group(3).equalsIgnoreCase("past") || m.group(3).equalsIgnoreCase("over");
            int offset = m.group(2).equalsIgnoreCase("half") ? 30 : 15;
            minute = past ? offset : -offset;
            part = m.group(5);
        } else if (m.group(6) != null) { // Dutch "half negen" is 8:30
            hour = hour(m.group(6));
            minute = -30;
            part = m.group(7);
        } else if (m.group(8) != null) {
            hour = Integer.parseInt(m.group(8));
            minute = Integer.parseInt(m.group(9));
            part = m.group(10);
        } else if (m.group(11) != null) {
            hour = hour(m.group(11));
            minute = 0;
            part = m.group(12);
        } else {
            hour = Integer.parseInt(m.group(13));
            minute = 0;
            part = m.group(14);
        }
        if (hour < 0 || hour > 24 || minute > 59) {
            return out;
        }
        int base = hour * 60 + minute;
        String p = part == null ? "" : part.toLowerCase(Locale.ROOT).replace(" ", "");
        boolean later = p.startsWith("p") || p.contains("afternoon") || p.contains("evening") || p.contains("night")
                || p.contains("middags") || p.contains("avonds") || p.contains("nachts");
        boolean earlier = p.startsWith("a") || p.contains("morning") || p.contains("ochtends") || p.contains("morgens");
        if (later) {
            out.add(Math.floorMod(hour < 12 ? base + 720 : base, 1440));
        } else if (earlier || hour > 12 || "uur".equals(p) || "uhr".equals(p) || "h".equals(p)) {
            out.add(Math.floorMod(hour == 12 && earlier ? base - 720 : base, 1440));
        } else {
            out.add(Math.floorMod(base, 1440));
            out.add(Math.floorMod(base + 720, 1440));
        }
        return out;
    }

    private static int hour(String h) {
        Integer w = HOURS.get(h.toLowerCase(Locale.ROOT));
        return w != null ? w : h.chars().allMatch(Character::isDigit) ? Integer.parseInt(h) : -1;
    }

    /** Whether {@code a} and {@code b} write the same times and the same other figures. */
    static boolean sameFigures(String a, String b) {
        List<Found> ta = find(a);
        List<Found> tb = find(b);
        if (ta.isEmpty() && tb.isEmpty() || ta.size() != tb.size()) {
            return false;
        }
        for (int i = 0; i < ta.size(); i++) {
            Set<Integer> common = new HashSet<>(ta.get(i).minutes());
            common.retainAll(tb.get(i).minutes());
            if (common.isEmpty()) {
                return false;
            }
        }
        return numbers(blank(a, ta)).equals(numbers(blank(b, tb)));
    }

    private static String blank(String text, List<Found> times) {
        StringBuilder sb = new StringBuilder(text);
        for (Found f : times) {
            for (int i = f.start(); i < f.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static List<String> numbers(String text) {
        return Facts.of(text, text, List.of()).canonicalNumbers(true);
    }

    /** Whether every edit lies inside times on both sides and the times read the same: a time respelled. */
    static boolean onlyRespelled(List<Edit> edits, Facts a, Facts b) {
        List<Found> ta = find(a.text);
        List<Found> tb = find(b.text);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        for (Edit e : edits) {
            if (!inside(ta, a, e.fromA(), e.toA()) || !inside(tb, b, e.fromB(), e.toB())) {
                return false;
            }
        }
        return sameFigures(a.text, b.text);
    }

    private static boolean inside(List<Found> times, Facts f, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = f.tokens.get(k);
            boolean in = false;
            for (Found x : times) {
                in |= t.start() >= x.start() && t.end() <= x.end();
            }
            if (!in) {
                return false;
            }
        }
        return true;
    }
}
