package org.claimwatch.stories;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.claimwatch.semantic.SentenceVectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Facade of the story core: term vectors for grouping (see {@link StoryIndex}), the facts of an article, the
 * claim groups of a story and the changes a new article brings to it. Pure and thread-safe.
 */
public final class Stories {

    private Stories() {
    }

    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("(?<!\\d)(20\\d\\d-\\d\\d-\\d\\d)(?!\\d)");

    /**
     * The publication date of an article: from {@code published} metadata (nullable) when it holds an ISO date,
     * else from a "date YYYY-MM-DD" mark near the start of the text; null when neither says.
     */
    public static java.time.LocalDate articleDate(String text, String published) {
        if (published != null) {
            java.util.regex.Matcher p = ISO.matcher(published);
            if (p.find()) {
                return java.time.LocalDate.parse(p.group(1));
            }
        }
        java.util.regex.Matcher m = ISO.matcher(text.substring(0, Math.min(300, text.length())));
        return m.find() ? java.time.LocalDate.parse(m.group(1)) : null;
    }

    /** The term vector used to match {@code text} to stories. */
    public static TermVector vector(String text) {
        return TermVector.of(text);
    }

    /**
     * Cosine of two sentence embeddings (MiniLM) at or above which two facts of different outlets say the same
     * claim. Chosen on the pair set of docs/SEMANTIC.md with its "story" pairs (two claims of one news story, which
     * share names and places): the lowest threshold with no different-claim pair above it, 0.60 (precision 1.000,
     * recall 0.875; at the version diff's 0.55 a story pair at 0.554 passes).
     */
    public static final double SAME_CLAIM = 0.60;

    /**
     * The facts (figures, assertions, quotes) of one article. Throws what the claims analysis throws on text it
     * cannot handle; callers that must not stop treat that as an article without facts.
     */
    public static List<Fact> facts(StoryArticle article) {
        return facts(article, false);
    }

    /**
     * As {@link #facts(StoryArticle)}; with {@code statements} (sentence embeddings on) also a STATEMENT fact for
     * each check-worthy sentence that holds no other fact, for {@link #align(List, SentenceVectors)} to group.
     */
    public static List<Fact> facts(StoryArticle article, boolean statements) {
        AnalyzedText analyzed = Claims.analyze(article.text(), article.date());
        List<Fact> out = new ArrayList<>(QuantityFacts.find(article, analyzed));
        out.addAll(AssertionFacts.find(article, analyzed));
        if (statements) {
            out.addAll(StatementFacts.find(article, analyzed, List.copyOf(out)));
        }
        return out;
    }

    /** The claim groups of a story's articles, disputed first, then updated, agreed and single-source ones. */
    public static List<ClaimGroup> groups(List<StoryArticle> articles) {
        List<Fact> facts = new ArrayList<>();
        for (StoryArticle a : articles) {
            facts.addAll(facts(a));
        }
        return align(facts);
    }

    /** Groups already extracted facts by key (STATEMENT facts, which need embeddings, are left out). */
    public static List<ClaimGroup> align(List<Fact> facts) {
        return align(facts, SentenceVectors.NONE);
    }

    /**
     * Groups facts by key, then by meaning: a STATEMENT joins the keyed group whose fact from another article is
     * nearest to it at {@link #SAME_CLAIM} or above; statements left over group with other outlets' statements
     * at that cosine (a group needs two articles). {@code vectors} are the sentences' embeddings by text
     * ({@link SentenceVectors#NONE}: by key only). Statements never decide a status: figures and stances do.
     */
    public static List<ClaimGroup> align(List<Fact> facts, SentenceVectors vectors) {
        return Agreement.align(facts, vectors, SAME_CLAIM);
    }

    /**
     * The changes article {@code articleId} brings: groups it starts (figures and assertions only), groups it
     * puts in dispute or where it gives a different value, and running figures it updates.
     */
    public static List<StoryChange> diff(List<ClaimGroup> before, List<ClaimGroup> after, long articleId) {
        Map<String, ClaimGroup> old = before.stream().collect(Collectors.toMap(ClaimGroup::key, Function.identity(),
                (a, b) -> a));
        List<StoryChange> changes = new ArrayList<>();
        for (ClaimGroup g : after) {
            // statements say a claim in other words: they never start, update or dispute a group
            Fact mine = g.kind() == FactKind.STATEMENT ? null : g.values().stream()
                    .filter(f -> f.articleId() == articleId && f.kind() != FactKind.STATEMENT).findFirst().orElse(null);
            if (mine == null) {
                continue;
            }
            ClaimGroup was = old.get(g.key());
            boolean othersBefore = was != null && was.values().stream()
                    .anyMatch(f -> f.articleId() != articleId && f.kind() != FactKind.STATEMENT);
            if (!othersBefore) {
                if (g.kind() != FactKind.QUOTE) {
                    changes.add(new StoryChange(StoryChangeKind.STORY_CLAIM_NEW, g, mine));
                }
                continue;
            }
            boolean differs = was.values().stream()
                    .filter(f -> f.articleId() != articleId && f.kind() != FactKind.STATEMENT)
                    .noneMatch(f -> f.display().equals(mine.display()));
            if (g.status() == GroupStatus.UPDATED && differs) {
                changes.add(new StoryChange(StoryChangeKind.STORY_CLAIM_UPDATED, g, mine));
            } else if (g.status() == GroupStatus.DISPUTED && (differs || was.status() != GroupStatus.DISPUTED)) {
                changes.add(new StoryChange(StoryChangeKind.STORY_CLAIM_DISPUTED, g, mine));
            }
        }
        return changes;
    }
}
