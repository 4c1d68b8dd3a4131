package org.claimwatch.clean;

import java.util.Locale;

/** The label a reader poll, quiz or survey opens with ("POLL: Should ...?", "Encuesta: ..."). Pure. */
final class PollLabels {

    private static final String[] LABELS = {"poll", "quiz", "survey", "umfrage", "sondage", "encuesta", "sondaggio",
        "enquete", "peiling"};

    private PollLabels() {
    }

    static boolean opensPoll(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (String l : LABELS) {
            if (lower.startsWith(l)) {
                return true;
            }
        }
        return false;
    }
}
