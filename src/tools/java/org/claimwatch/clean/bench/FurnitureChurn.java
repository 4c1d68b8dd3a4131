package org.claimwatch.clean.bench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes furniture-churned copies of a benchmark page, leaving the article untouched. A body text node is
 * <em>article</em> when its normalised text occurs in the page's human-reviewed main text, or it sits in the
 * {@code <h1>} or repeats the title; every other text node with a letter or digit is <em>furniture</em>. (A short
 * furniture text that happens to occur in the article is left alone: the copies churn a little less than
 * everything, never the article.)
 * <ul>
 *   <li>{@link Mode#VOLATILE}: only what really changes between fetches: link texts of three words or more (teasers)
 *   are swapped for other pages' link texts; numbers (counters, dates, times) move; weekday and month names
 *   rotate.</li>
 *   <li>{@link Mode#FULL}: every furniture text is replaced by other pages' furniture of about the same length
 *   (headlines with numbers and quotes, promo lines, bylines).</li>
 *   <li>{@link Mode#FULL_SPARING_ARTICLE_BLOCKS}: the same, except texts inside a block (paragraph, heading, list
 *   item) that also holds article text: inline code, a link or a bold run that the ground truth left out of a
 *   sentence it kept (a diagnostic of how much of full churn is the ground truth's granularity).</li>
 * </ul>
 * {@link #editBodyNumber} also changes one number inside the article. Deterministic for a given page and pool.
 */
public final class FurnitureChurn {

    /** Which furniture changes. */
    public enum Mode { NONE, VOLATILE, FULL, FULL_SPARING_ARTICLE_BLOCKS }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern BODY_NUMBER = Pattern.compile("(?<![\\d.,:/-])\\d{2,4}(?![\\d:/]|[.,]\\d)");
    private static final List<String> ROTATING = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Pattern ROTATING_WORD = Pattern.compile("\\b(" + String.join("|", ROTATING) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** Short texts that change between fetches: dates, times, "N minutes ago", counters. */
    private static final Pattern VOLATILE_TEXT = Pattern.compile("\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
            + "|\\b(ago|updated|published|posted)\\b|\\b\\d+(\\.\\d+)?[km]?\\s*(comments?|views?|shares?|likes?|reads?|"
            + "followers?|subscribers?|replies|responses|reactions|min(ute)?s?|hours?|days?)\\b|"
            + "\\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(\\d|[a-z]{3,9}\\.?\\s+\\d)|\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?"
            + "|dec(ember)?)\\.?\\s+\\d",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SKIP_PARENTS = Set.of("script", "style", "textarea", "template", "title");

    /** Furniture texts of other pages to swap in: link texts (teasers) and all furniture lines. */
    public record Pool(List<String> links, List<String> lines) {
    }

    /** A churned copy: its HTML, and for a body edit the number before and after (null otherwise). */
    public record Copy(String html, String numberBefore, String numberAfter, int churnedNodes) {
    }

    private FurnitureChurn() {
    }

    /** The page parsed once, re-serialised as UTF-8 (both sides of a comparison go through this). */
    public static Document parse(BenchPage page) throws IOException {
        Document doc = Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.truth().url());
        doc.charset(StandardCharsets.UTF_8);
        return doc;
    }

    /** Adds the furniture texts of a page to a pool. */
    public static void collect(BenchPage page, Document doc, List<String> links, List<String> lines) {
        Classifier c = new Classifier(page);
        for (TextNode t : textNodes(doc)) {
            if (!c.furniture(t)) {
                continue;
            }
            String s = t.text().strip();
            if (words(s) >= 3) {
                lines.add(s);
                if (inLink(t)) {
                    links.add(s);
                }
            }
        }
    }

    /** Adds the article text nodes of a page (eight words or more) to a pool of bodies for {@link #sibling}. */
    public static void collectBody(BenchPage page, Document doc, List<String> out) {
        Classifier c = new Classifier(page);
        for (TextNode t : textNodes(doc)) {
            if (c.article(t) && words(t.getWholeText()) >= 8) {
                out.add(t.getWholeText().strip());
            }
        }
    }

    /**
     * Another article of the page's site, for the site-memory mode of {@code bench-churn}: the page's template and
     * furniture around another body. Every article text node (and the h1 and title) is replaced by text from
     * {@code bodies} (other pages' articles), and the furniture gets volatile churn of its own (teasers rotate,
     * counters tick), as on another page of the same site fetched at another time. {@code salt} picks the body
     * and the churn. Deterministic for a given page, pool and salt.
     */
    public static String sibling(BenchPage page, Document doc, Pool pool, List<String> bodies, int salt) {
        Classifier c = new Classifier(page);
        Random random = new Random(page.truth().id().hashCode() * 131L + salt * 7919L);
        int next = random.nextInt(Math.max(1, bodies.size()));
        for (TextNode t : textNodes(doc)) {
            String s = t.getWholeText();
            boolean inH1 = false;
            for (Node p = t.parent(); p instanceof Element e; p = p.parent()) {
                inH1 |= e.normalName().equals("h1");
            }
            if ((c.article(t) || inH1) && !bodies.isEmpty() && LETTER_OR_DIGIT.matcher(s).find()) {
                String body = bodies.get(next++ % bodies.size());
                if (inH1 || words(s) < 8) {
                    String[] w = body.split("\\s+");
                    body = String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, Math.max(1, words(s)))));
                }
                t.text((s.startsWith(" ") ? " " : "") + body + (s.endsWith(" ") ? " " : ""));
            } else if (c.furniture(t)) {
                String replaced = volatileChurn(t, s, pool, random);
                if (!replaced.equals(s)) {
                    t.text(replaced);
                }
            }
        }
        if (!bodies.isEmpty()) {
            String[] w = bodies.get(next % bodies.size()).split("\\s+");
            doc.title(String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 9))));
        }
        return doc.outerHtml();
    }

    /** A sentence of news, with a figure found nowhere else, that {@link #churn} can add to the article. */
    public static final String ADDED_SENTENCE = "Officials said on Tuesday that 4,321 residents had been moved to "
            + "shelters after the river burst its banks overnight.";

    /** A churned copy of a freshly parsed page ({@code doc} is changed). */
    public static Copy churn(BenchPage page, Document doc, Mode mode, boolean editBody, Pool pool) {
        return churn(page, doc, mode, editBody, false, pool);
    }

    /**
     * As {@link #churn(BenchPage, Document, Mode, boolean, Pool)}; with {@code addParagraph}, a paragraph holding
     * {@link #ADDED_SENTENCE} is also added to the article, after an article paragraph in its middle third (the
     * Copy's numberBefore is then "", numberAfter the sentence; null when the page has no article paragraph).
     */
    public static Copy churn(BenchPage page, Document doc, Mode mode, boolean editBody, boolean addParagraph,
                             Pool pool) {
        return churn(page, doc, mode, editBody, addParagraph, pool, 0);
    }

    /**
     * As {@link #churn(BenchPage, Document, Mode, boolean, boolean, Pool)}, with the random choices (which teasers
     * and lines come in) drawn from another stream for each {@code salt}: more re-fetches of the same pages, for
     * finding failure classes on the TUNE half without looking at the CHECK half. Salt 0 is the default copy.
     */
    public static Copy churn(BenchPage page, Document doc, Mode mode, boolean editBody, boolean addParagraph,
                             Pool pool, int salt) {
        Classifier c = new Classifier(page);
        Random random = new Random(page.truth().id().hashCode() * 31L + mode.ordinal() + salt * 1_000_003L);
        List<TextNode> nodes = textNodes(doc);
        int churned = 0;
        List<TextNode> article = new ArrayList<>();
        java.util.Set<Element> articleBlocks = new java.util.HashSet<>();
        if (mode == Mode.FULL_SPARING_ARTICLE_BLOCKS) {
            for (TextNode t : nodes) {
                if (c.article(t) && block(t) != null) {
                    articleBlocks.add(block(t));
                }
            }
        }
        for (TextNode t : nodes) {
            if (!c.furniture(t) || articleBlocks.contains(block(t))) {
                if (c.article(t)) {
                    article.add(t);
                }
                continue;
            }
            String s = t.getWholeText();
            String replaced = switch (mode) {
                case NONE -> s;
                case VOLATILE -> volatileChurn(t, s, pool, random);
                case FULL, FULL_SPARING_ARTICLE_BLOCKS -> fullChurn(s, pool, random);
            };
            if (!replaced.equals(s)) {
                t.text(replaced);
                churned++;
            }
        }
        String before = null;
        String after = null;
        if (addParagraph) {
            for (int k = 0; k < article.size(); k++) {
                TextNode t = article.get((article.size() / 3 + k) % article.size());
                Element b = block(t);
                if (b != null && words(t.getWholeText()) >= 8 && !b.normalName().equals("body")) {
                    b.after("<p>" + ADDED_SENTENCE + "</p>");
                    before = "";
                    after = ADDED_SENTENCE;
                    break;
                }
            }
        }
        if (editBody) {
            String[] edit = editBodyNumber(article);
            if (edit != null) {
                before = edit[0];
                after = edit[1];
            }
        }
        return new Copy(doc.outerHtml(), before, after, churned);
    }

    /** The nearest block element holding a text node (a paragraph, a heading, a list item, a box). */
    private static Element block(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = p.parent()) {
            if (e.isBlock()) {
                return e;
            }
        }
        return null;
    }

    private static String volatileChurn(TextNode t, String s, Pool pool, Random random) {
        if (teaserLink(t) && words(s) >= 3 && !pool.links().isEmpty()) {
            return pool.links().get(random.nextInt(pool.links().size()));
        }
        if (!VOLATILE_TEXT.matcher(s).find() || words(s) > 8) {
            return s;
        }
        String moved = shiftNumbers(s);
        Matcher m = ROTATING_WORD.matcher(moved);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int i = ROTATING.indexOf(w);
            String next = i < 7 ? ROTATING.get((i + 1) % 7) : i < 19 ? ROTATING.get(7 + (i - 7 + 1) % 12)
                    : ROTATING.get(19 + (i - 19 + 1) % 11);
            if (Character.isUpperCase(m.group(1).charAt(0))) {
                next = Character.toUpperCase(next.charAt(0)) + next.substring(1);
            }
            m.appendReplacement(sb, next);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String fullChurn(String s, Pool pool, Random random) {
        int n = words(s);
        if (pool.lines().isEmpty()) {
            return shiftNumbers(s);
        }
        StringBuilder out = new StringBuilder();
        while (words(out.toString()) < n) {
            String line = pool.lines().get(random.nextInt(pool.lines().size()));
            out.append(out.isEmpty() ? "" : " ").append(line);
        }
        String[] w = out.toString().split("\\s+");
        String joined = String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, Math.max(1, n))));
        if (joined.equals(s.strip())) {
            joined = shiftNumbers(joined) + " now";
        }
        String lead = s.startsWith(" ") ? " " : "";
        String tail = s.endsWith(" ") ? " " : "";
        return lead + joined + tail;
    }

    /** Every number plus three, keeping its position ("12 comments" becomes "15 comments", "2025" "2028"). */
    static String shiftNumbers(String s) {
        Matcher m = DIGITS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String d = m.group();
            String next = d.length() > 9 ? d : String.valueOf(Long.parseLong(d) + 3);
            m.appendReplacement(sb, next);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Changes the first suitable number of the middle part of the article; returns {before, after} or null. */
    private static String[] editBodyNumber(List<TextNode> article) {
        int n = article.size();
        for (int k = 0; k < n; k++) {
            TextNode t = article.get((n / 3 + k) % n);
            String s = t.getWholeText();
            if (words(s) < 8) {
                continue;
            }
            Matcher m = BODY_NUMBER.matcher(s);
            if (m.find()) {
                String d = m.group();
                long v = Long.parseLong(d);
                String next = String.valueOf(v >= 1900 && v <= 2100 ? v - 2 : v + 7);
                t.text(s.substring(0, m.start()) + next + s.substring(m.end()));
                return new String[] {d, next};
            }
        }
        return null;
    }

    private static List<TextNode> textNodes(Document doc) {
        List<TextNode> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element p
                        && !SKIP_PARENTS.contains(p.normalName())) {
                    out.add(t);
                }
            }
        }, doc.body());
        return out;
    }

    /** A link text that is most of its block's text (a teaser line), not a link inside a sentence. */
    private static boolean teaserLink(TextNode t) {
        Element block = null;
        for (Node p = t.parent(); p instanceof Element e; p = p.parent()) {
            if (!e.isBlock() || e.normalName().equals("a")) {
                continue;
            }
            block = e;
            break;
        }
        if (!inLink(t) || block == null) {
            return false;
        }
        return t.text().strip().length() * 10 >= block.text().length() * 6;
    }

    private static boolean inLink(Node t) {
        for (Node p = t.parent(); p instanceof Element e; p = p.parent()) {
            if (e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * Tells article text from furniture by words, so that the ground truth's small differences of spelling and
     * spacing do not make article text look like furniture: a text node of up to three words is article when its
     * word sequence occurs in the main text; a longer one when half of its word trigrams do.
     */
    private static final class Classifier {
        private final String truthWords;
        private final Set<String> truthTrigrams = new java.util.HashSet<>();
        private final String titleWords;

        Classifier(BenchPage page) {
            List<String> t = tokens(page.truth().mainContent());
            this.truthWords = " " + String.join(" ", t) + " ";
            for (int i = 0; i + 2 < t.size(); i++) {
                truthTrigrams.add(t.get(i) + " " + t.get(i + 1) + " " + t.get(i + 2));
            }
            this.titleWords = " " + String.join(" ", tokens(page.truth().title())) + " ";
        }

        boolean article(TextNode t) {
            List<String> w = tokens(t.getWholeText());
            if (w.isEmpty()) {
                return false;
            }
            if (w.size() <= 3) {
                return truthWords.contains(" " + String.join(" ", w) + " ");
            }
            int hits = 0;
            for (int i = 0; i + 2 < w.size(); i++) {
                hits += truthTrigrams.contains(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2)) ? 1 : 0;
            }
            return hits * 2 >= w.size() - 2;
        }

        boolean furniture(TextNode t) {
            String raw = t.getWholeText();
            if (!LETTER_OR_DIGIT.matcher(raw).find() || article(t)) {
                return false;
            }
            List<String> w = tokens(raw);
            if (!w.isEmpty() && titleWords.contains(" " + String.join(" ", w) + " ")) {
                return false;
            }
            for (Node p = t.parent(); p instanceof Element e; p = p.parent()) {
                if (e.normalName().equals("h1")) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
