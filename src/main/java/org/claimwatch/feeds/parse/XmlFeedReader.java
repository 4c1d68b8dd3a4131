package org.claimwatch.feeds.parse;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 from a JDOM document, by element local names so that namespace slips
 * (Atom without its namespace, RSS 1.0 elements in RSS 2.0) still read. Links resolve against {@code xml:base} on
 * every level and then the feed URL; dates keep their raw strings ({@link FeedDates}); text constructs in base64 are
 * decoded ({@link TextConstruct}). Pure.
 */
final class XmlFeedReader {

    private static final Set<String> ITEM_NAMES = Set.of("item", "entry");
    private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date", "created");
    private static final List<String> UPDATED = List.of("updated", "modified");

    private XmlFeedReader() {
    }

    static ParsedFeed read(Document doc, String feedUrl) throws FeedParseException {
        Element root = doc.getRootElement();
        String rootName = root.getName().toLowerCase(Locale.ROOT);
        Element head;
        if (rootName.equals("rss") || rootName.equals("rdf")) {
            Element channel = child(root, "channel");
            head = channel != null ? channel : root;
        } else if (rootName.equals("feed") || rootName.equals("channel")) {
            head = root;
        } else {
            throw notAFeed(root.getQualifiedName());
        }
        String headBase = XmlBase.of(head, feedUrl);
        FeedCollector collector = new FeedCollector();
        List<Element> entries = new ArrayList<>();
        for (Element parent : head == root ? List.of(root) : List.of(root, head)) {
            for (Element c : parent.getChildren()) {
                if (ITEM_NAMES.contains(c.getName())) {
                    entries.add(c);
                }
            }
        }
        for (Element e : entries) {
            String base = XmlBase.of(e, feedUrl);
            FeedDate published = FeedDates.read(firstText(e, PUBLISHED));
            FeedDate updated = FeedDates.read(firstText(e, UPDATED));
            String title = TextConstruct.text(titleElement(e));
            collector.offer(FeedItems.item(base, guid(e), Links.best(e, base), title, body(e), published, updated));
        }
        String title = FeedItems.plainText(TextConstruct.text(titleElement(head)));
        String site = FeedItems.resolve(headBase, Links.best(head, headBase));
        return collector.feed(title, site);
    }

    static FeedParseException notAFeed(String root) {
        return new FeedParseException("not a feed: the document's root element is <" + root
                + ">, expected <rss>, <rdf:RDF> or <feed>");
    }

    /** {@code <title>}, else Dublin Core's {@code <dc:title>}. */
    private static Element titleElement(Element parent) {
        Element plain = null;
        Element dc = null;
        for (Element c : parent.getChildren()) {
            if (!c.getName().equals("title")) {
                continue;
            }
            if (isDublinCore(c.getNamespace())) {
                dc = dc == null ? c : dc;
            } else if (plain == null) {
                plain = c;
            }
        }
        return plain != null && !plain.getValue().isBlank() ? plain : dc != null ? dc : plain;
    }

    private static boolean isDublinCore(Namespace ns) {
        return ns.getURI().startsWith("http://purl.org/dc/");
    }

    private static String guid(Element e) {
        String id = FeedItems.blankToNull(firstText(e, List.of("guid", "id")));
        if (id == null) {
            id = FeedItems.blankToNull(e.getAttributeValue("about", Namespace.getNamespace(
                    "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")));
        }
        return id;
    }

    /** The summary or description, then every content element, as ROME joined them (so hashes stay as they were). */
    private static String body(Element e) {
        StringBuilder sb = new StringBuilder();
        String summary = firstText(e, List.of("description", "summary"));
        if (summary != null) {
            sb.append(summary);
        }
        for (Element c : e.getChildren()) {
            if (c.getName().equals("content") || c.getName().equals("encoded")) {
                sb.append('\n').append(TextConstruct.text(c));
            }
        }
        return sb.toString();
    }

    /** The text of the first child named (by local name) in {@code names} order, decoded; null when none. */
    static String firstText(Element parent, List<String> names) {
        for (String name : names) {
            for (Element c : parent.getChildren()) {
                if (c.getName().equals(name) && (!name.equals("date") || isDublinCore(c.getNamespace()))) {
                    String t = FeedItems.blankToNull(TextConstruct.text(c));
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    static Element child(Element parent, String name) {
        for (Element c : parent.getChildren()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
