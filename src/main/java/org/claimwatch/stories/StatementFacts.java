package org.claimwatch.stories;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * The check-worthy sentences of an article that no rule turned into a fact (no keyed figure, assertion or quote in
 * them), as STATEMENT facts: with sentence embeddings they join the claim group they say in other words, or form
 * one with another outlet's statement ({@link Agreement}). Boilerplate is never check-worthy. Thread-safe.
 */
final class StatementFacts {

    private static final int LABEL_CHARS = 80;

    private StatementFacts() {
    }

    static List<Fact> find(StoryArticle article, AnalyzedText analyzed, List<Fact> keyed) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            if (!s.checkworthy() || covered(s, keyed)) {
                continue;
            }
            out.add(new Fact("statement:" + article.articleId() + ":" + s.start(), label(s.text()),
                    FactKind.STATEMENT, null, null, false, null, s.text(), s.start(), s.end(), null,
                    article.articleId(), article.versionId(), article.outlet(), article.url(), article.date()));
        }
        return out;
    }

    private static boolean covered(Sentence s, List<Fact> keyed) {
        for (Fact f : keyed) {
            if (f.start() < s.end() && s.start() < f.end()) {
                return true;
            }
        }
        return false;
    }

    private static String label(String text) {
        String t = text.strip();
        return t.length() <= LABEL_CHARS ? t : t.substring(0, LABEL_CHARS - 1).stripTrailing() + "…";
    }
}
