package org.claimwatch.feeds.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;


/** Reads a JSON Feed 1.0/1.1 document (https://jsonfeed.org/version/1.1). */
final class JsonFeedReader {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonFeedReader() {
    }

    static ParsedFeed read(String text, String feedUrl) throws FeedParseException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new FeedParseException("malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("items").isArray()) {
            throw new FeedParseException("not a feed: the JSON has no \"items\" list, so it is not a JSON Feed");
        }
        String version = text(root, "version");
        if (version != null && !version.startsWith("https://jsonfeed.org/version/")) {
            throw new FeedParseException("not a feed: unknown JSON Feed version \"" + version + "\"");
        }
        FeedCollector collector = new FeedCollector();
        for (JsonNode item : root.path("items")) {
            if (!item.isObject()) {
                continue;
            }
            String link = text(item, "url") != null ? text(item, "url") : text(item, "external_url");
            String body = join(text(item, "summary"), text(item, "content_html"), text(item, "content_text"));
            collector.offer(FeedItems.item(feedUrl, text(item, "id"), link, text(item, "title"), body,
                    FeedDates.read(text(item, "date_published")), FeedDates.read(text(item, "date_modified"))));
        }
        return collector.feed(FeedItems.plainText(text(root, "title")),
                FeedItems.resolve(feedUrl, text(root, "home_page_url")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                sb.append(p).append('\n');
            }
        }
        return sb.toString();
    }
}
