package org.claimwatch.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the claimwatch webhook payloads (stable; documented in the README): {@code claims.changed} with the
 * article, the version pair and only the matching changes; {@code claims.digest} grouping throttled events;
 * {@code webhook.test}. Plain maps in a stable key order, ready for JSON. Stateless and thread-safe.
 */
public final class AlertPayloads {

    public static final String CLAIMS_CHANGED = "claims.changed";
    public static final String CLAIMS_DIGEST = "claims.digest";
    public static final String WEBHOOK_TEST = "webhook.test";
    private static final List<String> CHANGE_FIELDS = List.of("id", "kind", "key", "before", "after", "significance",
            "numbers", "spans", "story_id", "aspects", "related", "returning");
    /** Fields a change carries only when it has them: story changes, headline changes, editorial notes. */
    private static final List<String> OPTIONAL_FIELDS = List.of("story_id", "aspects", "related", "returning");

    private AlertPayloads() {
    }

    /**
     * A {@code claims.changed} event for {@code changes} of the version or story {@code summary} (article_id, outlet,
     * title, url, feed_id, version_id, version_no, story_id when present).
     */
    public static Map<String, Object> claimsChanged(String eventId, Instant time, Map<String, ?> summary,
                                                    List<? extends Map<String, ?>> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (summary.get("article_id") != null) {
            Map<String, Object> article = new LinkedHashMap<>();
            article.put("id", summary.get("article_id"));
            article.put("outlet", summary.get("outlet"));
            article.put("title", summary.get("title"));
            article.put("url", summary.get("url"));
            article.put("feed_id", summary.get("feed_id"));
            data.put("article", article);
        }
        if (summary.get("story_id") != null) {
            data.put("story_id", summary.get("story_id"));
        }
        if (summary.get("version_no") != null) {
            Map<String, Object> versions = new LinkedHashMap<>();
            Object to = summary.get("version_no");
            versions.put("from", to instanceof Number n ? n.intValue() - 1 : null);
            versions.put("to", to);
            versions.put("version_id", summary.get("version_id"));
            data.put("versions", versions);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, ?> c : changes) {
            Map<String, Object> change = new LinkedHashMap<>();
            for (String f : CHANGE_FIELDS) {
                if (c.containsKey(f) || !OPTIONAL_FIELDS.contains(f)) {
                    change.put(f, c.get(f));
                }
            }
            out.add(change);
        }
        data.put("changes", out);
        return event(eventId, CLAIMS_CHANGED, time, data);
    }

    /** One {@code claims.digest} event carrying {@code events} (whole events, oldest first) that were throttled. */
    public static Map<String, Object> digest(String eventId, Instant time, List<? extends Map<String, ?>> events) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("count", events.size());
        data.put("events", List.copyOf(events));
        return event(eventId, CLAIMS_DIGEST, time, data);
    }

    /** A {@code webhook.test} event for the subscription named {@code name}. */
    public static Map<String, Object> test(String eventId, Instant time, String name) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subscription", name);
        data.put("message", "claimwatch test event: this endpoint receives signed alerts");
        return event(eventId, WEBHOOK_TEST, time, data);
    }

    /**
     * The key that orders deliveries of one subscription: events of one article (or else one story) go out in
     * order; the story may be named by the summary or by its changes.
     */
    public static String orderKey(Map<String, ?> summary, List<? extends Map<String, ?>> changes) {
        if (summary.get("article_id") != null) {
            return "article:" + summary.get("article_id");
        }
        Object story = summary.get("story_id");
        for (int i = 0; story == null && i < changes.size(); i++) {
            story = changes.get(i).get("story_id");
        }
        return story != null ? "story:" + story : "none";
    }

    private static Map<String, Object> event(String id, String type, Instant time, Map<String, Object> data) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("type", type);
        e.put("timestamp", time.toString());
        e.put("data", data);
        return e;
    }
}
