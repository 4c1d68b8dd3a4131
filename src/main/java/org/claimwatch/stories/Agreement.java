package org.claimwatch.stories;

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
 * Assertions and quotes: differing stances are DISPUTED ("to close" vs "not permanently closed"). Thread-safe.
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

    static List<ClaimGroup> align(List<Fact> facts) {
        Map<String, List<Fact>> byKey = new LinkedHashMap<>();
        for (Fact f : facts) {
            byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
        List<ClaimGroup> groups = new ArrayList<>();
        for (List<Fact> values : byKey.values()) {
            values.sort(Comparator.comparing(Fact::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(Fact::articleId).thenComparingInt(Fact::start));
            Fact first = values.get(0);
            groups.add(new ClaimGroup(first.key(), first.label(), first.kind(), status(values), values));
        }
        groups.sort(Comparator.comparing(ClaimGroup::status).thenComparing(g -> -g.articles())
                .thenComparing(ClaimGroup::key));
        return groups;
    }

    static GroupStatus status(List<Fact> values) {
        if (values.stream().mapToLong(Fact::articleId).distinct().count() < 2) {
            return GroupStatus.SINGLE;
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
