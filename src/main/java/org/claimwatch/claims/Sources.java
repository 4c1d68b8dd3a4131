package org.claimwatch.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribution of a sentence ("according to Israel's military", "two sources told The National", "a
 * diplomatic source said") and speaker names as written. Stateless and thread-safe.
 */
final class Sources {

    private static final Pattern ACCORDING = Pattern.compile(
            "(?i)\\b(?:according to|citing|cited by|quoted by|reported by|announced by)\\s+(?<np>[^,.;:“”\"()]+)");
    private static final Pattern BY = Pattern.compile("\\b(?:released|published|issued|compiled|provided|given) by\\s+");
    private static final Pattern INVERTED = Pattern.compile(
            ",\\s*(?:said|says|told|added|reported|according to)\\s+(?<np>[^,.;:“”\"]{2,60}?)\\s*[,.]");
    private static final Pattern VERB = Pattern.compile("\\b(?:" + Quotes.SAY + ")\\b");
    private static final Set<String> SOURCE_NOUNS = Set.copyOf(List.of(
            "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister",
            "ministry", "military", "army", "police", "government", "statement", "report", "reports", "analysts",
            "analyst", "experts", "expert", "witnesses", "witness", "residents", "doctors", "agency", "group",
            "office", "department", "authorities", "authority", "company", "firm", "state", "investigators",
            "prosecutors", "lawyer", "lawyers", "spokespeople", "diplomats", "diplomat", "leaders", "leader",
            "president", "premier", "chief", "director", "secretary", "commander", "observers", "media", "forces",
            "ministers", "embassy", "people", "person", "negotiators", "team", "aide", "aides", "adviser",
            "advisers", "figures", "data", "study", "survey", "poll", "researchers", "scientists", "court", "judge"));
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "there", "here");
    private static final Set<String> PRONOUNS = Set.copyOf(List.of("he", "she", "they", "it", "we", "i"));
    private static final Set<String> CLAUSE_WORDS = Set.copyOf(List.of(
            "that", "and", "but", "which", "who", "as", "while", "because", "when", "if", "although", "where",
            "after", "before", "since", "so", "though", "whereas", "than"));
    private static final Set<String> SKIPPABLE = Set.copyOf(List.of(
            "has", "have", "had", "also", "later", "earlier", "previously", "since", "then", "again", "once",
            "already", "recently", "reportedly", "last", "first", "initially", "is", "was", "were", "are", "will",
            "would", "not", "never"));
    private static final Pattern TRAILING_NAME = Pattern.compile(
            "(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov)\\.?\\s+)?(?:(?:[A-Z][\\p{L}'’\\-]+|al-|Al-|bin|de|van|von)\\s*){1,5}$");

    private static final int[] TRIGGERS = WordHashes.triggers(Set.copyOf(List.of(
            ("according|citing|cited|quoted|" + Quotes.SAY).split("\\|"))));

    private Sources() {
    }

    /** True when {@code words} may contain an attribution. */
    static boolean mayOccur(WordHashes words) {
        return words.any(TRIGGERS);
    }

    /** The source of a sentence without quotes, as written, or null. */
    static String source(String sentence) {
        Matcher a = ACCORDING.matcher(sentence);
        if (a.find()) {
            String np = a.group("np");
            Matcher by = BY.matcher(np);
            return trimPhrase(by.find() ? np.substring(by.end()) : np);
        }
        Matcher inverted = INVERTED.matcher(sentence);
        if (inverted.find() && isSpeakerPhrase(inverted.group("np"))) {
            return name(inverted.group("np"));
        }
        Matcher v = VERB.matcher(sentence);
        while (v.find()) {
            String np = phraseBefore(sentence.substring(0, v.start()));
            if (np != null && isSpeakerPhrase(np)) {
                return name(np);
            }
        }
        return null;
    }

    /** The noun phrase directly left of a speech verb, skipping auxiliaries and adverbs, or null. */
    static String phraseBefore(String left) {
        String[] tokens = left.strip().split("\\s+");
        int end = tokens.length;
        while (end > 0 && (SKIPPABLE.contains(tokens[end - 1].toLowerCase(Locale.ROOT))
                || tokens[end - 1].endsWith("ly") && Character.isLowerCase(tokens[end - 1].charAt(0)))) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 8) {
            String tok = tokens[start - 1];
            if (tok.isEmpty() || CLAUSE_WORDS.contains(tok.toLowerCase(Locale.ROOT)) || tok.endsWith(",")
                    || tok.endsWith(";") || tok.endsWith(":") || tok.endsWith("”") || tok.endsWith("\"")) {
                break;
            }
            start--;
        }
        if (start == end) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, start, end));
    }

    /** True when {@code np} can be a speaker: a name, a pronoun, or a phrase ending in a source noun. */
    static boolean isSpeakerPhrase(String np) {
        String p = np.strip();
        if (p.isEmpty() || p.split("\\s+").length > 8) {
            return false;
        }
        String[] tokens = p.split("\\s+");
        String last = WordHashes.possessiveless(tokens[tokens.length - 1]);
        String lower = last.toLowerCase(Locale.ROOT);
        if (tokens.length == 1 && DEMONSTRATIVES.contains(lower)) {
            return false;
        }
        return PRONOUNS.contains(lower) || SOURCE_NOUNS.contains(lower)
                || Character.isUpperCase(last.charAt(0)) && last.length() > 1;
    }

    /** The speaker as written: the trailing proper name of {@code np} when it has one, else the phrase. */
    static String name(String np) {
        String p = trimPhrase(np);
        Matcher m = TRAILING_NAME.matcher(p);
        if (m.find() && m.start() > 0 && m.group().strip().contains(" ")) {
            return m.group().strip();
        }
        return p;
    }

    /** Cuts a phrase at a participle or relative clause ("a source briefed on ..." -> "a source"). */
    static String trimPhrase(String np) {
        String[] tokens = np.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.length && i < 8; i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            if (i > 0 && (CLAUSE_WORDS.contains(lower) || lower.equals("on") || lower.equals("in") && i > 2
                    || Character.isLowerCase(tokens[i].charAt(0)) && (lower.endsWith("ed") || lower.endsWith("ing"))
                    && i > 0)) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(tokens[i]);
        }
        return out.toString();
    }

    /** True for a pronoun speaker ("he", "she") that refers to an earlier named speaker. */
    static boolean isPronoun(String speaker) {
        return speaker != null && PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT));
    }
}
