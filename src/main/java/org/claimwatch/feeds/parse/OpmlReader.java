package org.claimwatch.feeds.parse;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The feeds listed in an OPML file (any {@code outline} with an {@code xmlUrl}, at any depth, in document order,
 * each URL once). Parsed as strictly as a feed: no DTD, no entities. Pure.
 */
public final class OpmlReader {

    /** One feed of the file: its URL and the title it is listed under (may be empty). */
    public record Entry(String url, String title) {
    }

    private OpmlReader() {
    }

    /** The feeds of {@code text}; an {@link FeedParseException} with a message for the editor when it is no OPML. */
    public static List<Entry> read(String text) throws FeedParseException {
        if (text == null || text.isBlank()) {
            throw new FeedParseException("the OPML file is empty");
        }
        Document doc;
        try {
            doc = SafeXml.parse(SafeXml.withoutDoctype(text.strip()));
        } catch (JDOMException e) {
            throw new FeedParseException("not a valid OPML file: " + SafeXml.describe(e), e);
        }
        Element root = doc.getRootElement();
        if (!"opml".equalsIgnoreCase(root.getName())) {
            throw new FeedParseException("not an OPML file: the root element is <" + root.getName() + ">, not <opml>");
        }
        Element body = root.getChild("body", root.getNamespace());
        if (body == null) {
            throw new FeedParseException("not a valid OPML file: it has no <body>");
        }
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        collect(body, out, seen);
        return out;
    }

    private static void collect(Element parent, List<Entry> out, Set<String> seen) {
        for (Element outline : parent.getChildren()) {
            if (!"outline".equalsIgnoreCase(outline.getName())) {
                continue;
            }
            String url = attribute(outline, "xmlUrl");
            if (!url.isEmpty() && seen.add(url)) {
                String title = attribute(outline, "title");
                out.add(new Entry(url, title.isEmpty() ? attribute(outline, "text") : title));
            }
            collect(outline, out, seen);
        }
    }

    private static String attribute(Element e, String name) {
        for (var a : e.getAttributes()) {
            if (a.getName().equalsIgnoreCase(name)) {
                return a.getValue().strip();
            }
        }
        return "";
    }
}
