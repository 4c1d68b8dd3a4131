package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Converts word edits to character spans, optionally only the edits touching chosen tokens. */
final class Spans {

    private Spans() {
    }

    /** Spans of the edits that touch a token accepted by {@code onA} (old side) or {@code onB} (new side). */
    static List<Span> of(List<Edit> edits, Facts a, Facts b, IntPredicate onA, IntPredicate onB) {
        List<Span> out = new ArrayList<>();
        for (Edit e : edits) {
            if (touches(e.fromA(), e.toA(), onA) || touches(e.fromB(), e.toB(), onB)) {
                add(e, a, b, out);
            }
        }
        return out;
    }

    static List<Span> all(List<Edit> edits, Facts a, Facts b) {
        List<Span> out = new ArrayList<>();
        for (Edit e : edits) {
            add(e, a, b, out);
        }
        return out;
    }

    /** One span covering a whole text (a sentence added or removed). */
    static List<Span> whole(SpanKind kind, String text) {
        return text.isEmpty() ? List.of() : List.of(new Span(kind, 0, text.length(), text));
    }

    private static boolean touches(int from, int to, IntPredicate p) {
        for (int k = from; k < to; k++) {
            if (p.test(k)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Edit e, Facts a, Facts b, List<Span> out) {
        if (e.toA() > e.fromA()) {
            int s = a.tokens.get(e.fromA()).start();
            int t = a.tokens.get(e.toA() - 1).end();
            out.add(new Span(SpanKind.DELETE, s, t, a.text.substring(s, t)));
        }
        if (e.toB() > e.fromB()) {
            int s = b.tokens.get(e.fromB()).start();
            int t = b.tokens.get(e.toB() - 1).end();
            out.add(new Span(SpanKind.INSERT, s, t, b.text.substring(s, t)));
        }
    }
}
