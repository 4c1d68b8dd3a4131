package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.Set;

/** Small facts about element trees that several cleaning stages ask. */
final class DomTrees {

    /** The heading tags. */
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private DomTrees() {
    }

    /** Whether {@code e} is {@code ancestor} or lies inside it. */
    static boolean isWithin(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the link goes to a place on this page ("#section-2"): its text is the page's own, not another page's.
     * A bare "#" (or "#!") is a script's button, a link like any other.
     */
    static boolean isInPageAnchor(org.jsoup.nodes.Element a) {
        String h = a.attr("href");
        return h.length() > 1 && h.charAt(0) == '#' && h.charAt(1) != '!';
    }
}
