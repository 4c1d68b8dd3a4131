package org.claimwatch.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text measures of every element under a root, computed in one post-order pass: visible characters, characters
 * inside links (in-page {@code #anchors} excepted), commas, and characters of prose paragraphs. Confined to one cleaning call.
 */
final class TextStats {

    /** Measures of one element's subtree. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int ownChars;
        int paraChars;
        /** Form controls (buttons, fields, menus) in the subtree; accordion toggles and hidden fields aside. */
        int controls;
        /** Pictures ({@code img}, {@code picture}) and line breaks ({@code br}) in the subtree. */
        int images;
        int breaks;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Counts EMPTY = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        stats.measure(root);
        return stats;
    }

    /** Takes a just-detached element's counts off its former ancestors, so the stats stay valid without a recount. */
    void detached(Element removed, Element formerParent) {
        Counts r = counts.get(removed);
        if (r == null || r.chars == 0 && r.paraChars == 0 && r.images == 0 && r.breaks == 0) {
            return;
        }
        boolean inline = ParagraphCollector.isInline(removed);
        for (Element a = formerParent; a != null; a = a.parent()) {
            Counts c = counts.get(a);
            if (c == null) {
                break;
            }
            c.chars -= r.chars;
            c.linkChars = Math.max(0, c.linkChars - r.linkChars);
            c.commas -= r.commas;
            c.paraChars = Math.max(0, c.paraChars - r.paraChars);
            c.images -= r.images;
            c.breaks -= r.breaks;
            if (inline && a == formerParent) {
                c.ownChars -= r.chars;
            }
        }
    }

    Counts get(Element e) {
        Counts c = counts.get(e);
        return c == null ? EMPTY : c;
    }

    /** Measures {@code e}'s subtree post-order (the parser bounds its depth), recording every element's counts. */
    private Counts measure(Element e) {
        Counts c = new Counts();
        boolean link = e.nameIs("a") && !DomTrees.isInPageAnchor(e);
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            Node child = e.childNode(i);
            if (child instanceof TextNode t) {
                addText(t.getWholeText(), c);
            } else if (child instanceof Element ce) {
                Counts cc = measure(ce);
                c.chars += cc.chars;
                c.linkChars += cc.linkChars;
                c.commas += cc.commas;
                c.paraChars += cc.paraChars;
                c.controls += cc.controls;
                c.images += cc.images;
                c.breaks += cc.breaks;
                if (ParagraphCollector.isInline(ce)) {
                    c.ownChars += cc.chars;
                }
            }
        }
        if (link) {
            c.linkChars = c.chars;
        }
        if (isControl(e, c)) {
            c.controls++;
        }
        if (e.nameIs("img") || e.nameIs("picture")) {
            c.images++;
        } else if (e.nameIs("br")) {
            c.breaks++;
        }
        if (c.chars >= 60 && (e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote"))
                && c.linkChars * 3 < c.chars) {
            c.paraChars = c.chars;
        } else if (c.chars >= 20 && isItemOrHeading(e) && c.linkChars * 3 < c.chars && c.paraChars == 0) {
            c.paraChars = c.chars;
        } else if (c.ownChars >= 60 && !ParagraphCollector.isInline(e) && c.linkChars * 3 < c.ownChars) {
            c.paraChars += c.ownChars - c.linkChars;
        }
        counts.put(e, c);
        return c;
    }

    /**
     * A control a reader works rather than reads: a button with a label (not an accordion's toggle; icon buttons
     * play, zoom and copy inside articles), a text field, a menu. Check boxes are left out: checklists are articles.
     */
    private static boolean isControl(Element e, Counts c) {
        return switch (e.normalName()) {
            case "button" -> c.chars >= 2 && !e.hasAttr("aria-controls") && !e.hasAttr("aria-expanded")
                    && !e.attr("role").equals("checkbox");
            case "input" -> TEXT_FIELDS.contains(e.attr("type").toLowerCase(java.util.Locale.ROOT));
            case "select", "textarea" -> true;
            default -> false;
        };
    }

    private static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("", "text", "email", "search", "tel",
            "number", "url", "password", "submit");

    /** Characters as rendered: whitespace runs count as one space, leading whitespace not at all. */
    private static boolean isItemOrHeading(Element e) {
        return switch (e.normalName()) {
            case "li", "td", "dd", "dt", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    /** How many Latin characters one character of Han or kana stands for in length thresholds. */
    static final int WIDE_WEIGHT = 3;

    /** Han ideographs, hiragana, katakana and CJK compatibility ideographs: scripts written without spaces. */
    static boolean isWide(char ch) {
        return ch >= '\u3040' && ch <= '\u30ff' // hiragana, katakana
                || ch >= '\u3400' && ch <= '\u4dbf' // extension A
                || ch >= '\u4e00' && ch <= '\u9fff' // unified ideographs
                || ch >= '\uf900' && ch <= '\ufaff' // compatibility ideographs
                || ch >= '\u31f0' && ch <= '\u31ff'; // katakana phonetic extensions
    }

    /** Scripts written without spaces between words whose letters are alphabetic: Thai, Lao, Khmer, Myanmar. */
    static boolean isUnspacedAlphabet(char ch) {
        return ch >= '\u0e00' && ch <= '\u0eff' || ch >= '\u1780' && ch <= '\u17ff'
                || ch >= '\u1000' && ch <= '\u109f';
    }

    /** The length of {@code s} for length thresholds: a character of Han or kana counts {@link #WIDE_WEIGHT} times. */
    static int weightedLength(String s) {
        int n = s.length();
        for (int i = 0, len = s.length(); i < len; i++) {
            char ch = s.charAt(i);
            if (ch >= '\u2e80' && isWide(ch)) {
                n += WIDE_WEIGHT - 1;
            }
        }
        return n;
    }

    /**
     * Adds a text node's characters as rendered, and its commas, to {@code c} in one pass. A character of Han or kana
     * counts {@link #WIDE_WEIGHT} times: those scripts write about two characters per word and no spaces, where Latin
     * text takes some six characters a word.
     */
    /** The visible characters of {@code s}, counted as the stats count an element's text. */
    static int visibleChars(String s) {
        Counts c = new Counts();
        addText(s, c);
        return c.chars;
    }

    private static void addText(String s, Counts c) {
        int n = 0;
        int commas = 0;
        boolean space = true;
        for (int i = 0, len = s.length(); i < len; i++) {
            char ch = s.charAt(i);
            if (ch < 128) { // the common case, in fewer tests: the same answers as below
                if (ch > ' ') {
                    n++;
                    space = false;
                    if (ch == ',') {
                        commas++;
                    }
                } else if (!space) {
                    n++;
                    space = true;
                }
            } else if (ch != '\u00a0' && (ch < '\u2000' || !Character.isWhitespace(ch))) {
                n += ch >= '\u2e80' && isWide(ch) ? WIDE_WEIGHT : 1;
                space = false;
                if (ch == '，' || ch == '、') {
                    commas++;
                }
            } else if (!space) {
                n++;
                space = true;
            }
        }
        c.chars += n;
        c.ownChars += n;
        c.commas += commas;
    }
}
