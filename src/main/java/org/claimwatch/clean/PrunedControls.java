package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The forms and widgets removed from each box ({@link ParagraphCollector#BOX_TAGS}), recorded by
 * {@link DomPruner}: a sign-up field taken out of a box is furniture of that box, as the link boxes the collector skips
 * are ({@link BoxRemnants}). Confined to one cleaning call.
 */
final class PrunedControls {

    private final Map<Element, int[]> byBox = new IdentityHashMap<>();

    /** Records {@code removed}, of {@code chars} characters, in the nearest box around it. */
    void add(Element removed, int chars) {
        for (Element box = removed.parent(); box != null; box = box.parent()) {
            if (ParagraphCollector.BOX_TAGS.contains(box.normalName())) {
                int[] c = byBox.computeIfAbsent(box, k -> new int[2]);
                c[0]++;
                c[1] += chars;
                return;
            }
        }
    }

    /** The number of controls removed from {@code box} and their characters: {count, chars}; null when none. */
    int[] in(Element box) {
        return byBox.get(box);
    }
}
