package org.claimwatch.stories;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claim;
import org.claimwatch.claims.ClaimKind;
import org.claimwatch.claims.NumberRelation;
import org.claimwatch.claims.Quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures of an article as story facts keyed by what is counted and what happened to it: the counted noun
 * ("hostage", "people"), the event verb next to the number ("kill", "take", "hold") and, for a fixed past
 * event, the month it happened in ("people:kill:m10" for "killed 1,195 civilians on October 7").
 * Running counts ("to date", "remain", "held") carry no month, so later figures can update them. Thread-safe.
 */
final class QuantityFacts {

    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("kill", "kill"), Map.entry("kills", "kill"), Map.entry("killed", "kill"),
            Map.entry("killing", "kill"), Map.entry("dead", "dead"), Map.entry("died", "dead"),
            Map.entry("die", "dead"), Map.entry("dies", "dead"), Map.entry("deaths", "dead"),
            Map.entry("take", "take"), Map.entry("takes", "take"), Map.entry("taking", "take"),
            Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("abducted", "take"),
            Map.entry("kidnapped", "take"), Map.entry("seized", "take"), Map.entry("captured", "take"),
            Map.entry("hold", "hold"), Map.entry("holds", "hold"), Map.entry("holding", "hold"),
            Map.entry("held", "hold"), Map.entry("remain", "hold"), Map.entry("remains", "hold"),
            Map.entry("remaining", "hold"), Map.entry("release", "release"), Map.entry("released", "release"),
            Map.entry("freed", "release"), Map.entry("free", "release"), Map.entry("injured", "injure"),
            Map.entry("wounded", "injure"), Map.entry("injuring", "injure"), Map.entry("displaced", "displace"),
            Map.entry("arrested", "arrest"), Map.entry("detained", "arrest"), Map.entry("missing", "missing"));
    /** Words counted in place of the noun that follows them: "250 others hostage", "1,000 more people". */
    private static final Set<String> FILLERS = Set.of("other", "more", "further", "additional");
    private static final Set<String> STATE_UNITS = Set.of("dead", "injured", "wounded", "missing", "killed");
    private static final Pattern RUNNING = Pattern.compile("\\b(to date|so far|death toll|toll|still|now|currently"
            + "|remain|remains|has risen|rose to|climbed to)\\b");
    private static final Set<String> RUNNING_VERBS = Set.of("hold", "dead", "missing");
    private static final Set<String> FIXED_VERBS = Set.of("kill", "take", "release", "injure", "arrest", "displace");
    private static final Map<String, String> NOUNS = Map.of("civil", "people", "people", "people", "person",
            "people", "israel", "people", "gazan", "palestinian", "palest", "palestinian", "hostag", "hostage",
            "captiv", "hostage");
    private static final Map<String, String> VERB_LABELS = Map.of("kill", "killed", "take", "taken", "hold", "held",
            "release", "released", "dead", "dead", "injure", "injured", "arrest", "arrested", "displace", "displaced");
    private static final Pattern MONTH = Pattern.compile("\\b(Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private QuantityFacts() {
    }

    static List<Fact> find(StoryArticle article, AnalyzedText analyzed) {
        List<Fact> out = new ArrayList<>();
        for (Claim claim : analyzed.claims()) {
            if (claim.kind() != ClaimKind.QUANTITY) {
                continue;
            }
            List<Quantity> sentenceNumbers = sentenceNumbers(analyzed, claim.sentenceIndex());
            for (int i = 0; i < claim.numbers().size(); i++) {
                Fact fact = fact(article, claim, i, sentenceNumbers);
                if (fact != null) {
                    out.add(fact);
                }
            }
        }
        return out;
    }

    private static Fact fact(StoryArticle article, Claim claim, int index, List<Quantity> sentenceNumbers) {
        Quantity q = claim.numbers().get(index);
        String sentence = claim.text();
        int pos = q.start() - claim.start();
        int posEnd = q.end() - claim.start();
        if (pos < 0 || posEnd > sentence.length() || q.value() <= 0) {
            return null;
        }
        Tokens tokens = Tokens.of(sentence);
        int at = tokens.indexAt(pos);
        int after = tokens.indexAt(posEnd);
        String unit = q.unit() == null ? null : TermVector.stem(q.unit().toLowerCase(Locale.ROOT));
        if (unit != null && FILLERS.contains(unit) && after + 1 < tokens.size()) {
            unit = TermVector.stem(tokens.get(after + 1).word());
        }
        String verb;
        if (unit != null && STATE_UNITS.contains(q.unit().toLowerCase(Locale.ROOT))) {
            verb = VERBS.getOrDefault(q.unit().toLowerCase(Locale.ROOT), "dead");
            unit = siblingUnit(sentenceNumbers, q);
        } else {
            NumberRelation part = partOf(claim, index);
            verb = part == null ? nearestVerb(tokens, at, after)
                    : verbAfterWhole(tokens, tokens.indexAt(claim.numbers().get(part.whole()).end() - claim.start()));
            if (unit == null) {
                unit = siblingUnit(sentenceNumbers, q);
            }
        }
        if (verb == null) {
            return null;
        }
        String noun = unit == null ? ("kill".equals(verb) || "dead".equals(verb) ? "people" : "count")
                : noun(unit);
        boolean running = RUNNING_VERBS.contains(verb) || RUNNING.matcher(
                sentence.substring(tokens.get(Math.max(0, at - 6)).start(), pos).toLowerCase(Locale.ROOT)).find();
        String anchor = !running && FIXED_VERBS.contains(verb) ? month(sentence) : null;
        String key = noun + ":" + verb + (anchor == null ? "" : ":m" + anchor);
        String label = nounLabel(noun) + " " + VERB_LABELS.getOrDefault(verb, verb)
                + (anchor == null ? "" : " (" + monthName(anchor) + ")");
        String source = claim.source() != null ? claim.source() : claim.speaker();
        return new Fact(key, label, FactKind.NUMBER, q.value(), q.qualifier(), running, null, sentence,
                claim.start(), claim.end(), source, article.articleId(), article.versionId(), article.outlet(),
                article.url(), article.date());
    }

    private static List<Quantity> sentenceNumbers(AnalyzedText analyzed, int sentenceIndex) {
        List<Quantity> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Claim c : analyzed.claims()) {
            if (c.sentenceIndex() == sentenceIndex) {
                for (Quantity q : c.numbers()) {
                    if (seen.add(q.start())) {
                        out.add(q);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }

    /** The unit of the nearest number before {@code q} in its sentence that counts a noun (not a state). */
    private static String siblingUnit(List<Quantity> numbers, Quantity q) {
        String unit = null;
        for (Quantity other : numbers) {
            if (other.start() >= q.start()) {
                break;
            }
            if (other.unit() != null && !STATE_UNITS.contains(other.unit().toLowerCase(Locale.ROOT))) {
                unit = TermVector.stem(other.unit().toLowerCase(Locale.ROOT));
            }
        }
        return unit;
    }

    private static NumberRelation partOf(Claim claim, int index) {
        for (NumberRelation r : claim.relations()) {
            if (r.part() == index && r.whole() < claim.numbers().size()) {
                return r;
            }
        }
        return null;
    }

    /** The closest event verb: up to four words before the number or five after it, within the clause. */
    private static String nearestVerb(Tokens tokens, int at, int after) {
        if (after + 1 < tokens.size() && "of".equals(tokens.get(after).word())
                && Set.of("whom", "which", "them", "those").contains(tokens.get(after + 1).word())) {
            for (int i = after + 2; i < Math.min(tokens.size(), after + 9); i++) {
                String v = VERBS.get(tokens.get(i).word());
                if (v != null) {
                    return v;
                }
            }
        }
        String before = null;
        int beforeDistance = Integer.MAX_VALUE;
        for (int i = at - 1, d = 1; i >= 0 && d <= 4; i--, d++) {
            String v = VERBS.get(tokens.get(i).word());
            if (v != null) {
                before = v;
                beforeDistance = d;
                break;
            }
            if (tokens.get(i).clauseBreak()) {
                break;
            }
        }
        for (int i = after, d = 1; i < tokens.size() && d <= 5 && d < beforeDistance; i++, d++) {
            Tokens.Token t = tokens.get(i);
            if (t.clauseBreak() || "and".equals(t.word()) || "but".equals(t.word())) {
                break;
            }
            String v = VERBS.get(t.word());
            if (v != null) {
                return v;
            }
        }
        return before;
    }

    /** For "97 of the 251 hostages abducted ... remain": the first verb after the whole's own verb. */
    private static String verbAfterWhole(Tokens tokens, int afterWhole) {
        String wholeVerb = null;
        for (int i = afterWhole; i < Math.min(tokens.size(), afterWhole + 12); i++) {
            String v = VERBS.get(tokens.get(i).word());
            if (v == null) {
                continue;
            }
            if (wholeVerb == null && !"hold".equals(v)) {
                wholeVerb = v;
                continue;
            }
            return v;
        }
        return wholeVerb;
    }

    private static String month(String sentence) {
        Matcher m = MONTH.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        int index = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
        return String.format(Locale.ROOT, "%02d", index + 1);
    }

    private static String monthName(String anchor) {
        return java.time.Month.of(Integer.parseInt(anchor)).getDisplayName(java.time.format.TextStyle.FULL,
                Locale.ENGLISH);
    }

    private static String noun(String unit) {
        for (Map.Entry<String, String> e : NOUNS.entrySet()) {
            if (unit.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return unit;
    }

    private static String nounLabel(String noun) {
        return switch (noun) {
            case "people" -> "people";
            case "palestinian" -> "Palestinians";
            case "count" -> "number";
            default -> noun.endsWith("s") ? noun : noun + "s";
        };
    }
}
