package org.claimwatch.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns content elements into text blocks: block elements and {@code <br>} break paragraphs, headings are marked,
 * link-heavy lists and boxes are skipped, and a bold kicker such as "Live updates: Follow the latest on" with its
 * link is dropped. In text mode (fragments without markup) newlines break paragraphs. Confined to one call.
 */
final class ParagraphCollector implements NodeFilter {

    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn",
            "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
            "wbr", "font", "strike", "tt", "big", "del", "ins", "nobr", "acronym", "label");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "table", "tbody", "menu");
    private static final String CONTENTS_LIST = "collect.contents-list";
    /** A list's label is at most this long. */
    private static final int MAX_LABEL = 60;
    /** Elements that make a box of their own ({@link Boxes}); so does a paragraph broken by {@code <br>}. */
    static final Set<String> BOX_TAGS = Set.of("div", "section", "article", "aside", "header", "footer",
            "figure", "form", "details", "ul", "ol", "dl", "table", "menu");
    private static final Pattern KICKER = Pattern.compile(
            "(?i)\\s*(?:live(?: updates?| blog| coverage)?|breaking(?: news)?|read(?: more| also| next)?|related|"
                    + "see also|also read|more|watch|listen|recommended)\\b[^.!?]{0,60}:\\s*(?:follow[^.!?]{0,50})?");

    /** Characters typed as bullets at the start of a paragraph. */
    private static final String BULLETS = "\u2022\u25aa\u25cf\u25e6\u2023\u25a0\u2043";

    private final TextStats stats;
    private final boolean textMode;
    private final CleanTrace trace;
    private Set<Element> teasers = Set.of();
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int headingDepth;
    private int linkDepth;
    private int listItemDepth;
    private boolean skipNextLink;
    /** The bold kicker being read, and where its text starts and ends in {@link #text}. */
    private Element kicker;
    private int kickerStart;
    private int kickerEnd;
    /** Per open list: {1 for ordered, 0 for bulleted, the last item number}. */
    private final java.util.ArrayDeque<int[]> lists = new java.util.ArrayDeque<>();
    private String pendingMarker = "";
    private Element row;
    private final Boxes boxes;
    /** The boxes open at this point of the walk, innermost first, with their numbers. */
    private final java.util.ArrayDeque<Element> openBoxes = new java.util.ArrayDeque<>();
    private final java.util.ArrayDeque<Integer> openBoxNumbers = new java.util.ArrayDeque<>();
    /** Whether each table met so far has a caption or header cells: asked once per table, not once per row. */
    private final java.util.Map<Element, Boolean> titledTables = new java.util.IdentityHashMap<>();

    /** The page's host without "www.", or null: a list of links elsewhere under a label is a list of sources. */
    private final String pageHost;

    private ParagraphCollector(TextStats stats, boolean textMode, Boxes boxes, String pageHost, CleanTrace trace) {
        this.stats = stats;
        this.textMode = textMode;
        this.boxes = boxes;
        this.pageHost = pageHost;
        this.trace = trace;
    }

    /**
     * Inline elements, and custom elements (a dash in the name, as in {@code <hl-trusted-source>}) that sit inside a
     * paragraph or another inline element: those wrap words of a sentence, not blocks.
     */
    static boolean isInline(Element e) {
        String tag = e.normalName();
        if (INLINE.contains(tag)) {
            return true;
        }
        if (tag.indexOf('-') < 0) {
            return false;
        }
        Element parent = e.parent();
        return parent != null && (parent.nameIs("p") || INLINE.contains(parent.normalName()));
    }

    static List<Block> collect(List<Element> roots, TextStats stats, boolean textMode) {
        return collect(roots, stats, textMode, null);
    }

    /** As {@link #collect(List, TextStats, boolean)}, recording skipped boxes in {@code trace} (nullable). */
    static List<Block> collect(List<Element> roots, TextStats stats, boolean textMode, CleanTrace trace) {
        return collect(roots, stats, textMode, Set.of(), trace);
    }

    /** As above, skipping the {@code teasers} ({@link TeaserList}) wherever they sit. */
    static List<Block> collect(List<Element> roots, TextStats stats, boolean textMode, Set<Element> teasers,
                               CleanTrace trace) {
        return collect(roots, stats, textMode, teasers, new Boxes(), null, trace);
    }

    /**
     * As above, recording in {@code boxes} the boxes the blocks sit in and the furniture skipped in each, on a page of
     * {@code pageHost} (nullable).
     */
    static List<Block> collect(List<Element> roots, TextStats stats, boolean textMode, Set<Element> teasers,
                               Boxes boxes, String pageHost, CleanTrace trace) {
        ParagraphCollector c = new ParagraphCollector(stats, textMode, boxes, pageHost, trace);
        c.teasers = teasers;
        for (Element root : roots) {
            if (roots.size() > 1 && !textMode && PromoBox.is(root, root.normalName(), stats)) {
                // one of several containers of the text, which is itself a pitch set between them
                if (trace != null) {
                    trace.removed("collect.promo-box", root.text());
                }
                continue;
            }
            NodeTraversor.filter(c, root);
            c.flush();
        }
        return c.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (row != null) {
            return rowHead(e, tag);
        }
        if (tag.equals("br") || tag.equals("hr")) {
            flush();
            return FilterResult.CONTINUE;
        }
        if (isInline(e)) {
            return inlineHead(e, tag);
        }
        if (depth > 0 || teasers.contains(e)) {
            String rule = teasers.contains(e) ? "collect.teaser-list" : linkBoxRule(e, tag);
            if (rule == null && listItemDepth == 0 && PromoBox.is(e, tag, stats)) {
                rule = "collect.promo-box";
            }
            if (rule != null) {
                if (trace != null) {
                    trace.removed(rule, e.text());
                }
                if (rule.equals(CONTENTS_LIST)) {
                    dropLabel(e.previousElementSibling());
                }
                boxes.skipped(box(), stats.get(e).chars);
                return FilterResult.SKIP_ENTIRELY;
            }
        }
        flush();
        if (depth > 0 && (BOX_TAGS.contains(tag) || tag.equals("p") && stats.get(e).breaks > 0)) {
            openBoxNumbers.push(boxes.open(box(), e));
            openBoxes.push(e);
        }
        if (tag.equals("tr") && isSimpleRow(e)) {
            row = e;
            return FilterResult.CONTINUE;
        }
        listHead(e, tag);
        if (DomTrees.HEADINGS.contains(tag)) {
            headingDepth++;
        }
        if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
            listItemDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (isInline(e)) {
                if (tag.equals("a") && linkDepth > 0 && !DomTrees.isInPageAnchor(e)) {
                    linkDepth--;
                }
                if (e == kicker) {
                    kicker = null;
                    kickerEnd = text.length();
                    skipNextLink = true;
                }
                return FilterResult.CONTINUE;
            }
            if (row != null) {
                if (e != row) {
                    return FilterResult.CONTINUE;
                }
                flush(inTitledTable(row, titledTables));
                row = null;
                return FilterResult.CONTINUE;
            }
            flush();
            if (openBoxes.peek() == e) {
                openBoxes.pop();
                openBoxNumbers.pop();
            }
            if ((tag.equals("ul") || tag.equals("ol")) && !lists.isEmpty()) {
                lists.pop();
            }
            if (DomTrees.HEADINGS.contains(tag)) {
                headingDepth--;
            }
            if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
                listItemDepth--;
            }
        }
        return FilterResult.CONTINUE;
    }

    private FilterResult inlineHead(Element e, String tag) {
        boolean atStart = isBlank(text);
        if (atStart && (tag.equals("b") || tag.equals("strong")) && KICKER.matcher(e.text()).matches()) {
            kicker = e;
            kickerStart = text.length();
            return FilterResult.CONTINUE;
        }
        if (tag.equals("a")) {
            if (skipNextLink && kickerEnd <= text.length() && isBlank(text.subSequence(kickerEnd, text.length()))) {
                // The kicker ("Read more:") and the link right after it go together; a kicker followed by words
                // ("Watch this space: we interviewed ...") stays as the sentence's start.
                skipNextLink = false;
                if (trace != null) {
                    trace.removed("collect.kicker-link", text.substring(kickerStart) + e.text());
                }
                text.setLength(kickerStart);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (!DomTrees.isInPageAnchor(e)) {
                linkDepth++;
            }
        }
        return FilterResult.CONTINUE;
    }

    /**
     * Inside a simple table row, written as one line: cells are joined by a space, and anything else that starts
     * inside a cell, a line break included, is a space too.
     */
    private FilterResult rowHead(Element e, String tag) {
        if (isInline(e)) {
            return inlineHead(e, tag);
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
        return FilterResult.CONTINUE;
    }

    /** Remembers open lists and sets the marker of the item starting here: "- " or its number. */
    private void listHead(Element e, String tag) {
        if (tag.equals("ul") || tag.equals("ol")) {
            int start = 0;
            if (tag.equals("ol")) {
                try {
                    start = e.hasAttr("start") ? Integer.parseInt(e.attr("start").strip()) - 1 : 0;
                } catch (NumberFormatException ex) {
                    start = 0;
                }
            }
            lists.push(new int[]{tag.equals("ol") ? 1 : 0, start});
        } else if (tag.equals("li") && !lists.isEmpty()) {
            int[] list = lists.peek();
            pendingMarker = list[0] == 1 ? ++list[1] + ". " : "- ";
        }
    }

    /** A table row of two or more short cells without nested tables, written as one line of its cells. */
    private boolean isSimpleRow(Element tr) {
        if (textMode || stats.get(tr).chars > 1000 || !tr.getElementsByTag("table").isEmpty()) {
            return false;
        }
        int cells = 0;
        for (Element c : tr.children()) {
            String n = c.normalName();
            if (n.equals("td") || n.equals("th")) {
                cells++;
            }
        }
        return cells >= 2;
    }

    /**
     * Whether a row belongs to a table with a caption or header cells (a table of figures, not a layout grid); the
     * answer for each table is kept in {@code known}.
     */
    private static boolean inTitledTable(Element tr, java.util.Map<Element, Boolean> known) {
        for (Element p = tr.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table")) {
                return known.computeIfAbsent(p, table -> table.selectFirst("caption, th") != null);
            }
        }
        return false;
    }

    /**
     * The rule that skips {@code e} for where its links lead or how many of its words they hold: the page's contents,
     * a bar of social networks, a box of links; or null.
     */
    private String linkBoxRule(Element e, String tag) {
        TextStats.Counts c = stats.get(e);
        if ((tag.equals("ul") || tag.equals("ol")) && LinkTargets.isContentsList(e, c)) {
            return CONTENTS_LIST;
        }
        if (LinkTargets.isSocialBar(e, c)) {
            return "collect.social-bar";
        }
        return isLinkBox(e, tag) ? "collect.link-box" : null;
    }

    /** Drops the last block when it is the short label of a list of contents just skipped ("In this article:"). */
    private void dropLabel(Element label) {
        if (label == null || blocks.isEmpty() || !isBlank(text)) {
            return;
        }
        String last = blocks.get(blocks.size() - 1).text();
        char end = last.isEmpty() ? '.' : last.charAt(last.length() - 1);
        if (last.length() <= MAX_LABEL && end != '.' && end != '!' && end != '?' && last.equals(label.text().strip())) {
            if (trace != null) {
                trace.removed(CONTENTS_LIST, last);
            }
            blocks.remove(blocks.size() - 1);
        }
    }

    private boolean isLinkBox(Element e, String tag) {
        TextStats.Counts c = stats.get(e);
        if (c.chars == 0) {
            return false;
        }
        double ld = c.linkDensity();
        if (LISTS.contains(tag)) {
            return ld > 0.8 && !isIntroducedList(e, tag) && !isAddress(e.text()) && !isLabelledSources(e, tag);
        }
        if (tag.equals("p") || !(ld > 0.55 && c.chars < 2000 || ld > 0.75)) {
            return false;
        }
        return !tag.equals("li") || !isIntroducedList(e.parent(), e.parent().normalName()) && !isAddress(e.text())
                && !isLabelledSources(e.parent(), e.parent().normalName());
    }

    /**
     * A list that a paragraph or heading of the text introduces ("Other apps you may find helpful:", "Check out…"):
     * its items are what the sentence announces, even when every one of them is a link.
     */
    static boolean isIntroducedList(Element list, String tag) {
        String t = lead(list, tag);
        return t != null && (t.endsWith(":") || t.endsWith("：") || t.endsWith("…") || t.endsWith("..."))
                && ParagraphFilter.hasWords(t, 3);
    }

    /** A list of sources ({@link LinkTargets#isSourceList}) under a label, however short ("Sources:"). */
    private boolean isLabelledSources(Element list, String tag) {
        String t = lead(list, tag);
        return t != null && (t.endsWith(":") || t.endsWith("：")) && LinkTargets.isSourceList(list, pageHost);
    }

    /** The text of the paragraph or heading right before a {@code ul} or {@code ol}, or null. */
    private static String lead(Element list, String tag) {
        if (!tag.equals("ul") && !tag.equals("ol")) {
            return null;
        }
        Element lead = list.previousElementSibling();
        if (lead == null || !lead.nameIs("p") && !DomTrees.HEADINGS.contains(lead.normalName())) {
            return null;
        }
        return lead.text().strip();
    }

    /**
     * Text that starts with a web address: a list of sources written as their URLs is a reference list, not
     * navigation (whose links read as titles).
     */
    private static boolean isAddress(String t) {
        return t.startsWith("http://") || t.startsWith("https://");
    }

    private void appendText(String s) {
        if (skipNextLink && !s.isBlank()) {
            skipNextLink = false;
        }
        int start = text.length();
        if (isNormalized(s)) {
            text.append(s); // the common case, in one copy: what the loop below would append char by char
            if (linkDepth > 0) {
                linkChars += text.length() - start;
            }
            return;
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            if (textMode && ch == '\n') {
                flush();
                start = text.length();
                i++;
            } else if (isSpace(ch)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                i++;
            } else {
                int j = i + 1;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                text.append(s, i, j); // a run of visible characters in one go
                i = j;
            }
        }
        if (linkDepth > 0) {
            linkChars += text.length() - start;
        }
    }

    private void flush() {
        flush(false);
    }

    /** The innermost open box, or {@link Boxes#NONE}. */
    private int box() {
        Integer b = openBoxNumbers.peek();
        return b == null ? Boxes.NONE : b;
    }

    /** Ends the current block; {@code tableRow} when it is a row of a titled table read across. */
    private void flush(boolean tableRow) {
        if (skipNextLink && kickerEnd <= text.length() && isBlank(text.subSequence(kickerEnd, text.length()))) {
            text.setLength(kickerStart); // a kicker alone in its paragraph ("Related:") announces other pages
        }
        String s = text.toString().strip();
        if (s.length() > 2 && BULLETS.indexOf(s.charAt(0)) >= 0 && s.charAt(1) == ' ') {
            s = s.substring(2).strip(); // a typed bullet ("• Mesh networks ...") is a list item like <li>
            if (pendingMarker.isEmpty()) {
                pendingMarker = "- ";
            }
        }
        if (!s.isEmpty()) {
            double ld = Math.min(1.0, (double) linkChars / s.length());
            blocks.add(new Block(s, headingDepth > 0, ld, listItemDepth > 0, pendingMarker, tableRow, box()));
            pendingMarker = "";
        }
        text.setLength(0);
        linkChars = 0;
        skipNextLink = false; // a kicker's link sits in its own paragraph: a list after a lead-in is not it
        kicker = null;
    }

    /**
     * Whether {@code s} needs no collapsing here: its only spaces are single plain spaces, and a leading one follows
     * a character of the text so far.
     */
    private boolean isNormalized(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
            return false;
        }
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (isSpace(ch)) {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    private static boolean isSpace(char ch) {
        return ch <= ' ' ? Character.isWhitespace(ch)
                : ch == '\u00a0' || ch == '\u200b' || ch >= '\u1680' && Character.isWhitespace(ch);
    }

    private static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
