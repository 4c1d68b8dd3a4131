package org.claimwatch.feeds.parse;

import org.jdom2.Element;

import java.util.Locale;

/**
 * Picks the link of a feed or item among its {@code <link>} elements: RSS's element text, Atom's {@code href}, or
 * element text where an Atom feed put the URL there. Only {@code rel="alternate"} (or no rel, or the IANA URI form)
 * counts, never self, edit, enclosure, related or replies; among those, an HTML type (or none) beats other types;
 * then document order. Pure.
 */
final class Links {

    private static final String IANA = "http://www.iana.org/assignments/relation/";

    private Links() {
    }

    /** The best link of {@code parent}, resolved against {@code base} (may be null) and the link's own xml:base. */
    static String best(Element parent, String base) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element c : parent.getChildren()) {
            if (!c.getName().equals("link")) {
                continue;
            }
            String href = c.getAttributeValue("href");
            if (href == null) {
                href = c.getTextTrim();
            }
            if (href == null || href.isBlank() || !isAlternate(c.getAttributeValue("rel"))) {
                continue;
            }
            int rank = isHtml(c.getAttributeValue("type")) ? 0 : 1;
            if (rank < bestRank) {
                String ownBase = XmlBase.apply(base, c);
                String resolved = ownBase == null ? null : UriRefs.resolve(ownBase, href.strip());
                best = resolved != null ? resolved : href.strip();
                bestRank = rank;
            }
        }
        return best;
    }

    private static boolean isAlternate(String rel) {
        if (rel == null || rel.isBlank()) {
            return true;
        }
        String r = rel.strip().toLowerCase(Locale.ROOT);
        return r.equals("alternate") || r.equals(IANA + "alternate");
    }

    private static boolean isHtml(String type) {
        if (type == null || type.isBlank()) {
            return true;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("text/html") || t.startsWith("application/xhtml+xml");
    }
}
