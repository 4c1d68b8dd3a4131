package org.claimwatch.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which changes a subscription wants: every non-empty criterion must hold (empty lists mean "any"); keywords
 * match case-insensitively in the claim before/after or in the title. Immutable and thread-safe.
 */
public record AlertFilter(List<Long> feeds, List<Long> stories, List<String> kinds, double minSignificance,
                          List<String> keywords) {

    public AlertFilter {
        feeds = List.copyOf(feeds);
        stories = List.copyOf(stories);
        kinds = List.copyOf(kinds);
        keywords = keywords.stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty()).toList();
        if (minSignificance < 0 || minSignificance > 1 || Double.isNaN(minSignificance)) {
            throw new IllegalArgumentException("min_significance must be between 0 and 1");
        }
    }

    /** Matches every change. */
    public static AlertFilter any() {
        return new AlertFilter(List.of(), List.of(), List.of(), 0, List.of());
    }

    /**
     * Reads the API/database shape {@code {feeds[], stories[], kinds[], min_significance, keywords[]}}; missing
     * fields mean "any".
     *
     * @throws IllegalArgumentException with a readable message when a field has the wrong type
     */
    public static AlertFilter fromMap(Map<String, ?> map) {
        if (map == null) {
            return any();
        }
        Object min = map.get("min_significance");
        if (min != null && !(min instanceof Number)) {
            throw new IllegalArgumentException("min_significance must be a number between 0 and 1");
        }
        return new AlertFilter(ids(map.get("feeds"), "feeds"), ids(map.get("stories"), "stories"),
                strings(map.get("kinds"), "kinds").stream().map(k -> k.strip().toUpperCase(Locale.ROOT)).toList(),
                min == null ? 0 : ((Number) min).doubleValue(), strings(map.get("keywords"), "keywords"));
    }

    /** The API/database shape. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("feeds", feeds);
        out.put("stories", stories);
        out.put("kinds", kinds);
        out.put("min_significance", minSignificance);
        out.put("keywords", keywords);
        return out;
    }

    /**
     * True when {@code change} (public change shape: kind, before, after, significance, feed_id, story_id, title)
     * passes; {@code context} (the version or story summary) supplies feed_id, story_id and title it lacks.
     */
    public boolean matches(Map<String, ?> change, Map<String, ?> context) {
        if (!feeds.isEmpty() && !contains(feeds, longOf(field(change, context, "feed_id")))) {
            return false;
        }
        if (!stories.isEmpty() && !contains(stories, longOf(field(change, context, "story_id")))) {
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(String.valueOf(change.get("kind")))) {
            return false;
        }
        Object significance = change.get("significance");
        double s = significance instanceof Number n ? n.doubleValue() : 0;
        if (s < minSignificance) {
            return false;
        }
        if (keywords.isEmpty()) {
            return true;
        }
        String haystack = (text(change.get("before")) + "\n" + text(change.get("after")) + "\n"
                + text(field(change, context, "title"))).toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(haystack::contains);
    }

    private static Object field(Map<String, ?> change, Map<String, ?> context, String name) {
        Object v = change.get(name);
        return v != null || context == null ? v : context.get(name);
    }

    private static boolean contains(List<Long> ids, Long id) {
        return id != null && ids.contains(id);
    }

    private static Long longOf(Object v) {
        return v instanceof Number n ? n.longValue() : null;
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    private static List<Long> ids(Object value, String name) {
        List<Long> out = new ArrayList<>();
        for (Object o : list(value, name)) {
            if (!(o instanceof Number n) || n.doubleValue() != n.longValue()) {
                throw new IllegalArgumentException(name + " must be a list of ids");
            }
            out.add(n.longValue());
        }
        return out;
    }

    private static List<String> strings(Object value, String name) {
        List<String> out = new ArrayList<>();
        for (Object o : list(value, name)) {
            if (!(o instanceof String s)) {
                throw new IllegalArgumentException(name + " must be a list of strings");
            }
            out.add(s);
        }
        return out;
    }

    private static List<?> list(Object value, String name) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l;
        }
        if (value instanceof Iterable<?> it) {
            List<Object> out = new ArrayList<>();
            it.forEach(out::add);
            return out;
        }
        throw new IllegalArgumentException(name + " must be a list");
    }
}
