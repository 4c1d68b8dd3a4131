package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable claim keys: what a claim is about, not its words. A quantity key is the counted noun, the event verb
 * and up to two entities ("q:palestinian:kill:gaza"); other keys are the kind, the speaker or source, and the
 * four longest content stems. Numbers, qualifiers and small rewordings do not change a key. Thread-safe.
 */
final class ClaimKeys {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’\\-]*");
    private static final int STEM = 6;
    private static final Pattern VERB_SUFFIX = Pattern.compile("|e|s|es|ed|d|ing|ies|ied|y|en|n|ion|ions|ment|ments");
    private static final Set<String> STOP = Set.copyOf(List.of(
            "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "from", "for", "by", "with", "since",
            "after", "before", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
            "would", "could", "should", "may", "might", "that", "which", "who", "whom", "this", "these", "those",
            "than", "as", "its", "their", "his", "her", "it", "they", "he", "she", "we", "i", "you", "said", "says",
            "say", "told", "added", "also", "not", "more", "most", "about", "over", "into", "there", "what", "when",
            "where", "while", "other", "others", "some", "such", "only", "according", "up", "out", "all", "any",
            "mr", "mrs", "ms", "dr", "percent", "cent", "per", "least", "nearly", "almost", "around", "just",
            "believed", "reportedly", "allegedly", "confirmed", "denied", "if", "so", "no", "do", "did", "does",
            "them", "him", "our", "us", "can", "now", "then", "very", "because", "last", "week", "month", "year",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec"));
    /** Capitalised only because they open the sentence: never entities. */
    private static final Set<String> STARTERS = Set.of(
            "officials", "police", "authorities", "however", "meanwhile", "earlier", "later", "several", "both",
            "many", "few", "after", "before", "during", "despite", "although", "since", "until", "among", "nearly",
            "almost", "today", "yesterday", "overall", "instead", "still", "yet", "even", "one", "two", "three");
    /** Event verbs by stem: the key keeps the stem, so "killed", "killing" and "kills" agree. */
    private static final List<String> EVENT_STEMS = List.of(
            "kill", "die", "dead", "death", "injur", "wound", "hurt", "displac", "evacuat", "arrest", "detain",
            "releas", "free", "hold", "held", "tak", "took", "abduct", "kidnap", "captur", "rescu", "miss",
            "rise", "rose", "risen", "fall", "fell", "drop", "increas", "decreas", "grow", "grew", "cut", "rais",
            "cost", "spend", "spent", "pay", "paid", "earn", "sell", "sold", "buy", "bought", "fund", "lend",
            "lent", "borrow", "invest", "vote", "won", "win", "lose", "lost", "support", "oppos", "prefer",
            "remain", "launch", "fire", "strik", "struck", "attack", "destroy", "damag", "build", "built",
            "infect", "test", "vaccinat", "hir", "employ", "fir", "lay", "laid", "count", "reach", "total");

    private static final Set<String> EVENT_STEM_SET = Set.copyOf(EVENT_STEMS);
    private static final int MIN_STEM = EVENT_STEMS.stream().mapToInt(String::length).min().orElse(1);
    private static final int MAX_STEM = EVENT_STEMS.stream().mapToInt(String::length).max().orElse(1);

    private ClaimKeys() {
    }

    /** Key of a quantity claim: counted noun, event verb and entities of {@code clause}. */
    static String quantity(Quantity first, String clause, int anchor) {
        String unit = first.unit() == null ? "count" : stem(first.unit().toLowerCase(Locale.ROOT));
        String verb = eventVerb(clause, anchor);
        StringBuilder key = new StringBuilder("q:").append(unit).append(':').append(verb == null ? "-" : verb);
        for (String entity : entities(clause, first.unit())) {
            key.append(':').append(entity);
        }
        return key.toString();
    }

    /** Key of a non-quantity claim: kind, who (speaker or source, may be null) and the topic stems. */
    static String topic(ClaimKind kind, String who, String text) {
        String prefix = switch (kind) {
            case QUOTE -> "quote";
            case ATTRIBUTION -> "attr";
            case HEDGE -> "hedge";
            default -> "stmt";
        };
        String person = who == null ? "-" : lastName(who);
        return prefix + ":" + person + ":" + String.join("-", topicStems(text, 4));
    }

    /** The {@code n} longest content-word stems of {@code text}, sorted. */
    static List<String> topicStems(String text, int n) {
        TreeSet<String> stems = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = WordHashes.possessiveless(m.group().toLowerCase(Locale.ROOT));
            if (w.length() > 2 && !STOP.contains(w)) {
                stems.add(stem(w));
            }
        }
        List<String> all = new ArrayList<>(stems);
        all.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        List<String> top = new ArrayList<>(all.subList(0, Math.min(n, all.size())));
        top.sort(null);
        return top;
    }

    /** The event verb nearest to {@code anchor} (offset in {@code clause}), preferring one before it. */
    private static String eventVerb(String clause, int anchor) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        Matcher m = WORD.matcher(clause);
        while (m.find()) {
            if (Character.isUpperCase(m.group().charAt(0)) && m.start() > 0) {
                continue;
            }
            String verb = verbStem(m.group().toLowerCase(Locale.ROOT));
            if (verb != null) {
                int distance = m.end() <= anchor ? anchor - m.end() : 2 * (m.start() - anchor) + 1;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = verb;
                }
            }
        }
        return best;
    }

    private static String verbStem(String word) {
        for (int len = Math.min(MAX_STEM, word.length()); len >= MIN_STEM; len--) {
            String stem = word.substring(0, len);
            if (EVENT_STEM_SET.contains(stem) && VERB_SUFFIX.matcher(word.substring(len)).matches()) {
                return canonicalVerb(stem);
            }
        }
        return null;
    }

    private static String canonicalVerb(String stem) {
        return switch (stem) {
            case "dead", "death" -> "die";
            case "held" -> "hold";
            case "took" -> "tak";
            case "rose", "risen" -> "rise";
            case "fell" -> "fall";
            case "grew" -> "grow";
            case "spent" -> "spend";
            case "paid" -> "pay";
            case "sold" -> "sell";
            case "bought" -> "buy";
            case "lent" -> "lend";
            case "won" -> "win";
            case "lost" -> "lose";
            case "struck" -> "strik";
            case "built" -> "build";
            case "laid" -> "lay";
            default -> stem;
        };
    }

    /** Up to two proper-noun stems of the clause other than the counted noun, sorted. */
    private static List<String> entities(String clause, String unit) {
        TreeSet<String> out = new TreeSet<>();
        String unitStem = unit == null ? "" : stem(unit.toLowerCase(Locale.ROOT));
        Matcher m = WORD.matcher(clause);
        while (m.find() && out.size() < 2) {
            String w = m.group();
            String lower = WordHashes.possessiveless(w.toLowerCase(Locale.ROOT));
            if (!Character.isUpperCase(w.charAt(0)) || STOP.contains(lower) || lower.length() < 3
                    || m.start() == 0 && STARTERS.contains(lower) || !Double.isNaN(NumberWords.value(lower))) {
                continue;
            }
            String s = stem(lower);
            if (!s.equals(unitStem)) {
                out.add(s);
            }
        }
        return new ArrayList<>(out);
    }

    private static String lastName(String who) {
        String[] parts = who.strip().split("[\\s\\-]+");
        if (parts.length == 0) {
            return ""; // a speaker written as dashes alone
        }
        return stem(WordHashes.possessiveless(parts[parts.length - 1].toLowerCase(Locale.ROOT)));
    }

    /** A crude stem: plural and demonym endings dropped, cut to six letters ("Israelis" -> "israel"). */
    static String stem(String word) {
        String w = WordHashes.possessiveless(word);
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > STEM ? w.substring(0, STEM) : w;
    }
}
