package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.List;

/** The sentences the aligner left without a counterpart, in group order: removed (old) and added (new). Immutable. */
record Unpaired(List<Integer> removed, List<Integer> added) {

    Unpaired {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    static Unpaired of(List<Group> groups) {
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        for (Group g : groups) {
            if (g.news().isEmpty()) {
                removed.add(g.olds().get(0));
            } else if (g.olds().isEmpty()) {
                added.add(g.news().get(0));
            }
        }
        return new Unpaired(removed, added);
    }
}
