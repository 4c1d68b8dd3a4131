package org.claimwatch.feeds.parse;

import org.jdom2.JDOMException;

/**
 * Parses a fetched feed body: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 from a JDOM tree, JSON Feed 1.x through Jackson, and
 * a lenient jsoup fallback for feeds that are not well-formed. Pure and thread-safe.
 * DTDs and entity declarations are refused, never loaded or expanded. The caller enforces the size cap.
 */
public final class FeedParser {

    private FeedParser() {
    }

    /**
     * Parses {@code body}. {@code contentType} (the HTTP header, may be null) helps pick the charset and the format;
     * {@code feedUrl} (may be null) is the base for relative links. Items without a usable http(s) link are dropped,
     * as are later items repeating an earlier guid.
     *
     * @throws FeedParseException with a message fit to show the editor, when the body is not a usable feed
     */
    public static ParsedFeed parse(byte[] body, String contentType, String feedUrl) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("empty response: the feed URL returned no content");
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
            throw new FeedParseException("unreadable response: the body is still gzip-compressed");
        }
        String text = FeedText.decode(body, contentType);
        switch (FeedText.sniff(text, contentType)) {
            case EMPTY:
                throw new FeedParseException("empty response: the feed URL returned only whitespace");
            case JSON:
                return JsonFeedReader.read(text, feedUrl);
            case HTML:
                throw htmlPage();
            case XML:
                return parseXml(FeedText.fromFirstTag(text), feedUrl);
            default:
                throw new FeedParseException("not a feed: the response is neither XML nor JSON (it starts with \""
                        + preview(text) + "\")");
        }
    }

    private static ParsedFeed parseXml(String text, String feedUrl) throws FeedParseException {
        String xml = SafeXml.withoutDoctype(text);
        String strictError;
        try {
            return XmlFeedReader.read(SafeXml.parse(xml), feedUrl);
        } catch (JDOMException e) {
            strictError = SafeXml.describe(e);
        } catch (FeedParseException e) {
            strictError = e.getMessage(); // well-formed, but not a feed shape: read it leniently below
        }
        org.jsoup.nodes.Document lenient = LenientFeedReader.parse(xml, feedUrl);
        if ("html".equals(LenientFeedReader.rootName(lenient))) {
            throw htmlPage();
        }
        if (!LenientFeedReader.looksLikeFeed(lenient)) {
            throw new FeedParseException(strictError);
        }
        ParsedFeed repaired;
        try {
            repaired = XmlFeedReader.read(SafeXml.parse(LenientFeedReader.repaired(lenient)), feedUrl);
        } catch (JDOMException | FeedParseException e) {
            repaired = LenientFeedReader.read(lenient, feedUrl);
        }
        if (repaired.items().isEmpty()) {
            // a broken feed that yields nothing is an error the editor must see, not an empty success
            throw new FeedParseException(strictError + "; no items could be recovered");
        }
        return repaired;
    }

    private static FeedParseException htmlPage() {
        return new FeedParseException("not a feed: the URL returned an HTML page; add the site URL to discover its feeds");
    }

    private static String preview(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
