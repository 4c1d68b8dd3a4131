package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Removes page furniture from a parsed body in place: navigation, forms, hidden elements, figures' captions and
 * elements whose class/id name them as share bars, related lists, newsletters, ads and the like. Wrappers that hold
 * most of the page's text are kept whatever their names. Confined to one cleaning call.
 */
final class DomPruner {

    private static final Set<String> ALWAYS = Set.of("nav", "button", "input", "select", "textarea", "option",
            "object", "embed", "canvas", "map", "dialog", "link", "meta", "video", "audio", "picture", "img",
            "source", "figcaption", "base", "area");
    private static final Set<String> FURNITURE_TAGS = Set.of("aside", "footer", "header", "form", "menu");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "dialog", "menu", "menubar", "alert", "search", "toolbar", "tablist");
    private static final int WRAPPER_PROSE = 2500;
    private static final int MAIN_PROSE = 200;
    private static final int GATED_PROSE = 250;
    private static final int WIDGET_CHARS = 450;
    private static final int PULL_QUOTE_KEY = 20;
    private static final int WIDGET_PROSE = 300;
    /** Class/id names of wrappers around text behind a paywall. */
    private static final java.util.regex.Pattern GATED = java.util.regex.Pattern.compile(
            "(?i)paywall|premium|locked|subscriber|members?-?only|metered|gated|restricted");
    private static final String[] PROSE_FURNITURE = {"comment", "related", "recommend", "recirc", "popular",
        "trending", "more", "teaser", "newsletter", "promo", "latest", "footer"};
    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "hide", "d-none", "is-hidden",
            "w-condition-invisible", "display-none");
    private static final Set<String> NEVER = Set.of("html", "body", "main", "article");
    private static final Set<String> CAPTION_TAGS = Set.of("div", "p", "span", "small", "em");
    private static final Set<String> CAPTION_INLINE = Set.of("span", "em", "i", "b", "strong", "small", "br", "a",
            "cite");
    private static final String WIDGET = "prune.widget";
    private static final String FORM = "prune.tag.form";
    private static final int CAPTION_MIN = 20;
    private static final int CAPTION_MAX = 250;

    private DomPruner() {
    }

    /** The detached furniture and the text measures of what is left. */
    /**
     * The detached furniture, the text measures of what is left, and the elements that a removed box with text
     * followed (an ad, a subscribe box or a photo interrupted the page right after them).
     */
    record Pruned(List<Element> removed, TextStats stats, Set<Element> interruptedAfter, PrunedControls controls) {
        Pruned(List<Element> removed, TextStats stats) {
            this(removed, stats, Set.of(), new PrunedControls());
        }
    }


    /**
     * A cheap exact pre-test for {@link EditorialNote#opens}: the first character of the element's text past spaces
     * and bullets must be the first letter of one of its openers (c, u, e, a, t), which spares most elements the
     * building of their whole text.
     */
    private static boolean mayOpenNote(Element e) {
        int first = firstVisibleChar(e);
        return first < 0 || "cuteaCUTEA".indexOf(first) >= 0;
    }

    /** The first character of {@code e}'s text that is no space or bullet; -2 when there is none; -1 when unsure. */
    private static int firstVisibleChar(org.jsoup.nodes.Node n) {
        for (int i = 0, size = n.childNodeSize(); i < size; i++) {
            org.jsoup.nodes.Node child = n.childNode(i);
            if (child instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int k = 0; k < s.length(); k++) {
                    char ch = s.charAt(k);
                    if (!Character.isWhitespace(ch) && ch != '\u00a0' && "•*·–—-".indexOf(ch) < 0) {
                        return ch;
                    }
                }
            } else if (child instanceof Element) {
                int r = firstVisibleChar(child);
                if (r != -2) {
                    return r;
                }
            } else if (!(child instanceof org.jsoup.nodes.Comment) && !(child instanceof org.jsoup.nodes.DataNode)) {
                return -1;
            }
        }
        return -2;
    }

    /** The element right before {@code e} among its siblings, by a walk over nodes (no jsoup child list). */
    private static Element previousElement(Element e) {
        org.jsoup.nodes.Node n = e.previousSibling();
        while (n != null && !(n instanceof Element)) {
            n = n.previousSibling();
        }
        return (Element) n;
    }

    /** Removes furniture under {@code body}; the returned stats describe the pruned tree. */
    static Pruned prune(Element body) {
        return prune(body, null);
    }

    /** As {@link #prune(Element)}, recording each removal (and each named-furniture box kept) in {@code trace}. */
    static Pruned prune(Element body, CleanTrace trace) {
        TextStats stats = TextStats.of(body);
        List<Element> doomed = new ArrayList<>();
        PrunedControls controls = new PrunedControls();
        collect(body, stats, stats.get(body), doomed, controls, new FurnitureNames(), HiddenData.pageKey(body), trace);
        Set<Element> interruptedAfter = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e : doomed) {
            Element parent = e.parent();
            Element previous = previousElement(e);
            if (previous != null) {
                interruptedAfter.add(previous);
            }
            e.remove();
            stats.detached(e, parent);
        }
        return new Pruned(doomed, stats, interruptedAfter, controls);
    }

    private static void collect(Element e, TextStats stats, TextStats.Counts total, List<Element> doomed,
                                PrunedControls controls, FurnitureNames names, Supplier<String> pageKey, CleanTrace trace) {
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            String rule = furnitureRule(child, stats, total, names, pageKey, trace);
            if (rule != null) {
                doomed.add(child);
                if (rule.equals(WIDGET) || rule.equals(FORM)) {
                    controls.add(child, stats.get(child).chars);
                }
                if (trace != null && stats.get(child).chars > 0) {
                    trace.removed(rule, child.text());
                }
            } else {
                collect(child, stats, total, doomed, controls, names, pageKey, trace);
            }
        }
    }

    /** The name of the rule that makes {@code e} furniture, or null when it stays (kept decisions go to trace). */
    private static String furnitureRule(Element e, TextStats stats, TextStats.Counts total,
                                        FurnitureNames names, Supplier<String> pageKey, CleanTrace trace) {
        String rule = furnitureRule(e, stats, total, names, pageKey);
        if (trace != null && rule != null && rule.startsWith("+")) {
            trace.kept(rule.substring(1), e.text());
        }
        return rule == null || rule.startsWith("+") ? null : rule;
    }

    /** The removing rule, null, or "+rule" for a rule that keeps a box another rule would remove. */
    private static String furnitureRule(Element e, TextStats stats, TextStats.Counts total,
                                        FurnitureNames names, Supplier<String> pageKey) {
        String tag = e.normalName();
        if (ALWAYS.contains(tag)) {
            return isAccordionToggle(e, tag) ? "+prune.accordion-toggle" : "prune.tag." + tag;
        }
        TextStats.Counts c = stats.get(e);
        if (e.hasAttr("hidden") || isStyledHidden(e) || hasHiddenClass(e)) {
            // Hidden prose is kept: React streams server-rendered content into hidden placeholders, and
            // accordions and tabs hide parts of the article until clicked. Hidden data (keywords, dates, image
            // addresses) and a hidden second copy of visible text are not prose.
            if (c.paraChars < 200) {
                return "prune.hidden";
            }
            return HiddenData.isData(e.text()) ? "prune.hidden-data"
                    : HiddenData.isCopy(e, pageKey) ? "prune.hidden-copy" : "+prune.hidden-prose";
        }
        if (c.chars >= 200 && "true".equals(e.attr("aria-hidden"))
                && (HiddenData.isData(e.text()) || HiddenData.isCopy(e, pageKey))) {
            return "prune.aria-hidden-data";
        }
        if (e.hasAttr("itemprop") && HiddenData.isMicrodataOnly(e, c) && !isInSentence(e)) {
            return "prune.microdata";
        }
        if (NEVER.contains(tag)) {
            return null;
        }
        if (isImageCaption(e, tag, c, stats)) {
            return "prune.image-caption";
        }
        if (isImageBox(e, tag, c)) {
            return "prune.image-box";
        }
        boolean wrapper = c.chars > 500 && c.chars * 2 > total.chars
                || c.paraChars > 300 && c.paraChars * 2 > total.paraChars;
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (wrapper) {
            return (tag.equals("footer") || role.equals("contentinfo")) && hasProseOutside(e, stats)
                    ? "prune.footer-wrapper" : null;
        }
        if (role.equals("alert") && c.paraChars >= 150 && c.linkDensity() < 0.2) {
            return "+prune.alert-callout"; // a callout in the text ("Note: ..."), styled as an alert
        }
        if (c.chars < 1500 && c.linkDensity() < 0.3 && mayOpenNote(e) && EditorialNote.opens(e)) {
            return "+prune.editorial-note"; // a correction or update note: the outlet saying a claim changed
        }
        if ((tag.equals("div") || tag.equals("section") || tag.equals("aside") || tag.equals("p"))
                && HelpBox.is(e, c.chars)) {
            return "prune.help-box";
        }
        if ((tag.equals("p") || tag.equals("div")) && HouseNote.is(e, c.chars)) {
            return "prune.house-note";
        }
        if (isWidget(e, tag, c, stats)) {
            return WIDGET;
        }
        if (tag.equals("aside") && FactBox.is(e, c)) {
            return "+prune.fact-box";
        }
        if (FURNITURE_TAGS.contains(tag)) {
            return "prune.tag." + tag;
        }
        if (FURNITURE_ROLES.contains(role)) {
            return "prune.role." + role;
        }
        if ("true".equals(e.attr("aria-hidden")) && c.chars < 200) {
            return "prune.aria-hidden";
        }
        if ((tag.equals("blockquote") || tag.equals("figure")) && isPullQuote(e, pageKey)) {
            return "prune.pull-quote";
        }
        if (tag.equals("figure")) {
            return c.chars < 400 && e.getElementsByTag("blockquote").isEmpty()
                    && e.getElementsByTag("table").isEmpty() ? "prune.figure" : null;
        }
        if (tag.equals("a") && isJumpLink(e)) {
            return "prune.jump-link";
        }
        if (DomTrees.HEADINGS.contains(tag) || tag.equals("a") && isInSentence(e)) {
            // A heading's class names its look ("header-anchor"), a link's inside a paragraph its behaviour
            // ("external-popup"): neither is a box.
            return null;
        }
        String classAndId = BoilerplatePatterns.classAndId(e);
        if (classAndId.isEmpty() || !names.isFurniture(classAndId)) {
            return null;
        }
        if (isLayoutWrapper(c, classAndId)) {
            return "+prune.layout-wrapper";
        }
        if (isGatedProse(e, c, classAndId)) {
            return "+prune.gated-prose";
        }
        return isArticleHeader(e, c, classAndId) ? "+prune.article-header" : "prune.class-name";
    }

    /**
     * A quote set off with its speaker ({@code <cite>}) whose words stand in the text as well: a pull quote, a
     * display copy of the article's own sentence. Its attribution line ("Jane Doe, mayor") is no sentence of the text.
     */
    private static boolean isPullQuote(Element e, Supplier<String> pageKey) {
        Element cite = e.selectFirst("cite");
        if (cite == null || e.tagName().equals("figure") && e.selectFirst("blockquote") == null) {
            return false;
        }
        String quote = ParagraphFilter.key(e.text().replace(cite.text(), ""));
        if (quote.length() < PULL_QUOTE_KEY) {
            return false;
        }
        String page = pageKey.get();
        int first = page.indexOf(quote);
        if (first < 0 || page.indexOf(quote, first + 1) < 0 || e.ownerDocument() == null) {
            return false;
        }
        for (Element p : e.ownerDocument().body().getElementsByTag("p")) {
            if (p.closest("blockquote, figure") == null && ParagraphFilter.key(p.text()).contains(quote)) {
                return true; // a paragraph of the text says it too (two copies of one quote are no pull quote)
            }
        }
        return false;
    }

    /**
     * A small box that holds a button, a field or a menu: a sign-up, a call-out form, a consent gate, a prompt to
     * allow notifications, a comment box. The reader works it; its words (a heading, a pitch, a note under the field)
     * are part of the widget, not of the article. A box with more than a paragraph of prose is no widget, nor is one
     * of a row of cards alike (product cards with their buttons). (A paragraph of the story that shares a small box with
     * a form goes with it: sparing boxes whose text reports who said something cost precision on fresh pages.)
     */
    private static boolean isWidget(Element e, String tag, TextStats.Counts c, TextStats stats) {
        return c.controls > 0 && c.chars <= WIDGET_CHARS && c.paraChars <= WIDGET_PROSE
                && (tag.equals("div") || tag.equals("section") || tag.equals("p") || tag.equals("li"))
                && (tag.equals("p") || PromoBox.isOneOff(e)) && !isRowOfCards(e, stats) && !opensPitch(e.text());
    }

    /**
     * A caption set beside its picture without figure markup: a short text that shares its box with one picture (an
     * img, a picture, or a holder with an image and no text) and nothing else, in a box the page does not repeat.
     */
    private static boolean isImageCaption(Element e, String tag, TextStats.Counts c, TextStats stats) {
        Element parent = e.parent();
        if (c.chars < CAPTION_MIN || c.chars > CAPTION_MAX || !CAPTION_TAGS.contains(tag) || parent == null
                || NEVER.contains(parent.normalName()) || DomTrees.elementChildren(parent, 3) != 2) {
            return false;
        }
        for (Element d : e.getAllElements()) {
            if (d != e && !CAPTION_INLINE.contains(d.normalName())) {
                return false; // a caption is one run of text: a box of heading and paragraph is a card
            }
        }
        Element other = parent.firstElementChild() == e ? e.nextElementSibling() : parent.firstElementChild();
        if (other == null || stats.get(other).chars > 0 || parent.ownText().strip().length() > 0) {
            return false;
        }
        String name = other.normalName();
        // a picture and its text repeated box after box is a list of items (a gallery, a listicle), not a caption
        return (name.equals("img") || name.equals("picture") || !other.getElementsByTag("img").isEmpty())
                && PromoBox.isOneOff(parent) && !ReportedSpeech.attributes(e.text());
    }

    /**
     * A picture's box without figure markup: a one-off box that holds one picture and, besides it, a few words in no
     * paragraph, heading or link (a caption, a credit, a counter: "1 de 4"), none of them reporting who said what.
     */
    private static boolean isImageBox(Element e, String tag, TextStats.Counts c) {
        if (c.images == 0 || c.chars == 0 || c.chars > CAPTION_MAX || !(tag.equals("div") || tag.equals("section"))
                || e.getElementsByTag("img").size() > 1) {
            return false;
        }
        for (Element d : e.getAllElements()) {
            String name = d.normalName();
            if (name.equals("p") || name.equals("a") && !d.text().isBlank() || DomTrees.HEADINGS.contains(name)
                    || name.equals("li") || name.equals("table") || name.equals("blockquote")) {
                return false;
            }
        }
        return !ReportedSpeech.attributes(e.text()) && PromoBox.isOneOff(e);
    }

    /** Whether two of the box's children are alike (tag and class) and each holds a control: a row of cards. */
    private static boolean isRowOfCards(Element box, TextStats stats) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Element child = box.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (stats.get(child).controls > 0 && !ALWAYS.contains(child.normalName())
                    && !seen.add(child.normalName() + "." + child.className())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pitch to subscribe or sign up (a newsletter box, a paywall prompt) stays for the line rules: at the end of the
     * text it is where the page's tail begins, and the teasers after it go with it.
     */
    private static boolean opensPitch(String text) {
        return PitchPatterns.TAIL_OPENER.matcher(text).find() || PitchPatterns.PAYWALL.matcher(text).find();
    }

    /**
     * A box named like furniture ("grid-toc-content-sidebar") that holds more running prose than furniture ever
     * does: a layout wrapper around the article. Comment sections, footers and teaser lists (summaries of other
     * articles) are long prose too, so boxes named like those never count.
     */
    private static boolean isLayoutWrapper(TextStats.Counts c, String names) {
        if (c.paraChars < WRAPPER_PROSE || c.linkDensity() >= 0.25) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        for (String w : PROSE_FURNITURE) {
            if (lower.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A paywall, premium or members-only wrapper around paragraphs of the article: the text behind the gate is the
     * article's. The gate's prompt ("Subscribe to keep reading", a price and a button) is short and holds no such
     * paragraphs.
     */
    private static boolean isGatedProse(Element e, TextStats.Counts c, String names) {
        if (c.paraChars < GATED_PROSE || c.linkDensity() >= 0.2 || !GATED.matcher(names).find()) {
            return false;
        }
        int prose = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= 100 && ParagraphFilter.hasWords(p.text(), 15)) {
                prose++;
            }
        }
        return prose >= 2;
    }

    /**
     * Whether the page has a {@code <main>} or {@code <article>} with paragraphs of its own outside {@code footer}: a
     * footer that holds more text than the article (a long disclaimer under a short post) is still the footer.
     */
    private static boolean hasProseOutside(Element footer, TextStats stats) {
        Element root = footer.ownerDocument() == null ? null : footer.ownerDocument().body();
        if (root == null) {
            return false;
        }
        int footerProse = stats.get(footer).paraChars;
        for (Element m : root.select("main, article")) {
            if (DomTrees.isWithin(m, footer)) {
                continue;
            }
            int prose = stats.get(m).paraChars - (DomTrees.isWithin(footer, m) ? footerProse : 0);
            if (prose >= MAIN_PROSE) {
                return true;
            }
        }
        return false;
    }

    /**
     * A button that opens an accordion panel ("aria-controls", "aria-expanded") and holds a question or a title:
     * FAQ questions live in such buttons, and the answers stay on the page.
     */
    private static boolean isAccordionToggle(Element e, String tag) {
        return tag.equals("button") && (e.hasAttr("aria-controls") || e.hasAttr("aria-expanded"))
                && ParagraphFilter.hasWords(e.text(), 3);
    }

    /**
     * A link to a place on the same page that reads as page navigation ("Jump to the list", "Skip to content",
     * "Back to top"): it sometimes opens the first paragraph, and is never part of a sentence.
     */
    private static boolean isJumpLink(Element e) {
        String href = e.attr("href");
        return href.length() > 1 && href.charAt(0) == '#' && LinePatterns.isJumpPhrase(e.text());
    }

    /** An inline element within the running text of a paragraph. */
    private static boolean isInSentence(Element e) {
        Element p = e;
        while (p != null && ParagraphCollector.isInline(p)) {
            p = p.parent();
        }
        return p != e && p != null && p.nameIs("p");
    }

    /**
     * Whether a class hides the element on every screen: "d-none", "is-hidden", "w-condition-invisible" and the like,
     * unless another class shows it again at some width ("hidden md:block").
     */
    private static boolean hasHiddenClass(Element e) {
        String cls = e.className();
        if (cls.isEmpty() || !cls.contains("hid") && !cls.contains("none") && !cls.contains("invisible")) {
            return false; // a cheap test first: most elements have classes, few hide
        }
        boolean hidden = false;
        int n = cls.length();
        for (int start = 0, end; start < n; start = end + 1) { // the tokens split("\\s+") gives, without the regex
            end = start;
            while (end < n && !isRegexSpace(cls.charAt(end))) {
                end++;
            }
            String token = cls.substring(start, end);
            if (token.indexOf(':') >= 0 || token.startsWith("d-") && !token.equals("d-none")) {
                return false;
            }
            hidden |= HIDDEN_CLASSES.contains(token);
        }
        return hidden;
    }

    /**
     * A box named as a header that holds prose and no headline ("listicle-header" around the introduction,
     * "expert-header" around a quote, in paragraphs or not): page headers hold links, a logo, a search box or a hero
     * headline, not 300 characters of text with few links.
     */
    private static boolean isArticleHeader(Element e, TextStats.Counts c, String names) {
        return c.chars >= 300 && c.linkDensity() < 0.2 && names.toLowerCase(Locale.ROOT).contains("header")
                && e.selectFirst("h1, h2") == null;
    }

    /** The characters of {@code \s} in a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isStyledHidden(Element e) {
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
