package org.claimwatch.clean;

import org.jsoup.nodes.Element;

/**
 * A small box of a pitch that ends in a button ("Learn more", "View Premium Services") or in a phone link: a promotion
 * inside the article. Rows of product or course cards end in buttons too and are told apart by their repeated class.
 * Pure.
 */
final class PromoBox {

    private static final int MIN_CHARS = 40;
    private static final int MAX_CHARS = 400;
    private static final int CARD_LEVELS = 4;

    private PromoBox() {
    }

    /** Whether {@code e} (a div, section or aside outside list items) is such a box. */
    static boolean is(Element e, String tag, TextStats stats) {
        if (!tag.equals("div") && !tag.equals("section") && !tag.equals("aside")) {
            return false;
        }
        TextStats.Counts c = stats.get(e);
        if (c.chars < MIN_CHARS || c.chars > MAX_CHARS) {
            return false;
        }
        Element last = null;
        for (Element a : e.getElementsByTag("a")) {
            last = a;
        }
        if (last == null || last.parent() == null || last.parent().nameIs("p")) {
            return false; // a button stands alone: a link inside a sentence ("learn more about us") is not one
        }
        if (last.attr("href").startsWith("tel:")) {
            return isOneOff(e); // "Or call us directly 1-800-...": a contact box
        }
        String t = buttonText(last);
        return !t.isEmpty() && t.length() < 40
                && (LinePatterns.CALL_TO_ACTION.matcher(t).matches()
                || PitchPatterns.BUTTON.matcher(t).matches() && isOneOff(e))
                && !LinePatterns.LIST_HEADING.matcher(t).matches();
    }

    /**
     * The words of a button link: its text, or its aria-label when the visible label sat in an aria-hidden span that
     * the pruner has removed.
     */
    private static String buttonText(Element a) {
        String t = a.text();
        return t.isEmpty() ? a.attr("aria-label").strip() : t;
    }

    /**
     * Whether a box stands alone rather than being (inside) one of a row of cards: product and course cards end in
     * buttons too, but come in siblings of the same tag and class.
     */
    static boolean isOneOff(Element box) {
        Element e = box;
        for (int level = 0; level < CARD_LEVELS && e.parent() != null; level++, e = e.parent()) {
            for (Element sibling : e.parent().children()) {
                if (sibling != e && sibling.normalName().equals(e.normalName())
                        && sibling.className().equals(e.className())) {
                    return false;
                }
            }
        }
        return true;
    }
}
