package org.claimwatch.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Incremental story index: each story's summed term vector, an inverted index from term to stories and the
 * document frequencies of terms. An article is compared only with the stories that share one of its heaviest
 * terms (not with every story). Mutable; every method is synchronized, so one instance may be shared.
 */
public final class StoryIndex {

    /** Terms of the article looked up in the inverted index. */
    private static final int QUERY_TERMS = 24;
    /** Stories compared in full after the cheap postings pre-score. */
    private static final int SHORTLIST = 16;

    private final double threshold;
    private final int windowDays;
    private final Map<Long, Story> stories = new HashMap<>();
    private final Map<String, Set<Long>> postings = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<Long, Long> storyOfArticle = new HashMap<>();
    private int documents;

    /** An index that joins at {@code threshold} similarity within {@code windowDays} of a story's last article. */
    public StoryIndex(double threshold, int windowDays) {
        if (threshold <= 0 || threshold > 1 || windowDays < 0) {
            throw new IllegalArgumentException("threshold in (0,1], windowDays >= 0");
        }
        this.threshold = threshold;
        this.windowDays = windowDays;
    }

    /** The default preset: similarity 0.18 within 14 days. */
    public static StoryIndex standard() {
        return new StoryIndex(0.18, 14);
    }

    /** The most similar story within the time window at or above the threshold, if any. */
    public synchronized Optional<StoryMatch> match(TermVector article, LocalDate date) {
        Map<Long, Double> prescore = new HashMap<>();
        for (String term : article.top(QUERY_TERMS, this::idf)) {
            double w = article.weights().get(term) * idf(term);
            for (long id : postings.getOrDefault(term, Set.of())) {
                prescore.merge(id, w * w, Double::sum);
            }
        }
        List<Long> candidates = prescore.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()).limit(SHORTLIST)
                .map(Map.Entry::getKey).toList();
        StoryMatch best = null;
        for (long id : candidates) {
            Story story = stories.get(id);
            if (!story.pinned && date != null && story.last != null
                    && Math.abs(ChronoUnit.DAYS.between(story.last, date)) > windowDays) {
                continue;
            }
            double sim = cosine(article.weights(), story);
            if (sim >= threshold && (best == null || sim > best.similarity())) {
                best = new StoryMatch(id, sim);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The similarity of {@code article} to story {@code storyId} (0 when unknown). */
    public synchronized double similarity(TermVector article, long storyId) {
        Story story = stories.get(storyId);
        return story == null ? 0 : cosine(article.weights(), story);
    }

    /** Records that {@code articleId} belongs to {@code storyId}; an article already indexed is moved. */
    public synchronized void add(long storyId, long articleId, LocalDate date, TermVector article) {
        remove(articleId, article);
        Story story = stories.computeIfAbsent(storyId, k -> new Story());
        story.articles.add(articleId);
        story.norm = -1;
        if (date != null && (story.last == null || date.isAfter(story.last))) {
            story.last = date;
        }
        article.weights().forEach((term, w) -> {
            story.sum.merge(term, w, Double::sum);
            postings.computeIfAbsent(term, k -> new HashSet<>()).add(storyId);
            documentFrequency.merge(term, 1, Integer::sum);
        });
        documents++;
        storyOfArticle.put(articleId, storyId);
    }

    /** Pins or unpins a story: a pinned story stays a candidate whatever the article's date. */
    public synchronized void pin(long storyId, boolean pinned) {
        Story story = stories.get(storyId);
        if (story != null) {
            story.pinned = pinned;
        }
    }

    /** The story of an indexed article, if any. */
    public synchronized Optional<Long> storyOf(long articleId) {
        return Optional.ofNullable(storyOfArticle.get(articleId));
    }

    /** Number of stories indexed. */
    public synchronized int size() {
        return stories.size();
    }

    private void remove(long articleId, TermVector article) {
        Long storyId = storyOfArticle.remove(articleId);
        if (storyId == null) {
            return;
        }
        Story story = stories.get(storyId);
        story.articles.remove(articleId);
        story.norm = -1;
        article.weights().forEach((term, w) -> {
            documentFrequency.merge(term, -1, Integer::sum);
            double left = story.sum.merge(term, -w, Double::sum);
            if (left <= 1e-9) {
                story.sum.remove(term);
                Set<Long> ids = postings.get(term);
                if (ids != null) {
                    ids.remove(storyId);
                }
            }
        });
        documents--;
        if (story.articles.isEmpty()) {
            stories.remove(storyId);
        }
    }

    private double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1;
    }

    private double cosine(Map<String, Double> a, Story story) {
        Map<String, Double> b = story.sum;
        double dot = 0;
        double na = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double idf = idf(e.getKey());
            double x = e.getValue() * idf;
            na += x * x;
            Double y = b.get(e.getKey());
            if (y != null) {
                dot += x * y * idf;
            }
        }
        double nb = norm(story);
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The squared idf-weighted norm of a story, cached until the story changes or the corpus grows by 5 %. */
    private double norm(Story story) {
        if (story.norm < 0 || documents > story.normDocuments * 1.05 || documents < story.normDocuments * 0.95) {
            double nb = 0;
            for (Map.Entry<String, Double> e : story.sum.entrySet()) {
                double y = e.getValue() * idf(e.getKey());
                nb += y * y;
            }
            story.norm = nb;
            story.normDocuments = documents;
        }
        return story.norm;
    }

    private static final class Story {
        final Map<String, Double> sum = new HashMap<>();
        final Set<Long> articles = new HashSet<>();
        LocalDate last;
        boolean pinned;
        double norm = -1;
        int normDocuments;
    }

    /** Ids of the articles of a story (a copy). */
    public synchronized List<Long> articles(long storyId) {
        Story story = stories.get(storyId);
        return story == null ? List.of() : List.copyOf(story.articles);
    }
}
