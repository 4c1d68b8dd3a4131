package org.claimwatch.feeds.parse;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;

/**
 * Strict XML parsing that never loads a DTD and never expands a declared entity.
 * A DOCTYPE without an internal subset (RSS 0.91's Netscape DTD) is blanked out; one with an internal subset is
 * refused. The SAX parser also refuses any DOCTYPE it still meets, and resolves every external entity to nothing.
 */
final class SafeXml {

    /** Deeper nesting is refused: JDOM's ancestor check makes each level cost the depth, so depth is quadratic. */
    static final int MAX_DEPTH = 256;
    private static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private SafeXml() {
    }

    /** Blanks out a harmless DOCTYPE (keeping line numbers) or throws when it declares entities or other markup. */
    static String withoutDoctype(String text) throws FeedParseException {
        int at = doctypeStart(text);
        if (at < 0) {
            return text;
        }
        int end = doctypeEnd(text, at);
        String doctype = text.substring(at, end);
        int subset = doctype.indexOf('[');
        if (subset >= 0) {
            String upper = doctype.toUpperCase(Locale.ROOT);
            if (upper.contains("<!ENTITY")) {
                throw new FeedParseException("entity declarations are not allowed: the feed declares its own XML "
                        + "entities (<!ENTITY ...>), which can read local files or exhaust memory, so it is refused");
            }
            throw new FeedParseException("DTD declarations are not allowed: the feed carries an inline DTD "
                    + "(<!DOCTYPE ... [ ... ]>), which is refused");
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, at);
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            sb.append(c == '\n' || c == '\r' ? c : ' ');
        }
        sb.append(text, end, text.length());
        return sb.toString();
    }

    /** Parses well-formed XML into a JDOM document. */
    static Document parse(String text) throws JDOMException {
        try {
            return builder().build(new StringReader(text));
        } catch (IOException e) {
            throw new JDOMException("cannot read the XML: " + e.getMessage(), e);
        }
    }

    /** A one-line description of a strict parse failure, with its position when known. */
    static String describe(JDOMException e) {
        String reason = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : e.getMessage();
        reason = reason == null ? "unknown error" : reason.strip();
        if (e instanceof JDOMParseException pe && pe.getLineNumber() > 0) {
            return "malformed XML at line " + pe.getLineNumber() + ", column " + pe.getColumnNumber() + ": " + reason;
        }
        return "malformed XML: " + reason;
    }

    private static SAXBuilder builder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setProperty(MAX_DEPTH_PROPERTY, String.valueOf(MAX_DEPTH));
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return builder;
    }

    private static int doctypeStart(String text) {
        int i = 0;
        int limit = Math.min(text.length(), 64 * 1024);
        while (i < limit) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt >= limit) {
                return -1;
            }
            if (text.startsWith("<?", lt)) {
                i = indexAfter(text, lt, "?>");
            } else if (text.startsWith("<!--", lt)) {
                i = indexAfter(text, lt, "-->");
            } else if (text.regionMatches(true, lt, "<!DOCTYPE", 0, 9)) {
                return lt;
            } else {
                return -1;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int doctypeEnd(String text, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int indexAfter(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }
}
