package org.claimwatch.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a claimwatch event as a Slack-compatible message {@code {"text", "blocks"}}. Stateless. */
public final class SlackFormat {

    private static final int MAX_CHANGES = 10;
    private static final int MAX_TEXT = 2800;

    private SlackFormat() {
    }

    /** The Slack message for a claimwatch {@code event} (any type). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> render(Map<String, ?> event) {
        Map<String, ?> data = (Map<String, ?>) event.get("data");
        String type = String.valueOf(event.get("type"));
        List<String> sections = new ArrayList<>();
        String text;
        if (AlertPayloads.WEBHOOK_TEST.equals(type)) {
            text = "claimwatch test event for " + escape(String.valueOf(data.get("subscription")));
            sections.add(text);
        } else if (AlertPayloads.CLAIMS_DIGEST.equals(type)) {
            List<Map<String, ?>> events = (List<Map<String, ?>>) data.get("events");
            text = "claimwatch digest: " + events.size() + " alerts";
            sections.add("*" + text + "*");
            events.stream().limit(MAX_CHANGES).forEach(e -> sections.add(changed((Map<String, ?>) e.get("data"))));
            if (events.size() > MAX_CHANGES) {
                sections.add("… and " + (events.size() - MAX_CHANGES) + " more");
            }
        } else {
            text = headline(data);
            sections.add(changed(data));
        }
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (String s : sections) {
            Map<String, Object> textObject = new LinkedHashMap<>();
            textObject.put("type", "mrkdwn");
            textObject.put("text", s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s);
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("type", "section");
            block.put("text", textObject);
            blocks.add(block);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", text);
        out.put("blocks", blocks);
        return out;
    }

    /** Kinds named in words in the message's text (the others are counted as claim changes). */
    private static final Map<String, String> NAMED = Map.of(
            "HEADLINE_CHANGED", "headline changed",
            "CORRECTION_ADDED", "correction added",
            "CORRECTION_REMOVED", "correction removed");

    @SuppressWarnings("unchecked")
    private static String headline(Map<String, ?> data) {
        Map<String, ?> article = (Map<String, ?>) data.get("article");
        List<Map<String, ?>> changes = (List<Map<String, ?>>) data.get("changes");
        String where = article == null ? "story " + data.get("story_id")
                : escape(article.get("outlet") + ": " + article.get("title"));
        List<String> named = new ArrayList<>();
        int others = 0;
        for (Map<String, ?> c : changes) {
            String label = NAMED.get(String.valueOf(c.get("kind")));
            if (label == null) {
                others++;
            } else if (!named.contains(label)) {
                named.add(label);
            }
        }
        String counted = others + " claim change" + (others == 1 ? "" : "s");
        if (named.isEmpty()) {
            return counted + " in " + where;
        }
        String words = String.join(", ", named) + (others > 0 ? " and " + counted : "");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " in " + where;
    }

    @SuppressWarnings("unchecked")
    private static String changed(Map<String, ?> data) {
        StringBuilder out = new StringBuilder();
        Map<String, ?> article = (Map<String, ?>) data.get("article");
        out.append('*').append(headline(data)).append('*');
        if (article != null && article.get("url") != null) {
            out.append("\n<").append(escape(String.valueOf(article.get("url")))).append("|open the article>");
        }
        List<Map<String, ?>> changes = (List<Map<String, ?>>) data.get("changes");
        changes.stream().limit(MAX_CHANGES).forEach(c -> {
            out.append("\n• `").append(c.get("kind")).append("` ");
            String label = NAMED.get(String.valueOf(c.get("kind")));
            if (label != null) {
                out.append(Boolean.TRUE.equals(c.get("returning")) ? "headline back to an earlier one" : label);
                if (c.get("aspects") instanceof List<?> aspects && !aspects.isEmpty()) {
                    out.append(" (").append(String.join(", ", aspects.stream()
                            .map(a -> String.valueOf(a).toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList()))
                            .append(')');
                }
                out.append(": ");
            }
            String before = text(c.get("before"));
            String after = text(c.get("after"));
            if (!before.isEmpty()) {
                out.append("~").append(escape(before)).append("~ ");
            }
            if (!before.isEmpty() && !after.isEmpty()) {
                out.append("→ ");
            }
            out.append(escape(after));
        });
        return out.toString();
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString().strip();
    }

    /** Slack's three escapes for message text. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
