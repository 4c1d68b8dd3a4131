package org.claimwatch.cli;

import org.claimwatch.diff.ChangeKind;

import java.util.List;

/**
 * One version pair of the diff corpus with the changes it must yield: each expected change is a kind and a
 * snippet that the change's before or after text contains. {@code noise}: no change may alert. The headlines of the
 * two versions are empty when the case has none.
 */
record DiffCase(String id, String before, String after, List<Expected> expected, boolean noise,
                String headlineBefore, String headlineAfter) {

    DiffCase {
        expected = List.copyOf(expected);
    }

    DiffCase(String id, String before, String after, List<Expected> expected, boolean noise) {
        this(id, before, after, expected, noise, "", "");
    }

    /** An expected change: its kind and a snippet of the sentence it concerns. */
    record Expected(ChangeKind kind, String snippet) {
    }
}
