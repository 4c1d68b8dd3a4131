package org.claimwatch.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An optional record of the cleaner's decisions: for each block or element a rule removed or explicitly kept, the
 * rule's name, the first characters of its text and whether it was kept. The cleaner takes a null trace when nobody
 * asks (no cost then); one trace belongs to one cleaning call and is not thread-safe.
 */
public final class CleanTrace {

    /** How many characters of a block's text an event keeps. */
    public static final int PREFIX = 80;

    /** One decision: {@code rule} removed (or, when {@code kept}, kept) a block whose text starts {@code text}. */
    public record Event(String rule, String text, boolean kept, int chars) {
    }

    private final List<Event> events = new ArrayList<>();

    /** The decisions in the order the cleaner took them. */
    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    void removed(String rule, String text) {
        add(rule, text, false);
    }

    void kept(String rule, String text) {
        add(rule, text, true);
    }

    private void add(String rule, String text, boolean kept) {
        String t = text == null ? "" : text.strip();
        String prefix = t.length() > PREFIX ? t.substring(0, PREFIX) + "…" : t;
        events.add(new Event(rule, prefix, kept, t.length()));
    }
}
