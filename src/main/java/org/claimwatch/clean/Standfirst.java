package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The standfirst (dek, subtitle, intro) that pages set right after the headline, outside the container of the
 * body text: a short prose paragraph among the next siblings of the {@code <h1>}, before the content. Pure.
 */
final class Standfirst {

    private static final int MAX_SIBLINGS = 3;
    private static final int MIN_CHARS = 40;
    private static final int MAX_CHARS = 600;
    /** A standfirst box of a few lines ("Typical range: ...", a sentence, a note) is let in whole. */
    private static final int MAX_BLOCKS = 3;
    /** How many elements after a wrapped headline are searched for its standfirst. */
    private static final int WRAPPED_WINDOW = 30;

    /**
     * A line that tells the reader what to do ("Learn how ...", "Discover ...", "Find out ...") or describes the page
     * itself ("A complete guide to ...", "This article explains ...") is the page's search description, not the news's
     * standfirst.
     */
    private static final Pattern INSTRUCTION = Pattern.compile("\\W*(?:learn|discover|explore|find out|unlock|master|"
            + "check out|read on|dive into|get (?:the|all|your)|see (?:how|why|what|which)|uncover)\\b"
            // or describes the page itself: "A complete guide to ...", "This article explains ..."
            + "|\\W*(?:an?\\s+(?:(?:complete|comprehensive|quick|short|brief|simple|detailed|step-by-step|"
            + "beginner['’]s|practical|handy|ultimate|in-depth|full)\\s+)*(?:guide|manual|overview|look|review|"
            + "tutorial|roundup|primer|explainer|introduction)\\s+(?:to|on|of|at|for)|this\\s+(?:article|guide|post|"
            + "page|piece|explainer|tutorial|review)\\s+(?:explains|covers|looks|shows|walks|describes|outlines|"
            + "explores|examines|breaks)|this\\s+is\\s+an?\\s+(?:(?:quick|short|brief|complete)\\s+)?(?:guide|review|"
            + "look|overview))\\b", Pattern.CASE_INSENSITIVE);

    private Standfirst() {
    }

    /**
     * The standfirst before the roots, or null. {@code all} is the body's elements in document order, {@code h1} the
     * index of the first {@code <h1>} among them.
     */
    static Element find(List<Element> all, int h1, List<Element> roots, TextStats stats) {
        if (roots.isEmpty()) {
            return null;
        }
        Element first = roots.get(0);
        Element heading = all.get(h1);
        if (first.nameIs("body") || DomTrees.isWithin(heading, first)) {
            return null;
        }
        int firstIndex = all.indexOf(first);
        if (firstIndex < h1) {
            return null;
        }
        Element sibling = heading.nextElementSibling();
        for (int n = 0; sibling != null && n < MAX_SIBLINGS; n++, sibling = sibling.nextElementSibling()) {
            if (DomTrees.isWithin(first, sibling)) {
                return null;
            }
            TextStats.Counts c = stats.get(sibling);
            if (c.chars == 0) {
                continue;
            }
            if (isStandfirst(sibling, c)) {
                return sibling;
            }
            if (c.chars > MAX_CHARS) {
                return null;
            }
        }
        return heading.nextElementSibling() == null ? afterWrappedHeading(all, h1, firstIndex, stats) : null;
    }

    /**
     * The standfirst of a headline wrapped alone in a box ({@code <div><h1>..</h1></div><div>byline</div><p>dek</p>}):
     * the first prose paragraph among the next few elements, before the content.
     */
    private static Element afterWrappedHeading(List<Element> all, int h1, int firstIndex, TextStats stats) {
        Element heading = all.get(h1);
        for (int i = h1 + 1; i < firstIndex && i <= h1 + WRAPPED_WINDOW; i++) {
            Element e = all.get(i);
            if (e.nameIs("p") && !DomTrees.isWithin(e, heading) && isStandfirst(e, stats.get(e))) {
                return e;
            }
        }
        return null;
    }

    /**
     * The paragraphs with the standfirst's (one to three lines) put first, unless one of them is boilerplate or the
     * body repeats it near its start.
     */
    static List<Paragraph> prepend(List<Block> standfirst, List<Paragraph> paragraphs) {
        if (standfirst.isEmpty() || standfirst.size() > MAX_BLOCKS || paragraphs.isEmpty()) {
            return paragraphs;
        }
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < paragraphs.size() && start.length() < 3000; i++) {
            start.append(ParagraphFilter.key(paragraphs.get(i).text()));
        }
        List<Paragraph> out = new ArrayList<>(paragraphs.size() + standfirst.size());
        for (Block b : standfirst) {
            if (LineRules.isBoilerplate(b) || start.indexOf(ParagraphFilter.key(b.text())) >= 0) {
                return paragraphs;
            }
            out.add(new Paragraph(Mojibake.repair(b.text()), false));
        }
        out.addAll(paragraphs);
        return out;
    }

    private static boolean isStandfirst(Element e, TextStats.Counts c) {
        if (c.chars < MIN_CHARS || c.chars > MAX_CHARS || c.linkDensity() > 0.3) {
            return false;
        }
        String tag = e.normalName();
        if (!tag.equals("p") && !tag.equals("div") && !tag.equals("h2") && !tag.equals("span")) {
            return false;
        }
        String t = e.text();
        return ParagraphFilter.hasWords(t, 8) && t.matches("(?s).*[.!?…。！？]['\"’”)」』]?\\s*$")
                && !INSTRUCTION.matcher(t).lookingAt();
    }
}
