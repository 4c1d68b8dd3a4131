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

    /**
     * The start of {@code e}'s text, at least {@code limit} characters of it when it has that many, white space
     * collapsed as {@link Element#text()} does: for a test of how a box opens without building all of its text.
     */
    static String textPrefix(Element e, int limit) {
        StringBuilder sb = new StringBuilder();
        appendText(e, sb, limit, Integer.MAX_VALUE);
        return sb.toString().strip();
    }

    /**
     * As {@link #textPrefix}, but cut at {@code limit} characters (before the strip) even inside a text node: a
     * prefix of {@link #textPrefix}'s answer, and at most {@code limit} characters long, so that a look at how a
     * long box opens costs no more than its opening.
     */
    static String textStart(Element e, int limit) {
        StringBuilder sb = new StringBuilder(limit);
        appendText(e, sb, limit, limit);
        return sb.toString().strip();
    }

    /** Appends {@code n}'s text until {@code limit} is reached between nodes, or {@code cut} anywhere. */
    private static void appendText(org.jsoup.nodes.Node n, StringBuilder sb, int limit, int cut) {
        for (int i = 0, size = n.childNodeSize(); i < size && sb.length() < limit; i++) {
            org.jsoup.nodes.Node child = n.childNode(i);
            if (child instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int k = 0; k < s.length() && sb.length() < cut; k++) {
                    char ch = s.charAt(k);
                    boolean space = Character.isWhitespace(ch);
                    if (space) {
                        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                            sb.append(' ');
                        }
                    } else {
                        sb.append(ch);
                    }
                }
            } else if (child instanceof Element c) {
                boolean block = c.isBlock() || c.normalName().equals("br");
                if (block && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                appendText(c, sb, limit, cut);
                if (block && sb.length() > 0 && sb.length() < cut && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            }
        }
    }

    /** The number of element children of {@code e}, counted up to {@code max} (without building the child list). */
    static int elementChildren(Element e, int max) {
        int n = 0;
        for (int i = 0, size = e.childNodeSize(); i < size && n < max; i++) {
            if (e.childNode(i) instanceof Element) {
                n++;
            }
        }
        return n;
    }
}
