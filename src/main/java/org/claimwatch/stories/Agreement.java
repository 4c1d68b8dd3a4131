package org.claimwatch.stories;

import org.claimwatch.semantic.SentenceVectors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups facts by key and decides each group's status. Figures: each value is a range (a plain value ±0.1 %;
 * "more than"/"at least" L is [L, 1.1 L]; "up to"/"nearly" U is [0.9 U, U]; "hundreds" is [v, 10 v]; "about"
 * and its kin mean "rounded": about V is V ± half its rounding unit, so "about 1,200" is [1,150, 1,250] and agrees
 * with 1,195, while "about 13" and 15 differ). UPDATED: a running count given differently on a later date whose
 * lower bound never falls (a later, higher lower bound: "more than 40,000" on 9 Nov, then "more than 43,900");
 * AGREED: all ranges overlap; otherwise DISPUTED (100 vs 97 hostages held; a running total that falls later).
 * Assertions and quotes: differing stances are DISPUTED ("to close" vs "not permanently closed").
 * With sentence embeddings, STATEMENT facts (a claim in other words) join the keyed group nearest to them or form
 * groups among themselves (see {@link Stories#align(List, SentenceVectors)}); they count as articles of the group
 * but never decide its status: a group whose figures or stances come from one article only is AGREED when a
 * statement from another article joins it; a group of statements only is AGREED. Thread-safe.
 */
final class Agreement {

    static final double TOLERANCE = 0.001;
    private static final Set<String> LOWER = Set.of("more than", "over", "at least", "above", "in excess of");
    private static final Set<String> UPPER = Set.of("up to", "nearly", "almost", "fewer than", "less than",
            "under", "below");
    private static final Set<String> APPROX = Set.of("about", "around", "roughly", "approximately", "some",
            "an estimated", "estimated", "circa", "approx.");
    private static final Set<String> ORDERS = Set.of("hundreds", "thousands", "tens of thousands", "dozens",
            "millions");

    private Agreement() {
    }

    static List<ClaimGroup> align(List<Fact> facts, SentenceVectors vectors, double sameClaim) {
        Map<String, List<Fact>> byKey = new LinkedHashMap<>();
        List<Fact> statements = new ArrayList<>();
        for (Fact f : facts) {
            if (f.kind() == FactKind.STATEMENT) {
                statements.add(f);
            } else {
                byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
            }
        }
        List<List<Fact>> all = new ArrayList<>(byKey.values());
        if (!vectors.isEmpty() && !statements.isEmpty()) {
            all.addAll(bySense(all, statements, vectors, sameClaim));
        }
        List<ClaimGroup> groups = new ArrayList<>();
        for (List<Fact> values : all) {
            values.sort(Comparator.comparing(Fact::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(Fact::articleId).thenComparingInt(Fact::start));
            Fact first = values.stream().filter(f -> f.kind() != FactKind.STATEMENT).findFirst().orElse(values.get(0));
            groups.add(new ClaimGroup(first.key(), first.label(), first.kind(), status(values), values));
        }
        groups.sort(Comparator.comparing(ClaimGroup::status).thenComparing(g -> -g.articles())
                .thenComparing(ClaimGroup::key));
        return groups;
    }

    /**
     * Attaches each statement to the keyed group (as it was before any statement joined) holding the most similar
     * fact of another article, when the two are each other's nearest sentence across their two articles (a claim is
     * said once per article: a sentence on the same topic that another of its article's sentences says better does
     * not join) and their cosine reaches {@code sameClaim}; a group takes one statement per article, its nearest.
     * The statements left over link on the same test by complete link (every pair in a cluster reaches
     * {@code sameClaim}, one statement per article), strongest pairs first; the clusters that span two articles are
     * returned as new groups.
     */
    private static List<List<Fact>> bySense(List<List<Fact>> keyed, List<Fact> statements, SentenceVectors vectors,
                                            double sameClaim) {
        Map<Long, List<Fact>> byArticle = new LinkedHashMap<>();
        keyed.forEach(g -> g.forEach(f -> byArticle.computeIfAbsent(f.articleId(), k -> new ArrayList<>()).add(f)));
        statements.forEach(f -> byArticle.computeIfAbsent(f.articleId(), k -> new ArrayList<>()).add(f));
        // each statement's best keyed group; a group takes at most one statement per article (its nearest)
        int[] target = new int[statements.size()];
        double[] targetSim = new double[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            Fact s = statements.get(i);
            target[i] = -1;
            for (int g = 0; g < keyed.size(); g++) {
                for (Fact f : keyed.get(g)) {
                    if (f.articleId() == s.articleId()) {
                        continue;
                    }
                    double sim = vectors.similarity(s.text(), f.text());
                    if (sim >= sameClaim && (target[i] < 0 || sim > targetSim[i])
                            && mutual(s, f, sim, byArticle, vectors)) {
                        target[i] = g;
                        targetSim[i] = sim;
                    }
                }
            }
        }
        List<Fact> loose = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            boolean beaten = false;
            for (int j = 0; j < statements.size() && target[i] >= 0; j++) {
                if (j != i && target[j] == target[i] && statements.get(j).articleId() == statements.get(i).articleId()
                        && (targetSim[j] > targetSim[i] || targetSim[j] == targetSim[i] && j < i)) {
                    beaten = true;
                }
            }
            if (target[i] >= 0 && !beaten) {
                keyed.get(target[i]).add(statements.get(i));
            } else {
                loose.add(statements.get(i));
            }
        }
        // the rest: complete link, strongest pairs first, one statement per article in a cluster
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < loose.size(); i++) {
            for (int j = i + 1; j < loose.size(); j++) {
                Fact a = loose.get(i);
                Fact b = loose.get(j);
                if (a.articleId() != b.articleId()) {
                    double sim = vectors.similarity(a.text(), b.text());
                    if (sim >= sameClaim && mutual(a, b, sim, byArticle, vectors)) {
                        pairs.add(new double[] {sim, i, j});
                    }
                }
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
                : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
        List<List<Fact>> cluster = new ArrayList<>();
        Map<Fact, List<Fact>> of = new java.util.IdentityHashMap<>();
        for (Fact f : loose) {
            List<Fact> c = new ArrayList<>(List.of(f));
            cluster.add(c);
            of.put(f, c);
        }
        for (double[] p : pairs) {
            List<Fact> ca = of.get(loose.get((int) p[1]));
            List<Fact> cb = of.get(loose.get((int) p[2]));
            if (ca == cb || !joinable(ca, cb, vectors, sameClaim)) {
                continue;
            }
            ca.addAll(cb);
            cb.forEach(f -> of.put(f, ca));
            cb.clear();
        }
        List<List<Fact>> out = new ArrayList<>();
        for (List<Fact> c : cluster) {
            if (c.stream().mapToLong(Fact::articleId).distinct().count() >= 2) {
                out.add(c);
            }
        }
        return out;
    }

    /** Two clusters of statements join when they share no article and every cross pair reaches {@code sameClaim}. */
    private static boolean joinable(List<Fact> a, List<Fact> b, SentenceVectors vectors, double sameClaim) {
        for (Fact x : a) {
            for (Fact y : b) {
                if (x.articleId() == y.articleId() || !(vectors.similarity(x.text(), y.text()) >= sameClaim)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** No other fact of {@code a}'s article is nearer to {@code b}, and none of {@code b}'s is nearer to {@code a}. */
    private static boolean mutual(Fact a, Fact b, double sim, Map<Long, List<Fact>> byArticle, SentenceVectors vectors) {
        for (Fact x : byArticle.get(a.articleId())) {
            if (x != a && !x.text().equals(a.text()) && vectors.similarity(x.text(), b.text()) > sim) {
                return false;
            }
        }
        for (Fact y : byArticle.get(b.articleId())) {
            if (y != b && !y.text().equals(b.text()) && vectors.similarity(a.text(), y.text()) > sim) {
                return false;
            }
        }
        return true;
    }

    static GroupStatus status(List<Fact> all) {
        if (all.stream().mapToLong(Fact::articleId).distinct().count() < 2) {
            return GroupStatus.SINGLE;
        }
        List<Fact> values = all.stream().filter(f -> f.kind() != FactKind.STATEMENT).toList();
        if (values.stream().mapToLong(Fact::articleId).distinct().count() < 2) {
            // a statement from another article says the same in other words; alone it can dispute nothing
            return GroupStatus.AGREED;
        }
        if (values.get(0).kind() != FactKind.NUMBER) {
            return values.stream().map(Fact::stance).distinct().count() > 1 ? GroupStatus.DISPUTED
                    : GroupStatus.AGREED;
        }
        boolean running = values.stream().anyMatch(Fact::running);
        long dates = values.stream().map(Fact::date).filter(Objects::nonNull).distinct().count();
        boolean allEqual = values.stream().map(Fact::value).distinct().count() == 1;
        if (running && dates > 1 && !allEqual && compatible(latest(values)) && rising(values)) {
            return GroupStatus.UPDATED;
        }
        return compatible(values) ? GroupStatus.AGREED : GroupStatus.DISPUTED;
    }

    /** No fact's lower bound is below the lower bound of a fact of an earlier date. */
    static boolean rising(List<Fact> values) {
        for (Fact early : values) {
            for (Fact late : values) {
                if (early.date() != null && late.date() != null && late.date().isAfter(early.date())
                        && range(late)[0] < range(early)[0] * (1 - TOLERANCE)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The facts of the latest date (all facts when none is dated). */
    static List<Fact> latest(List<Fact> values) {
        LocalDate last = values.stream().map(Fact::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        return last == null ? values : values.stream().filter(f -> last.equals(f.date())).toList();
    }

    static boolean compatible(List<Fact> values) {
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (!compatible(values.get(i), values.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean compatible(Fact a, Fact b) {
        double[] ra = range(a);
        double[] rb = range(b);
        return ra[0] <= rb[1] && rb[0] <= ra[1];
    }

    static double[] range(Fact f) {
        double v = f.value();
        String q = f.qualifier() == null ? "" : f.qualifier().toLowerCase(java.util.Locale.ROOT);
        if (LOWER.contains(q)) {
            return new double[] {v, v * 1.1};
        }
        if (UPPER.contains(q)) {
            return new double[] {v * 0.9, v};
        }
        if (APPROX.contains(q)) {
            double half = roundingUnit(v) / 2;
            return new double[] {v - half, v + half};
        }
        if (ORDERS.contains(q)) {
            return new double[] {v, v * 10};
        }
        return new double[] {v * (1 - TOLERANCE), v * (1 + TOLERANCE)};
    }

    /** 10^k for the trailing zeros of a whole number (1,200 → 100, 13 → 1, 40,000 → 10,000); 1 otherwise. */
    static double roundingUnit(double v) {
        if (v != Math.rint(v) || v == 0) {
            return 1;
        }
        long n = Math.abs((long) v);
        double unit = 1;
        while (n % 10 == 0) {
            n /= 10;
            unit *= 10;
        }
        return unit;
    }
}
