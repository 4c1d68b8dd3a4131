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
    private static final int MORE_LINK_WORDS = 5;
    private static final int SENTENCE_WORDS = 8;
    private static final int ACTION_MAX_CHARS = 300;
    private static final int ACTION_LINK_WORDS = 12;
    private static final int ACTION_LINKS = 3;
    private static final int ACTION_PROSE = 200;

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
        if (last == null || last.parent() == null) {
            return false;
        }
        String t = buttonText(last);
        if (isDataBox(e, last, t)) {
            return true; // "All scores", "Full results", "7-day forecast": a box of data that sends the reader on
        }
        if (isActionBox(e, c, last, t)) {
            return true;
        }
        if (last.parent().nameIs("p")) {
            return false; // a button stands alone: a link inside a sentence ("learn more about us") is not one
        }
        if (last.attr("href").startsWith("tel:")) {
            return isOneOff(e); // "Or call us directly 1-800-...": a contact box
        }
        return !t.isEmpty() && t.length() < 40
                && (LinePatterns.CALL_TO_ACTION.matcher(t).matches()
                || PitchPatterns.BUTTON.matcher(t).matches() && isOneOff(e))
                && !LinePatterns.LIST_HEADING.matcher(t).matches();
    }

    /**
     * A one-off box of a line or two to the reader that closes with its links (three at most), each standing alone (a
     * button, however deep its wrappers, a row of buttons, or a link in a paragraph of its own): "Your gift keeps reporters on the road. [Give now]",
     * in any language and whatever the link says. A box with a heading is a card; text quoting someone, or a paragraph of
     * {@value #ACTION_PROSE} characters or more, is the article's.
     */
    private static boolean isActionBox(Element box, TextStats.Counts c, Element last, String linkText) {
        if (c.chars > ACTION_MAX_CHARS || linkText.isEmpty() || linkText.split(" ").length > ACTION_LINK_WORDS
                || last.attr("href").startsWith("#") || !endsWith(box, last) || !isOneOff(box) || hasHeading(box)) {
            return false; // a titled box ending in a link is a card, which may be the page's own text
        }
        org.jsoup.select.Elements links = box.getElementsByTag("a");
        if (links.size() > ACTION_LINKS) {
            return false;
        }
        String pitch = box.text();
        for (Element a : links) {
            if (!standsAloneDeep(box, a) || a.text().isEmpty() || a.text().split(" ").length > ACTION_LINK_WORDS) {
                return false; // every link a button ("App Store", "Google Play"), none inside a sentence
            }
            pitch = pitch.replace(a.text(), "");
        }
        pitch = pitch.strip();
        if (pitch.length() < MIN_CHARS || ReportedSpeech.in(pitch, 0)) {
            return false;
        }
        for (Element p : box.getElementsByTag("p")) {
            if (p.text().length() >= ACTION_PROSE) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasHeading(Element box) {
        for (Element e : box.getAllElements()) {
            String names = e.className().toLowerCase(java.util.Locale.ROOT);
            if (DomTrees.HEADINGS.contains(e.normalName()) || names.contains("headline") || names.contains("title")) {
                return true; // a heading, or a block named as one ("slide-headline", "card__title")
            }
        }
        return false;
    }

    /**
     * Whether every element between {@code link} and {@code box} holds links and nothing else: the link is a button,
     * alone or in a row of buttons, not a word of a sentence.
     */
    private static boolean standsAloneDeep(Element box, Element link) {
        for (Element e = link.parent(); e != null && e != box; e = e.parent()) {
            if (e.nameIs("li") || !onlyLinks(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyLinks(Element e) {
        String rest = e.text();
        for (Element a : e.getElementsByTag("a")) {
            rest = rest.replace(a.text(), "");
        }
        return rest.replaceAll("[\\s|·•/-]", "").isEmpty();
    }

    /**
     * A labelled box (a heading, or a paragraph that opens in bold) of data, with no sentence of prose, that closes
     * with a short link of its own to another page: a scoreboard, a results table, a forecast, a fact box of
     * another story.
     */
    private static boolean isDataBox(Element box, Element last, String linkText) {
        return !linkText.isEmpty() && !last.attr("href").startsWith("#")
                && linkText.split(" ").length <= MORE_LINK_WORDS && standsAlone(box, last) && endsWith(box, last)
                && isLabelled(box) && isOneOff(box) && !holdsASentence(box);
    }

    /**
     * Whether a paragraph of the box is a sentence of {@value #SENTENCE_WORDS} words or more: a card that argues
     * ("The funds that made Vanguard famous continue to offer ...") is a part of the page's text; a score, a result
     * table, a forecast or a fact list is not.
     */
    private static boolean holdsASentence(Element box) {
        for (Element p : box.getElementsByTag("p")) {
            String t = p.text().strip();
            if (!t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 && ParagraphFilter.hasWords(t, SENTENCE_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the link is a child of the box, or alone in its own paragraph: not an item of a list of links. */
    private static boolean standsAlone(Element box, Element link) {
        Element parent = link.parent();
        return parent == box || !parent.nameIs("li") && parent.parent() == box && parent.text().equals(link.text());
    }

    /** Whether nothing but white space follows {@code last} in {@code box}: the link closes the box. */
    private static boolean endsWith(Element box, Element last) {
        for (org.jsoup.nodes.Node n = last; n != null && n != box; n = n.parent()) {
            for (org.jsoup.nodes.Node s = n.nextSibling(); s != null; s = s.nextSibling()) {
                if (s instanceof org.jsoup.nodes.TextNode tn ? !tn.isBlank() : s instanceof Element el && !el.text().isBlank()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the box opens with a label of its own: a heading, or a first paragraph that opens in bold. A box of
     * the article's text does not title itself.
     */
    private static boolean isLabelled(Element box) {
        Element first = box.firstElementChild();
        if (first == null) {
            return false;
        }
        if (DomTrees.HEADINGS.contains(first.normalName())) {
            return true;
        }
        Element inner = first.firstElementChild();
        return inner != null && (inner.nameIs("strong") || inner.nameIs("b"))
                && first.text().startsWith(inner.text());
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
