package org.claimwatch.stories;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claim;
import org.claimwatch.claims.ClaimKind;
import org.claimwatch.claims.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assertions about a thing being closed, with their stance: "Qatar to close Hamas office" and "is planning to
 * close the office" say {@code close}; "has not been permanently closed", "not yet shut down" and "remains open"
 * say {@code not close}. A verb governed by "decision to", "asked to", "pressed ... to" asserts nothing.
 * Quotes with the same claim key become quote facts. Thread-safe.
 */
final class AssertionFacts {

    static final String CLOSE = "close";
    static final String NOT_CLOSE = "not close";
    private static final Set<String> CLOSE_VERBS = Set.of("close", "closes", "closed", "shut", "shuts");
    private static final Set<String> OPEN_STATE = Set.of("remain", "remains", "remained", "stay", "stays",
            "still", "kept", "keep", "keeps", "reopen", "reopened");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "isn't", "hasn't", "wasn't",
            "hadn't", "won't", "haven't", "didn't", "doesn't");
    private static final Set<String> IRREALIS = Set.of("decision", "whether", "if", "asked", "pressed", "urged",
            "requested", "request", "calls", "called", "demand", "demanded", "pressure", "about", "threatened");
    private static final Map<String, String> THINGS = Map.ofEntries(
            Map.entry("office", "office"), Map.entry("headquarters", "office"), Map.entry("bureau", "office"),
            Map.entry("mission", "office"), Map.entry("embassy", "embassy"), Map.entry("consulate", "embassy"),
            Map.entry("border", "border"), Map.entry("crossing", "border"), Map.entry("airport", "airport"),
            Map.entry("port", "port"), Map.entry("school", "school"), Map.entry("schools", "school"),
            Map.entry("base", "base"), Map.entry("plant", "plant"), Map.entry("factory", "plant"),
            Map.entry("mine", "mine"), Map.entry("hospital", "hospital"), Map.entry("airspace", "airspace"));

    private AssertionFacts() {
    }

    static List<Fact> find(StoryArticle article, AnalyzedText analyzed) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            Fact f = closure(article, s);
            if (f != null) {
                out.add(f);
            }
        }
        for (Claim c : analyzed.claims()) {
            if (c.kind() == ClaimKind.QUOTE && c.speaker() != null && !c.key().startsWith("quote:-:")) {
                out.add(new Fact(c.key(), "quote of " + c.speaker(), FactKind.QUOTE, null, null, false,
                        negated(Tokens.of(c.text()), 0, Integer.MAX_VALUE) ? "negative" : "positive", c.text(),
                        c.start(), c.end(), c.speaker(), article.articleId(), article.versionId(), article.outlet(),
                        article.url(), article.date()));
            }
        }
        return out;
    }

    private static Fact closure(StoryArticle article, Sentence s) {
        Tokens tokens = Tokens.of(s.text());
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            String stance = null;
            if (CLOSE_VERBS.contains(w) && !tokens.any(i - 5, i, IRREALIS)) {
                stance = negated(tokens, i - 4, i) ? NOT_CLOSE : CLOSE;
            } else if ("open".equals(w) && tokens.any(i - 2, i, OPEN_STATE)) {
                stance = NOT_CLOSE;
            }
            if (stance == null) {
                continue;
            }
            String thing = thing(tokens, i);
            if (thing != null) {
                return new Fact("assert:" + thing + ":close", thing + " closed", FactKind.ASSERTION, null, null,
                        false, stance, s.text(), s.start(), s.end(), null, article.articleId(), article.versionId(),
                        article.outlet(), article.url(), article.date());
            }
        }
        return null;
    }

    /** The closable thing within eight words after the verb or fourteen before it (a passive subject), nearest first. */
    private static String thing(Tokens tokens, int verb) {
        for (int d = 1; d <= 14; d++) {
            for (int i : d <= 8 ? new int[] {verb + d, verb - d} : new int[] {verb - d}) {
                if (i >= 0 && i < tokens.size()) {
                    String thing = THINGS.get(tokens.get(i).word());
                    if (thing != null) {
                        return thing;
                    }
                }
            }
        }
        return null;
    }

    private static boolean negated(Tokens tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            String w = tokens.get(i).word();
            if (NEGATION.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }
}
