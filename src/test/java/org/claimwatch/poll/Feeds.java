package org.claimwatch.poll;

import java.util.List;

/** Literal feeds in every supported format, each with the given item links. */
final class Feeds {

    private Feeds() {
    }

    static String rss20(String title, List<String> links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>http://example.org/</link><description>d</description>");
        for (int i = 0; i < links.size(); i++) {
            sb.append("<item><title>Story ").append(i).append("</title><link>").append(links.get(i))
                    .append("</link><guid>").append(links.get(i)).append("</guid></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    static String rss091(String title, List<String> links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"0.91\"><channel><title>")
                .append(title).append("</title><link>http://example.org/</link><description>d</description>"
                        + "<language>en</language>");
        for (int i = 0; i < links.size(); i++) {
            sb.append("<item><title>Story ").append(i).append("</title><link>").append(links.get(i)).append("</link></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    static String rss10(String title, List<String> links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"http://example.org/\"><title>").append(title)
                .append("</title><link>http://example.org/</link><description>d</description><items><rdf:Seq>");
        links.forEach(l -> sb.append("<rdf:li rdf:resource=\"").append(l).append("\"/>"));
        sb.append("</rdf:Seq></items></channel>");
        for (int i = 0; i < links.size(); i++) {
            sb.append("<item rdf:about=\"").append(links.get(i)).append("\"><title>Story ").append(i)
                    .append("</title><link>").append(links.get(i)).append("</link></item>");
        }
        return sb.append("</rdf:RDF>").toString();
    }

    static String atom10(String title, List<String> links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
                .append(title).append("</title><id>urn:feed</id><updated>2026-11-24T10:00:00Z</updated>");
        for (int i = 0; i < links.size(); i++) {
            sb.append("<entry><title>Story ").append(i).append("</title><id>urn:story:").append(i)
                    .append("</id><updated>2026-11-24T10:00:00Z</updated><link href=\"").append(links.get(i))
                    .append("\"/></entry>");
        }
        return sb.append("</feed>").toString();
    }

    static String atom03(String title, List<String> links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>")
                .append(title).append("</title><modified>2026-11-24T10:00:00Z</modified>");
        for (int i = 0; i < links.size(); i++) {
            sb.append("<entry><title>Story ").append(i).append("</title><id>urn:story03:").append(i)
                    .append("</id><issued>2026-11-24T10:00:00Z</issued><modified>2026-11-24T10:00:00Z</modified>"
                            + "<link rel=\"alternate\" type=\"text/html\" href=\"").append(links.get(i))
                    .append("\"/></entry>");
        }
        return sb.append("</feed>").toString();
    }

    static String jsonFeed(String title, List<String> links) {
        StringBuilder sb = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"")
                .append(title).append("\",\"items\":[");
        for (int i = 0; i < links.size(); i++) {
            sb.append(i > 0 ? "," : "").append("{\"id\":\"j").append(i).append("\",\"url\":\"").append(links.get(i))
                    .append("\",\"title\":\"Story ").append(i).append("\",\"content_text\":\"t\"}");
        }
        return sb.append("]}").toString();
    }
}
