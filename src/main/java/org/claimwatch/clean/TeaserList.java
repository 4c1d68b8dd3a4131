package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Teaser lists of other stories, found by repetition wherever they sit: a run of three or more sibling boxes of one
 * shape (tag and class names), each opening with a headline that links to another page of the same site (four words
 * or more, or a heading that the card's picture links to as well) and adding at most a short summary, a byline, a
 * date or a few tags, the headlines all different; or each an image and a headline with no
 * link at all (cards made clickable by script), a heading alone. A box with a long prose sentence is never
 * a teaser, nor a box whose link sits inside a sentence or leads to another site (lists of products or sources).
 * Confined to one cleaning call.
 */
final class TeaserList {

    private static final int MIN_RUN = 3;
    private static final int MAX_BOXES = 3000;
    private static final int MAX_BOX = 700;
    private static final int MAX_OTHER = 320;
    private static final int MAX_PREFIX = 40;
    private static final int LONG_SENTENCE_WORDS = 25;
    /** Distinct addresses a box may link to: a headline, its picture, an author and a few tags. */
    private static final int MAX_LINKS = 6;
    private static final Set<String> BOX_TAGS = Set.of("div", "article", "section", "li", "aside");

    private final TextStats stats;
    private final String host;
    private final Set<Element> teasers = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Boxes left to examine: bounds the work on pathological pages (tens of thousands of links). */
    private int budget = MAX_BOXES;

    private TeaserList(TextStats stats, String host) {
        this.stats = stats;
        this.host = host;
    }

    /** The teaser boxes (and the short heading right before each run) under {@code roots}. */
    static Set<Element> find(List<Element> roots, TextStats stats, String pageUrl) {
        TeaserList t = new TeaserList(stats, LinkTargets.hostOf(pageUrl));
        for (Element root : roots) {
            t.scan(root);
        }
        return t.teasers;
    }

    private void scan(Element e) {
        if (budget <= 0) {
            return;
        }
        if (hasChildren(e, MIN_RUN)) {
            scanRuns(e);
        }
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!teasers.contains(child) && stats.get(child).chars > 0) {
                scan(child);
            }
        }
    }

    /** Marks every run of at least three same-shape teaser boxes among {@code parent}'s children. */
    private void scanRuns(Element parent) {
        if (followsProse(parent)) {
            return; // "Here are the courses you can take:": the items are what the text announces
        }
        List<Element> children = new java.util.ArrayList<>();
        for (Element c = parent.firstElementChild(); c != null; c = c.nextElementSibling()) {
            children.add(c);
        }
        String[] href = new String[children.size()];
        boolean[] done = new boolean[children.size()];
        int i = 0;
        while (i < children.size() && budget > 0) {
            Element first = children.get(i);
            if (headline(children, i, href, done) == null) {
                i++;
                continue;
            }
            Set<String> hrefs = new HashSet<>();
            hrefs.add(href[i]);
            int j = i + 1;
            int boxes = 1;
            while (j < children.size()) {
                Element next = children.get(j);
                if (stats.get(next).chars == 0) {
                    j++;
                    continue;
                }
                if (!sameShape(first, next)) {
                    break;
                }
                String h = headline(children, j, href, done);
                if (h == null || !hrefs.add(h)) {
                    break;
                }
                boxes++;
                j++;
            }
            if (boxes >= MIN_RUN) {
                for (int k = i; k < j; k++) {
                    teasers.add(children.get(k));
                }
                Element before = first.previousElementSibling();
                if (before != null && DomTrees.HEADINGS.contains(before.normalName())
                        && before.text().length() < 60 && !ParagraphFilter.hasWords(before.text(), 8)) {
                    teasers.add(before); // "More stories", "Latest news": the run's title
                }
                i = j;
            } else {
                i = Math.max(i + 1, j - 1); // no run can start inside this one and be longer
            }
        }
    }

    /** Child {@code i}'s headline address ({@link #headlineHref}), computed once per child. */
    private String headline(List<Element> children, int i, String[] href, boolean[] done) {
        if (!done[i]) {
            done[i] = true;
            href[i] = budget-- > 0 ? headlineHref(children.get(i)) : null;
        }
        return href[i];
    }

    /**
     * A list right after a paragraph of the text that introduces it (ending in a colon) or is prose itself (fifteen
     * words or more): a list of the article, whatever its items link to. A heading before a list ("Related
     * stories:") introduces no such thing.
     */
    private static boolean followsProse(Element list) {
        if (!list.nameIs("ul") && !list.nameIs("ol")) {
            return false;
        }
        Element lead = list.previousElementSibling();
        if (lead == null || !lead.nameIs("p")) {
            return false;
        }
        String t = lead.text().strip();
        return (t.endsWith(":") || t.endsWith("：")) && ParagraphFilter.hasWords(t, 3)
                || ParagraphFilter.hasWords(t, 15);
    }

    private static boolean sameShape(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && (a.className().equals(b.className())
                || ContentLocator.sameKind(a, b));
    }

    /**
     * The address of the headline a teaser box opens with, or null when {@code box} is no teaser: the box is short,
     * its first real link reads as a headline (four words or more), leads to this site, opens the box's text (after
     * a short kicker) or sits in a heading, and the rest is a short summary, byline or date without a long sentence.
     */
    private String headlineHref(Element box) {
        if (!BOX_TAGS.contains(box.normalName())) {
            return null;
        }
        TextStats.Counts c = stats.get(box);
        if (c.linkChars == 0 && c.chars >= 20 && c.chars <= MAX_OTHER) {
            return cardHeadline(box);
        }
        if (c.chars < 20 || c.chars > MAX_BOX || c.chars - c.linkChars > MAX_OTHER) {
            return null;
        }
        Element headline = null;
        List<String> pictureHrefs = new java.util.ArrayList<>(2);
        boolean sectionCard = false;
        List<String> hrefs = new java.util.ArrayList<>(MAX_LINKS + 1);
        for (Element a : links(box, new java.util.ArrayList<>())) {
            String href = a.attr("href");
            if (href.isEmpty() || href.startsWith("#")) {
                continue;
            }
            if (!hrefs.contains(href)) {
                hrefs.add(href);
                if (hrefs.size() > MAX_LINKS) {
                    return null;
                }
            }
            if (a.text().isBlank()) {
                pictureHrefs.add(href);
            } else if (headline == null && ParagraphFilter.hasWords(a.text(), 4)) {
                headline = a;
            } else if (headline == null && pictureHrefs.contains(href) && inHeading(a, box)) {
                headline = a;
                sectionCard = true;
            }
        }
        if (headline == null || !isInternal(headline)
                || c.linkChars * 4 < c.chars && !sectionCard) {
            return null;
        }
        String text = box.text();
        String headlineText = headline.text();
        if (!opensBox(box, headline, text, headlineText) || hasLongSentence(text, headlineText)) {
            return null;
        }
        return headline.attr("href");
    }

    /**
     * A card whose text holds no link: a heading that reads as a headline (four words or more) opens the box, and
     * either it is all the box's text (the whole box clickable by script, its image already pruned) or the box links
     * to a page of this site from its picture and adds at most a short summary or date. The heading stands for the
     * address.
     */
    private String cardHeadline(Element box) {
        Element heading = firstHeading(box);
        if (heading == null) {
            return null;
        }
        String text = heading.text().strip();
        String all = box.text().strip();
        if (!ParagraphFilter.hasWords(text, 4) || !all.startsWith(text)) {
            return null;
        }
        if (text.equals(all)) {
            return "card:" + text;
        }
        for (Element a : links(box, new java.util.ArrayList<>())) {
            if (a.attr("href").length() > 1 && !a.attr("href").startsWith("#") && isInternal(a)) {
                return hasLongSentence(all, text) ? null : "card:" + text;
            }
        }
        return null;
    }

    /**
     * Whether link {@code a} sits in a heading inside {@code box}: a headline of a word or three ("Rail Fares") that
     * the card's picture also links to is a card's title.
     */
    private static boolean inHeading(Element a, Element box) {
        for (Element p = a.parent(); p != null && p != box; p = p.parent()) {
            if (DomTrees.HEADINGS.contains(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the headline link opens the box's text after at most a short kicker, or is (in) a heading. */
    private static boolean opensBox(Element box, Element headline, String text, String headlineText) {
        for (Element p = headline; p != null && p != box; p = p.parent()) {
            if (DomTrees.HEADINGS.contains(p.normalName())) {
                return true;
            }
            if (p.nameIs("p")) {
                return false; // a link inside a paragraph's sentence
            }
        }
        if (hasHeading(headline)) {
            return true;
        }
        int at = text.indexOf(headlineText);
        return at >= 0 && at <= MAX_PREFIX;
    }

    /** Whether {@code e} has at least {@code n} element children (without building jsoup's child list). */
    private static boolean hasChildren(Element e, int n) {
        int count = 0;
        for (Element c = e.firstElementChild(); c != null && count < n; c = c.nextElementSibling()) {
            count++;
        }
        return count >= n;
    }

    /** The links under {@code e} in document order, by a plain walk. */
    private static List<Element> links(Element e, List<Element> out) {
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (c.nameIs("a")) {
                out.add(c);
            }
            links(c, out);
        }
        return out;
    }

    private static boolean hasHeading(Element e) {
        return firstHeading(e) != null;
    }

    /** The first heading under {@code e} in document order, by a plain walk; null when there is none. */
    private static Element firstHeading(Element e) {
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (DomTrees.HEADINGS.contains(c.normalName())) {
                return c;
            }
            Element below = firstHeading(c);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** Whether the box's text outside its headline holds a sentence of many words: prose, not a summary line. */
    private static boolean hasLongSentence(String text, String headlineText) {
        String rest = text.replace(headlineText, " ");
        int words = 0;
        boolean in = false;
        for (int i = 0; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '。' || ch == '！' || ch == '？') {
                words = 0;
                in = false;
                continue;
            }
            boolean w = Character.isLetterOrDigit(ch);
            if (w && (!in || TextStats.isWide(ch))) {
                // a character of Han or kana counts half a word
                words += TextStats.isWide(ch) ? (i % 2) : 1;
                if (words >= LONG_SENTENCE_WORDS) {
                    return true;
                }
            }
            in = w;
        }
        return false;
    }

    /** Whether a link leads to a page of the site itself: a relative address or one on the page's host. */
    private boolean isInternal(Element a) {
        String href = a.attr("href").strip();
        if (href.startsWith("/") && !href.startsWith("//") || !href.contains(":") && !href.startsWith("//")) {
            return true;
        }
        String h = LinkTargets.hostOf(href.startsWith("//") ? "https:" + href : href);
        return h != null && host != null && LinkTargets.sameSite(h, host);
    }

}
