package org.claimwatch.feeds.parse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fallback for feeds that are not well-formed XML: jsoup's forgiving XML parser repairs unescaped ampersands,
 * unclosed tags and HTML entities; the repaired text can go back through {@link XmlFeedReader}, or items are read directly.
 */
final class LenientFeedReader {

    private static final Set<String> FEED_ROOTS = Set.of("rss", "rdf:rdf", "feed", "channel");

    private LenientFeedReader() {
    }

    /** Parses leniently; jsoup never loads DTDs and never expands declared entities. */
    static Document parse(String text, String feedUrl) {
        Document doc = Parser.xmlParser().parseInput(text, feedUrl == null ? "" : feedUrl);
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8)
                .prettyPrint(false);
        unnestItems(doc);
        return doc;
    }

    /** Moves items swallowed by an unclosed previous item out to follow it, keeping document order. */
    private static void unnestItems(Document doc) {
        Map<Element, Element> lastPlaced = new IdentityHashMap<>();
        for (Element e : doc.getAllElements()) {
            if (!isItem(e)) {
                continue;
            }
            Element outer = null;
            for (Element a = e.parent(); a != null; a = a.parent()) {
                if (isItem(a)) {
                    outer = a;
                }
            }
            if (outer != null) {
                Element after = lastPlaced.getOrDefault(outer, outer);
                e.remove();
                after.after(e);
                lastPlaced.put(outer, e);
            }
        }
    }

    private static boolean isItem(Element e) {
        String name = e.tagName().toLowerCase(Locale.ROOT);
        return name.equals("item") || name.equals("entry");
    }

    /** The root element's lower-case name, or null for a document without elements. */
    static String rootName(Document doc) {
        Element root = doc.children().first();
        return root == null ? null : root.tagName().toLowerCase(Locale.ROOT);
    }

    static boolean looksLikeFeed(Document doc) {
        String root = rootName(doc);
        return root != null && FEED_ROOTS.contains(root);
    }

    /** The repaired document as well-formed XML text. */
    static String repaired(Document doc) {
        return doc.outerHtml();
    }

    /** Reads items straight from the lenient tree: RSS {@code <item>} and Atom {@code <entry>} elements. */
    static ParsedFeed read(Document doc, String feedUrl) {
        Element root = doc.children().first();
        Element channel = root == null ? null : child(root, "channel");
        Element head = channel != null ? channel : root;
        String title = head == null ? null : first(head, "title", "dc:title");
        String site = head == null ? null : FeedItems.resolve(feedUrl, link(head));
        FeedCollector collector = new FeedCollector();
        if (root != null) {
            for (Element e : root.getAllElements()) {
                if (!isItem(e)) {
                    continue;
                }
                String guid = first(e, "guid", "id");
                String body = String.join("\n", nonNull(first(e, "description"), first(e, "summary"),
                        first(e, "content:encoded"), first(e, "content")));
                collector.offer(FeedItems.item(feedUrl, guid, link(e), first(e, "title", "dc:title"), body,
                        FeedDates.read(first(e, "pubdate", "published", "issued", "dc:date", "created")),
                        FeedDates.read(first(e, "updated", "modified", "dcterms:modified", "atom:updated"))));
            }
        }
        return collector.feed(FeedItems.plainText(title), site);
    }

    private static String link(Element parent) {
        String textLink = null;
        for (Element c : parent.children()) {
            String name = c.tagName().toLowerCase(Locale.ROOT);
            if (!name.equals("link") && !name.equals("atom:link")) {
                continue;
            }
            String rel = c.attr("rel");
            if (c.hasAttr("href") && (rel.isEmpty() || rel.equals("alternate"))) {
                return c.attr("href");
            }
            if (!c.hasAttr("href") && textLink == null && !c.text().isBlank()) {
                textLink = c.text();
            }
        }
        return textLink;
    }

    private static String first(Element parent, String... names) {
        for (String name : names) {
            String t = text(child(parent, name));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        for (Element c : parent.children()) {
            if (c.tagName().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : FeedItems.blankToNull(e.text());
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}
