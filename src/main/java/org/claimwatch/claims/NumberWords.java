package org.claimwatch.claims;

import java.util.Locale;
import java.util.Map;

/** Values of English number words ("two", "forty-five", "a dozen", "hundreds") and scale words. */
final class NumberWords {

    static final String UNITS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A written number: "seven", "twenty-one", "a dozen", "dozens", "hundreds", "a million". */
    static final String PATTERN = "(?:(?:tens|hundreds|thousands) of (?:thousands|millions|billions)|(?:" + TENS + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|(?:" + UNITS + ")|a dozen|half a dozen|dozens|scores|hundreds|thousands|millions|billions"
            + "|a (?:hundred|thousand|million|billion))";

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a dozen", 12), Map.entry("half a dozen", 6), Map.entry("dozens", 12),
            Map.entry("scores", 20), Map.entry("hundreds", 100), Map.entry("thousands", 1000),
            Map.entry("millions", 1_000_000), Map.entry("billions", 1_000_000_000),
            Map.entry("a hundred", 100), Map.entry("a thousand", 1000), Map.entry("a million", 1_000_000),
            Map.entry("a billion", 1_000_000_000));

    private NumberWords() {
    }

    /** The value of a word matched by {@link #PATTERN}, or NaN. */
    static double value(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('-', ' ');
        Integer direct = VALUES.get(w);
        if (direct != null) {
            return direct;
        }
        if (w.contains(" of ")) {
            String[] pair = w.split(" of ");
            return VALUES.getOrDefault(pair[0], pair[0].equals("tens") ? 10 : 0) * (double) VALUES.getOrDefault(pair[1], 0);
        }
        String[] parts = w.split(" ");
        if (parts.length == 2 && VALUES.containsKey(parts[0]) && VALUES.containsKey(parts[1])) {
            return VALUES.get(parts[0]) + VALUES.get(parts[1]);
        }
        return Double.NaN;
    }

    /** A vague plural ("dozens", "hundreds"): it carries its own qualifier. */
    static boolean isVaguePlural(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        return w.equals("dozens") || w.equals("scores") || w.contains(" of ") || w.endsWith("s") && VALUES.containsKey(w) && VALUES.get(w) >= 100;
    }

    /** The multiplier of a scale word or suffix ("million", "m", "bn", "k"), 1 when none. */
    static double scale(String scale) {
        if (scale == null) {
            return 1;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "hundred", "hundreds" -> 100;
            case "k", "thousand", "thousands" -> 1_000;
            case "m", "mn", "million", "millions" -> 1_000_000;
            case "b", "bn", "billion", "billions" -> 1_000_000_000;
            case "tn", "trillion", "trillions" -> 1_000_000_000_000.0;
            default -> 1;
        };
    }
}
