package org.claimwatch.diff;

import org.claimwatch.calendar.DateLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weather strip turning over: a line that is a place, a temperature and the sky in a few words ("Москва −3 °C,
 * облачно", "Bergen 6° Regn 4,2 mm", "北京 晴 3℃~14℃"), read twice with the same place, where the sky's words changed
 * too or the strip carries several readings (a range, wind, rain, humidity). The page's widget in any language, not
 * a claim. A place whose temperature alone moves under the same words ("Athens 44°C, hottest June day on record") is
 * the article's figure; a line where a word in lower case comes between the place and the reading ("Seville hits
 * 46°C") says what the weather did; a colon or a sentence's stop makes it text. Pure.
 */
final class WeatherLines {

    private static final int MAX_LINE = 90;
    private static final int MAX_SKY_WORDS = 7;
    /** A temperature: "−3 °C", "+14°", "19℃", "34°F", Amharic "22°ሴ". */
    private static final Pattern TEMPERATURE = Pattern.compile("[+\\-−–]?\\d{1,2}(?:[.,]\\d)?\\s?(?:°\\s?[CFcfሴ]?|℃|℉)");
    /** Figures of a strip's other readings: a second temperature, a share, wind, rain, a wind force in Chinese. */
    private static final Pattern READING = Pattern.compile("[+\\-−–]?\\d{1,3}(?:[.,]\\d)?\\s?(?:°\\s?[CFcfሴ]?|℃|℉|%|km/h|mph|m/s|mm|级|級)");
    private static final Pattern FIGURE = Pattern.compile("\\d");

    private WeatherLines() {
    }

    /** A strip's parts: the place before the reading, the words of the sky (figures out), how many readings. */
    private record Strip(String place, List<String> sky, int readings) {
    }

    /** Whether {@code a} turning into {@code b} is a weather strip turning over. */
    static boolean turned(String a, String b) {
        Strip x = strip(a);
        Strip y = strip(b);
        if (x == null || y == null || !x.place.equals(y.place)) {
            return false;
        }
        return !x.sky.equals(y.sky) || x.readings >= 2 && y.readings >= 2;
    }

    private static Strip strip(String line) {
        String t = line.strip();
        if (t.length() > MAX_LINE || t.isEmpty() || ".!?:;。！？".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return null;
        }
        Matcher m = TEMPERATURE.matcher(t);
        if (!m.find()) {
            return null;
        }
        String place = t.substring(0, m.start()).strip();
        String rest = t.substring(m.start());
        if (place.isEmpty() || place.indexOf(':') >= 0 || rest.indexOf(':') >= 0 || rest.indexOf('：') >= 0) {
            return null;
        }
        if (!DateLine.isPlace(place)) {
            return null;
        }
        List<String> sky = new ArrayList<>();
        for (String w : READING.matcher(rest).replaceAll(" ").split("[\\s,/·|~]+")) {
            if (!w.isEmpty() && !FIGURE.matcher(w).find()) {
                sky.add(w);
            }
        }
        if (sky.size() > MAX_SKY_WORDS) {
            return null;
        }
        int readings = 0;
        Matcher r = READING.matcher(rest);
        while (r.find()) {
            readings++;
        }
        return new Strip(place, List.copyOf(sky), readings);
    }
}
