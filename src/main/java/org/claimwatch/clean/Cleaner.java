package org.claimwatch.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Cleans an article page down to its main text, metadata and a verdict. Pure, stateless and thread-safe; never
 * returns null and never throws on bad input (a PARSE_ERROR verdict says what went wrong).
 */
public final class Cleaner {

    /** Pages are cut to this many characters once scripts, styles and comments are dropped (bounds memory). */
    public static final int MAX_PAGE_CHARS = HtmlPrefilter.MAX_CHARS;

    private Cleaner() {
    }

    /** Cleans raw page bytes; {@code httpCharset} (nullable) is the charset from the HTTP Content-Type header. */
    public static CleanedArticle clean(byte[] html, String url, String httpCharset) {
        return clean(html, url, httpCharset, null);
    }

    /** As {@link #clean(byte[], String, String)}, recording the rules' decisions in {@code trace} (nullable). */
    public static CleanedArticle clean(byte[] html, String url, String httpCharset, CleanTrace trace) {
        if (html == null || html.length == 0) {
            return failed(Verdict.PARSE_ERROR, "the page is empty", url);
        }
        return clean(CharsetSniffer.decode(html, httpCharset), url, trace);
    }

    /** Cleans an already decoded page; {@code url} (nullable) resolves relative links and names the page. */
    public static CleanedArticle clean(String html, String url) {
        return clean(html, url, null);
    }

    /** As {@link #clean(String, String)}, recording the rules' decisions in {@code trace} (nullable). */
    public static CleanedArticle clean(String html, String url, CleanTrace trace) {
        if (html == null || html.isBlank()) {
            return failed(Verdict.PARSE_ERROR, "the page is empty", url);
        }
        try {
            return cleanParsed(html, url, trace);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(Verdict.PARSE_ERROR, "could not parse the page: " + e, url);
        }
    }

    private static CleanedArticle cleanParsed(String html, String url, CleanTrace trace) {
        HtmlPrefilter.Result filtered = HtmlPrefilter.filter(html);
        Document doc = Parser.htmlParser().parseInput(filtered.markup().reader(), url == null ? "" : url);
        PageMetadata meta = MetadataReader.read(doc, filtered.jsonLd(), url);
        Element body = doc.body();
        boolean textMode = TextMode.applies(body);
        DomPruner.Pruned pruned = DomPruner.prune(body, trace);
        List<Element> removed = pruned.removed();
        TextStats stats = pruned.stats();
        ContentLocator.Located located = textMode ? new ContentLocator.Located(List.of(body), null)
                : ContentLocator.locate(body, stats, pruned.interruptedAfter());
        if (trace != null) {
            traceLocated(body, located, trace);
        }
        Set<Element> teasers = textMode ? Set.of() : TeaserList.find(located.roots(), stats, url);
        Boxes boxes = new Boxes(pruned.controls());
        List<Block> blocks = ParagraphCollector.collect(located.roots(), stats, textMode, teasers, boxes,
                LinkTargets.hostOf(url), trace);
        boolean english = meta.language() != null && meta.language().toLowerCase(java.util.Locale.ROOT).startsWith("en");
        List<Paragraph> paragraphs = ParagraphFilter.filter(blocks, boxes, meta.title(), meta.siteName(),
                meta.byline(), english, trace);
        if (located.standfirst() != null) {
            paragraphs = Standfirst.prepend(
                    ParagraphCollector.collect(List.of(located.standfirst()), stats, false), paragraphs);
        }
        Supplier<String> pageText = () -> {
            StringBuilder sb = new StringBuilder(body.text());
            removed.forEach(e -> sb.append('\n').append(e.text()));
            return sb.toString();
        };
        VerdictJudge.Judgement j = VerdictJudge.judge(paragraphs, meta, pageText, url);
        return new CleanedArticle(j.verdict(), j.reason(), meta.title(), meta.byline(), meta.published(),
                meta.modified(), meta.canonicalUrl(), meta.language(), meta.siteName(), meta.leadImage(), paragraphs);
    }

    /**
     * The whole visible text of a page's body, article and furniture alike (no scripts, styles or comments), and
     * the texts of its links, or null when the page cannot be read: what {@link Continuity} searches.
     */
    public static Continuity.Page page(byte[] html, String url, String httpCharset) {
        if (html == null || html.length == 0) {
            return null;
        }
        try {
            HtmlPrefilter.Result filtered = HtmlPrefilter.filter(CharsetSniffer.decode(html, httpCharset));
            Document doc = Parser.htmlParser().parseInput(filtered.markup().reader(), url == null ? "" : url);
            List<String> links = new ArrayList<>();
            for (Element a : doc.body().getElementsByTag("a")) {
                if (a.hasAttr("href")) {
                    links.add(Mojibake.repair(a.text()));
                }
            }
            List<String> nodes = new ArrayList<>();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t && !t.isBlank()) {
                    nodes.add(Mojibake.repair(t.text()));
                }
            }, doc.body());
            // the text as the extraction gives it: repaired where a publisher encoded it twice
            return new Continuity.Page(Mojibake.repair(doc.body().text()), links, nodes);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** Records the content roots, and the text-bearing top-level boxes left outside them. */
    private static void traceLocated(Element body, ContentLocator.Located located, CleanTrace trace) {
        for (Element root : located.roots()) {
            trace.kept("locate.root", root.text());
        }
        if (located.standfirst() != null) {
            trace.kept("locate.standfirst", located.standfirst().text());
        }
        outside(body, located.roots(), trace);
    }

    private static void outside(Element e, List<Element> roots, CleanTrace trace) {
        for (Element child : e.children()) {
            boolean holdsRoot = false;
            for (Element r : roots) {
                if (r == child) {
                    holdsRoot = true;
                    break;
                }
                if (DomTrees.isWithin(r, child)) {
                    holdsRoot = true;
                }
            }
            if (roots.contains(child)) {
                continue;
            }
            if (holdsRoot) {
                outside(child, roots, trace);
            } else if (!child.text().isBlank()) {
                trace.removed("locate.outside-content", child.text());
            }
        }
    }

    private static CleanedArticle failed(Verdict verdict, String reason, String url) {
        return new CleanedArticle(verdict, reason, null, null, null, null, url, null, null, null, List.of());
    }
}
