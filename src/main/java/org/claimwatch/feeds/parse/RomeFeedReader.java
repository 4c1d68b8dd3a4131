package org.claimwatch.feeds.parse;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads an RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 JDOM document through ROME. */
final class RomeFeedReader {

    private RomeFeedReader() {
    }

    static ParsedFeed read(Document doc, String feedUrl) throws FeedParseException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true);
            feed = input.build(doc);
        } catch (IllegalArgumentException e) {
            throw notAFeed(doc.getRootElement().getQualifiedName());
        } catch (FeedException | RuntimeException e) {
            throw new FeedParseException("unreadable feed: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            Instant published = FeedDates.of(entry.getPublishedDate());
            Instant updated = FeedDates.of(entry.getUpdatedDate());
            if (entry.getWireEntry() instanceof Entry atom) {
                published = FeedDates.of(firstNonNull(atom.getPublished(), atom.getIssued(), atom.getCreated()));
                updated = FeedDates.of(firstNonNull(atom.getUpdated(), atom.getModified()));
            }
            FeedItems.item(feedUrl, entry.getUri(), link(entry), entry.getTitle(), body(entry), published, updated)
                    .filter(item -> seen.add(item.guid()))
                    .ifPresent(items::add);
        }
        return new ParsedFeed(FeedItems.plainText(feed.getTitle()), siteUrl(feed, feedUrl), items);
    }

    static FeedParseException notAFeed(String root) {
        return new FeedParseException("not a feed: the document's root element is <" + root
                + ">, expected <rss>, <rdf:RDF> or <feed>");
    }

    private static Date firstNonNull(Date... dates) {
        for (Date d : dates) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || "alternate".equals(link.getRel())) {
                return link.getHref();
            }
        }
        return null;
    }

    private static String body(SyndEntry entry) {
        StringBuilder sb = new StringBuilder();
        if (entry.getDescription() != null && entry.getDescription().getValue() != null) {
            sb.append(entry.getDescription().getValue());
        }
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                sb.append('\n').append(content.getValue());
            }
        }
        return sb.toString();
    }

    private static String siteUrl(SyndFeed feed, String feedUrl) {
        String link = feed.getLink();
        if (link == null) {
            for (SyndLink l : feed.getLinks()) {
                if (l.getRel() == null || "alternate".equals(l.getRel())) {
                    link = l.getHref();
                    break;
                }
            }
        }
        return FeedItems.resolve(feedUrl, link);
    }
}
