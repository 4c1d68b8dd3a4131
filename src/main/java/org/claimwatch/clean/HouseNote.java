package org.claimwatch.clean;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.regex.Pattern;

/**
 * A house note, told by its typography and its address rather than its words: a paragraph set wholly in italics that
 * gives an address to write to. Read by {@link DomPruner}.
 */
final class HouseNote {

    private static final int MAX_CHARS = 450;
    private static final int MIN_CHARS = 40;
    private static final Evaluator ITALIC = QueryParser.parse("em, i");
    private static final Evaluator MAILTO = QueryParser.parse("a[href^=mailto:]");
    /** An e-mail address (also read by {@link HelpBox}). */
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    private HouseNote() {
    }

    /**
     * A house note in any language: a paragraph set wholly in italics (the outlet's voice beside the article) that
     * gives an address to write to (a complaints or corrections policy, an ethics pledge, a tip line). A correction set
     * the same way is the outlet saying a claim changed, and stays ({@link EditorialNote}).
     */
    static boolean is(Element e, int chars) {
        if (chars > MAX_CHARS || chars < MIN_CHARS || !opensInItalics(e)) {
            return false;
        }
        int italic = 0;
        for (Element i : e.select(ITALIC)) {
            if (i.parent() == null || i.parent().closest(ITALIC) == null) {
                italic += TextStats.visibleChars(i.text());
            }
        }
        if (italic * 10 < chars * 9) {
            return false;
        }
        String text = e.text();
        return (EMAIL.matcher(text).find() || e.selectFirst(MAILTO) != null)
                && !EditorialNote.opens(text) && !ReportedSpeech.attributes(text);
    }

    /** Whether the first thing in {@code e} past blanks is an italic run (a cheap test before counting them all). */
    private static boolean opensInItalics(Element e) {
        for (org.jsoup.nodes.Node n = e.firstChild(); n != null; n = n.firstChild()) {
            while (n instanceof org.jsoup.nodes.TextNode t && t.isBlank() && n.nextSibling() != null) {
                n = n.nextSibling();
            }
            if (!(n instanceof Element el)) {
                return false;
            }
            if (el.nameIs("em") || el.nameIs("i")) {
                return true;
            }
        }
        return false;
    }
}
