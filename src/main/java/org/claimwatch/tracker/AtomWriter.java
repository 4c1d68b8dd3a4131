package org.claimwatch.tracker;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Writes an Atom 1.0 document in which each claim change is its own entry. Pure and thread-safe. */
public final class AtomWriter {

    public static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private AtomWriter() {
    }

    /** The stable entry id of a claim change: never reused, never changed by later edits. */
    public static String entryId(long changeId) {
        return "urn:claimwatch:change:" + changeId;
    }

    /**
     * The whole feed document.
     *
     * @param feedId   a stable id of this feed (e.g. {@code urn:claimwatch:changes:feed:3})
     * @param selfUrl  the absolute URL the document is served at
     * @param pageUrl  the absolute URL of the page showing the same changes
     * @param empty    the {@code updated} time to use when there are no entries
     */
    public static String write(String feedId, String title, String selfUrl, String pageUrl, List<ChangeEntry> entries,
                               Instant empty) {
        return write(feedId, title, selfUrl, pageUrl, entries, empty, null);
    }

    /**
     * The feed document as one page of a paged feed (RFC 5005): {@code nextUrl}, when not null, is the page of the
     * older entries.
     */
    public static String write(String feedId, String title, String selfUrl, String pageUrl, List<ChangeEntry> entries,
                               Instant empty, String nextUrl) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM_NS);
            text(w, "id", feedId);
            text(w, "title", title);
            Instant updated = entries.stream().map(ChangeEntry::created).max(Instant::compareTo).orElse(empty);
            text(w, "updated", time(updated));
            w.writeStartElement("author");
            text(w, "name", "claimwatch");
            w.writeEndElement();
            text(w, "generator", "claimwatch");
            link(w, "self", selfUrl, "application/atom+xml");
            link(w, "alternate", pageUrl, "text/html");
            if (nextUrl != null) {
                link(w, "next", nextUrl, "application/atom+xml");
            }
            for (ChangeEntry e : entries) {
                entry(w, e);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Atom", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter w, ChangeEntry e) throws XMLStreamException {
        w.writeStartElement("entry");
        text(w, "id", entryId(e.id()));
        text(w, "title", entryTitle(e));
        text(w, "updated", time(e.created()));
        text(w, "published", time(e.created()));
        if (isHttp(e.url())) {
            link(w, "alternate", e.url(), "text/html");
        }
        w.writeStartElement("category");
        w.writeAttribute("term", e.kind());
        w.writeEndElement();
        w.writeStartElement("content");
        w.writeAttribute("type", "html");
        w.writeCharacters(clean(contentHtml(e)));
        w.writeEndElement();
        w.writeEndElement();
    }

    /** "NUMBER_CHANGED: Title (Outlet)". */
    static String entryTitle(ChangeEntry e) {
        String title = e.title() == null || e.title().isBlank() ? e.url() : e.title();
        String outlet = e.outlet() == null || e.outlet().isBlank() ? "" : " (" + e.outlet() + ")";
        return kindLabel(e.kind()) + ": " + title + outlet;
    }

    static String kindLabel(String kind) {
        return kind == null ? "change" : kind.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The entry body as escaped HTML: before, after, significance and versions. */
    static String contentHtml(ChangeEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append("<p><strong>Before:</strong> ")
                .append(e.before() == null ? "<em>(none)</em>" : "<del>" + escape(e.before()) + "</del>").append("</p>");
        sb.append("<p><strong>After:</strong> ")
                .append(e.after() == null ? "<em>(none)</em>" : "<ins>" + escape(e.after()) + "</ins>").append("</p>");
        sb.append("<p>Significance ").append(String.format(Locale.ROOT, "%.2f", e.significance()))
                .append(" · version ").append(e.fromVersion()).append(" → ").append(e.toVersion()).append("</p>");
        return sb.toString();
    }

    /** HTML-escapes text so a reader rendering the html content shows it as text. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isHttp(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(clean(value == null ? "" : value));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeStartElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", clean(href));
        w.writeEndElement();
    }

    /** Drops characters XML 1.0 cannot carry (control characters from scraped pages). */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
