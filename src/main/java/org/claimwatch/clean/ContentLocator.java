package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the elements holding the main text: paragraphs score their ancestors (length, commas), candidates are
 * weighed by tag, class/id and link density, and the best one is joined by siblings that look like more of the
 * same article. Confined to one cleaning call.
 */
final class ContentLocator {

    private static final int MIN_PARAGRAPH = 25;
    private static final int INTRO_LEVELS = 6;
    private static final int MAX_INTERRUPTION = 250;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？][\"”’)]?$");
    private static final Pattern FAQ_HEADING = Pattern.compile("(?i)\\bFAQs?\\b|frequently asked questions");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "span", "font",
            "center", "li", "dd");

    private final TextStats stats;
    private final Set<Element> interruptedAfter;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();

    private ContentLocator(TextStats stats, Set<Element> interruptedAfter) {
        this.stats = stats;
        this.interruptedAfter = interruptedAfter;
    }

    /**
     * The content elements in document order (the body alone when nothing scores) and the standfirst outside them
     * (null when there is none).
     */
    record Located(List<Element> roots, Element standfirst) {
    }

    static Located locate(Element body, TextStats stats) {
        return locate(body, stats, Set.of());
    }

    /** As above; {@code interruptedAfter} holds the elements right before a box the pruner removed. */
    static Located locate(Element body, TextStats stats, Set<Element> interruptedAfter) {
        return new ContentLocator(stats, interruptedAfter).run(body);
    }

    private Located run(Element body) {
        List<Element> all = allElements(body);
        int h1 = -1;
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            String tag = e.normalName();
            if (h1 < 0 && tag.equals("h1")) {
                h1 = i;
            }
            boolean paragraph = PARAGRAPHS.contains(tag);
            if (!paragraph && !CONTAINERS.contains(tag)) {
                continue;
            }
            TextStats.Counts c = stats.get(e);
            int chars = paragraph ? c.chars : c.ownChars;
            if (chars < MIN_PARAGRAPH) {
                continue;
            }
            double score = paragraph ? 1 + Math.min(c.commas, 10) + Math.min(chars / 100.0, 3)
                    : (1 + Math.min(chars / 100.0, 3)) * Math.max(1, chars / 300.0);
            // Text sitting directly in a container (with <br>s) scores the container itself first.
            Element ancestor = paragraph ? e.parent() : e;
            int level = 0;
            while (ancestor != null && level < 5) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scoreOf(ancestor)[0] += score * share;
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
                level++;
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> en : scores.entrySet()) {
            double s = finalScore(en.getKey());
            if (s > bestScore) {
                bestScore = s;
                best = en.getKey();
            }
        }
        if (best == null) {
            return new Located(List.of(body), null);
        }
        Element climbed = climb(best, body);
        Element root = throughWrappers(climbed, body);
        List<Element> roots = withIntro(withSiblings(root, Math.max(bestScore, finalScore(climbed)), body,
                root != climbed), body);
        return new Located(roots, h1 < 0 ? null : Standfirst.find(all, h1, roots, stats));
    }

    /** {@code root} and every element under it in document order (a plain walk: no selector machinery). */
    private static List<Element> allElements(Element root) {
        List<Element> out = new ArrayList<>();
        addAll(root, out);
        return out;
    }

    private static void addAll(Element e, List<Element> out) {
        out.add(e);
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child) {
                addAll(child, out);
            }
        }
    }

    /** Widens the best candidate to ancestors while they add mostly prose: articles split into sections. */
    private Element climb(Element best, Element body) {
        if (best == body) {
            return body;
        }
        TextStats.Counts c = stats.get(best);
        Element chosen = best;
        for (Element a = best.parent(); a != null; a = a.parent()) {
            TextStats.Counts p = stats.get(a);
            int addedProse = p.paraChars - c.paraChars;
            int added = p.chars - c.chars;
            if (addedProse >= Math.max(100, c.paraChars * 0.5) && addedProse >= added * 0.6
                    && p.linkDensity() < 0.4) {
                chosen = a;
            } else if (added - addedProse > Math.max(2000, c.chars)) {
                break; // the ancestor mostly adds other things (navigation, teasers, forms): the article ends here
            }
            if (a == body) {
                break;
            }
        }
        return chosen;
    }

    /** Lifts the root through wrappers that add no text, so that its siblings (more article blocks) are seen. */
    private Element throughWrappers(Element root, Element body) {
        if (root == body) {
            return body; // never above it: the document's head is no content
        }
        int chars = stats.get(root).chars;
        Element e = root;
        while (e.parent() != null && e.parent() != body && stats.get(e.parent()).chars <= chars + 20) {
            e = e.parent();
        }
        return e;
    }

    /** Whether a box holds a link reading like a button ("Learn more", "Get started"): a promotion, not prose. */
    private static boolean hasCallToActionLink(Element box) {
        for (Element a : box.getElementsByTag("a")) {
            String t = a.text();
            if (!t.isEmpty() && t.length() < 40 && LinePatterns.CALL_TO_ACTION.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    private double[] scoreOf(Element e) {
        return scores.computeIfAbsent(e, k -> new double[]{initialScore(k, stats.get(k).chars)});
    }

    private static double initialScore(Element e, int chars) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        double hints = BoilerplatePatterns.classWeight(e)
                + (e.attr("itemprop").equalsIgnoreCase("articleBody") ? 25 : 0);
        // Class and id hints count in full only for elements holding a fair amount of text.
        return s + hints * Math.min(1.0, chars / 1000.0);
    }

    private double finalScore(Element e) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0] * (1 - stats.get(e).linkDensity());
    }

    /**
     * The best element with the siblings that look like more of the article; when {@code lifted} (the best element
     * was lifted through wrappers), siblings after it must score on their own: only intros before it are let in
     * on looks alone.
     */
    private List<Element> withSiblings(Element best, double bestScore, Element body, boolean lifted) {
        Element parent = best.parent();
        if (best == body || parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> children = parent.children();
        boolean[] in = new boolean[children.size()];
        int first = -1;
        int last = -1;
        boolean after = false;
        for (int i = 0; i < children.size(); i++) {
            Element sibling = children.get(i);
            if (sibling == best) {
                in[i] = true;
                after = true;
            } else {
                in[i] = after && lifted ? finalScore(sibling) >= threshold || isFaq(sibling)
                        || isMorePartOf(sibling, best) && isInterruptedBefore(children, in, i)
                        : isArticleSibling(sibling, best, threshold);
            }
            if (in[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            if (in[i] || i > first && i < last && (isBetweenArticleParts(children.get(i))
                    || in[i + 1] && isHeadingOf(children.get(i)))) {
                out.add(children.get(i));
            }
        }
        return out;
    }

    /**
     * The roots with the introduction that page builders set in boxes of their own before them: going up from the
     * roots, the run of prose blocks (and headings) right before each ancestor, up to the first block that is not
     * prose.
     */
    private List<Element> withIntro(List<Element> roots, Element body) {
        List<Element> intro = new ArrayList<>();
        Element node = roots.get(0).parent();
        for (int level = 0; level < INTRO_LEVELS && node != null && node != body; level++, node = node.parent()) {
            for (Element s = node.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                TextStats.Counts c = stats.get(s);
                if (c.chars == 0) {
                    continue;
                }
                if (!isHeadingOf(s) && !(sameKind(s, node) && looksLikeArticle(s, c))) {
                    return prepend(intro, roots);
                }
                intro.add(s);
            }
        }
        return prepend(intro, roots);
    }

    /** {@code intro} (nearest first) reversed, then the roots. */
    private static List<Element> prepend(List<Element> intro, List<Element> roots) {
        if (intro.isEmpty()) {
            return roots;
        }
        List<Element> out = new ArrayList<>(intro.size() + roots.size());
        for (int i = intro.size() - 1; i >= 0; i--) {
            out.add(intro.get(i));
        }
        out.addAll(roots);
        return out;
    }

    /**
     * Whether two elements are boxes of one kind: the same tag and the same class names once the numbered ones
     * ("elementor-element-98fbbca", "et_pb_row_5") are left out, or once digits are, when all are numbered ("sect1").
     */
    static boolean sameKind(Element a, Element b) {
        if (!a.normalName().equals(b.normalName())) {
            return false;
        }
        String ca = a.className();
        String cb = b.className();
        return !ca.isEmpty() && (ca.equals(cb) || !cb.isEmpty() && kindKey(ca).equals(kindKey(cb)));
    }

    private static Set<String> kindKey(String className) {
        Set<String> plain = new TreeSet<>();
        Set<String> stripped = new TreeSet<>();
        for (String token : SPACES.split(className)) {
            String noDigits = DIGITS.matcher(token).replaceAll("");
            if (noDigits.equals(token)) {
                plain.add(token);
            } else if (!noDigits.isEmpty()) {
                stripped.add(noDigits);
            }
        }
        return plain.isEmpty() ? stripped : plain;
    }

    /** A box of running prose: few links, mostly paragraphs, no button. */
    private static boolean looksLikeArticle(Element e, TextStats.Counts c) {
        return c.chars > 80 && c.linkDensity() < 0.25 && c.paraChars >= c.chars * 0.7
                && !(c.chars < 600 && hasCallToActionLink(e));
    }

    /**
     * A later part of a body split across boxes of one kind (around an ad, a photo or a subscribe box): a box of the
     * best one's kind holding prose, however short, with few links and no button.
     */
    private boolean isMorePartOf(Element sibling, Element best) {
        if (!sameKind(sibling, best)) {
            return false;
        }
        TextStats.Counts c = stats.get(sibling);
        if (c.chars < 30 || c.linkDensity() >= 0.25 || c.chars < 600 && hasCallToActionLink(sibling)) {
            return false;
        }
        String t = sibling.text().strip();
        if (c.chars < 600) {
            Element h = sibling.selectFirst("h1, h2, h3, h4, h5, h6");
            if (h != null && t.startsWith(h.text())) {
                return false; // a short box under its own title ("Download our free tools"): a promotion
            }
        }
        return c.paraChars >= c.chars * 0.7 || ParagraphFilter.hasWords(t, 6) && SENTENCE_END.matcher(t).find();
    }

    /**
     * Whether something interrupted the page between the last part taken and child {@code i}: a box the pruner
     * removed, or short boxes left in place (an ad label, a photo credit); any longer box between them ends the
     * article.
     */
    private boolean isInterruptedBefore(List<Element> children, boolean[] in, int i) {
        boolean interrupted = false;
        for (int k = i - 1; k >= 0; k--) {
            Element e = children.get(k);
            if (interruptedAfter.contains(e)) {
                interrupted = true;
            }
            if (in[k]) {
                return interrupted;
            }
            TextStats.Counts c = stats.get(e);
            if (c.chars >= MAX_INTERRUPTION && c.linkDensity() < 0.5) {
                return false;
            }
            interrupted |= c.chars > 0;
        }
        return false;
    }

    /** A section of questions and answers that the article ends with, under a heading that says so. */
    private boolean isFaq(Element sibling) {
        TextStats.Counts c = stats.get(sibling);
        if (c.chars < 200 || c.linkDensity() >= 0.25) {
            return false;
        }
        Element heading = sibling.selectFirst("h2, h3, h4");
        return heading != null && FAQ_HEADING.matcher(heading.text()).find();
    }

    /** A block between two parts of the article (a table of short lines, say) that is neither links nor a promotion. */
    private boolean isBetweenArticleParts(Element sibling) {
        TextStats.Counts c = stats.get(sibling);
        return c.chars >= 200 && c.linkDensity() < 0.2 && !(c.chars < 600 && hasCallToActionLink(sibling));
    }

    /** A heading (not a link) right before a part of the article: that part's heading. */
    private boolean isHeadingOf(Element sibling) {
        return DomTrees.HEADINGS.contains(sibling.normalName()) && stats.get(sibling).linkDensity() < 0.5;
    }

    private boolean isArticleSibling(Element sibling, Element best, double threshold) {
        double bonus = !best.className().isEmpty() && best.className().equals(sibling.className())
                ? scores.containsKey(best) ? scores.get(best)[0] * 0.2 : 0 : 0;
        if (finalScore(sibling) + bonus >= threshold) {
            return true;
        }
        TextStats.Counts c = stats.get(sibling);
        double ld = c.linkDensity();
        if (!sibling.normalName().equals("p")) {
            return c.chars > 80 && ld < 0.25 && c.paraChars >= c.chars * 0.7
                    && !(c.chars < 600 && hasCallToActionLink(sibling));
        }
        if (c.chars > 80) {
            return ld < 0.25;
        }
        return c.chars > 0 && ld == 0 && sibling.text().matches(".*[.!?]\\s*$");
    }
}
