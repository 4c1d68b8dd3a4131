package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.claimwatch.claims.Quantity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares an article's headlines. A headline is read like a claim (numbers, quotes, hedges: "to close" → "not
 * permanently closed" is a hedge change), so spelling, case, quote-mark and spacing changes are no change. A change is
 * one {@link ChangeKind#HEADLINE_CHANGED} with both headlines, word highlights and the kinds found inside it. A headline
 * that returns to one the article had within the last day (A/B title rotation) is one silent change "back to" it,
 * not a new alert each time. Pure and thread-safe.
 */
public final class Headlines {

    /** A headline rewording alerts: the headline is what readers see first. */
    static final double REWORDED = 0.6;
    /** A rotation back to an earlier headline is shown but never alerts. */
    static final double RETURNING = 0.2;
    /** How far back a returning headline counts as rotation. */
    public static final Duration ROTATION_WINDOW = Duration.ofDays(1);

    /** A headline the article had, and when it was first seen. */
    public record Seen(String headline, Instant at) {
    }

    private Headlines() {
    }

    /** The change from {@code before} to {@code after}, or empty when they say the same (or either is blank). */
    public static Optional<ClaimChange> compare(String before, String after) {
        if (before == null || after == null || before.isBlank() || after.isBlank()) {
            return Optional.empty();
        }
        DiffResult r = VersionDiff.compare(Claims.analyze(before.strip(), null), Claims.analyze(after.strip(), null));
        if (r.changes().isEmpty()) {
            return Optional.empty();
        }
        List<ChangeKind> aspects = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<Quantity> qa = new ArrayList<>();
        List<Quantity> qb = new ArrayList<>();
        double sig = REWORDED;
        boolean sameSentences = r.changes().stream().allMatch(c -> c.before().equals(before.strip())
                && c.after().equals(after.strip()));
        for (ClaimChange c : r.changes()) {
            if (c.kind() != ChangeKind.CLAIM_REWORDED && c.kind() != ChangeKind.CLAIM_ADDED
                    && c.kind() != ChangeKind.CLAIM_REMOVED && !aspects.contains(c.kind())) {
                aspects.add(c.kind());
            }
            if (c.kind() != ChangeKind.CLAIM_REWORDED && c.kind() != ChangeKind.CLAIM_ADDED
                    && c.kind() != ChangeKind.CLAIM_REMOVED) {
                sig = Math.max(sig, c.significance());
            }
            if (sameSentences) {
                for (Span s : c.spans()) {
                    if (!spans.contains(s)) {
                        spans.add(s);
                    }
                }
            }
            addNew(qa, c.beforeNumbers());
            addNew(qb, c.afterNumbers());
        }
        if (!sameSentences) {
            spans = new ArrayList<>(Spans.whole(SpanKind.DELETE, before.strip()));
            spans.addAll(Spans.whole(SpanKind.INSERT, after.strip()));
        }
        return Optional.of(new ClaimChange(ChangeKind.HEADLINE_CHANGED, "headline", before.strip(), after.strip(),
                spans, sig, qa, qb, -1, -1, aspects, List.of(), false));
    }

    /**
     * The change of the headline {@code now} seen at {@code at}, given the article's earlier headlines (oldest first;
     * the last is the current one). A headline equal to one seen within {@link #ROTATION_WINDOW} before the current
     * one is a silent change back to it.
     */
    public static Optional<ClaimChange> compare(List<Seen> history, String now, Instant at) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Seen current = history.get(history.size() - 1);
        Optional<ClaimChange> change = compare(current.headline(), now);
        if (change.isEmpty()) {
            return change;
        }
        for (int i = history.size() - 2; i >= 0; i--) {
            Seen earlier = history.get(i);
            if (Duration.between(earlier.at(), at).compareTo(ROTATION_WINDOW) <= 0
                    && compare(earlier.headline(), now).isEmpty()) {
                ClaimChange c = change.get();
                return Optional.of(new ClaimChange(c.kind(), c.key(), c.before(), c.after(), c.spans(), RETURNING,
                        c.beforeNumbers(), c.afterNumbers(), -1, -1, c.aspects(), List.of(), true));
            }
        }
        return change;
    }

    private static void addNew(List<Quantity> into, List<Quantity> from) {
        for (Quantity q : from) {
            if (!into.contains(q)) {
                into.add(q);
            }
        }
    }
}
