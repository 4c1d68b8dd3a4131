package org.claimwatch.tracker;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;

/** Writes the feed list as OPML 2.0 (one {@code outline type="rss"} per feed). Pure and thread-safe. */
public final class OpmlWriter {

    /** One feed to export; {@code title} and {@code siteUrl} may be null. */
    public record Feed(String url, String title, String siteUrl) {
    }

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private OpmlWriter() {
    }

    public static String write(String title, List<Feed> feeds) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("opml");
            w.writeAttribute("version", "2.0");
            w.writeStartElement("head");
            w.writeStartElement("title");
            w.writeCharacters(title);
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("body");
            for (Feed f : feeds) {
                String name = f.title() == null || f.title().isBlank() ? f.url() : f.title();
                w.writeEmptyElement("outline");
                w.writeAttribute("type", "rss");
                w.writeAttribute("text", AtomWriter.clean(name));
                w.writeAttribute("title", AtomWriter.clean(name));
                w.writeAttribute("xmlUrl", AtomWriter.clean(f.url()));
                if (f.siteUrl() != null && !f.siteUrl().isBlank()) {
                    w.writeAttribute("htmlUrl", AtomWriter.clean(f.siteUrl()));
                }
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write OPML", e);
        }
        return out.toString();
    }
}
