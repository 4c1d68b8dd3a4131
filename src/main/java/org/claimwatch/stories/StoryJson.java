package org.claimwatch.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The public JSON shape of claim groups, facts and story changes (used by the CLI, the store and the API). */
public final class StoryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryJson() {
    }

    /** {@code {key, label, kind, status, articles, values:[...]}}. */
    public static ObjectNode group(ClaimGroup g) {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", g.key()).put("label", g.label()).put("kind", g.kind().name()).put("status", g.status().name())
                .put("articles", g.articles());
        ArrayNode values = o.putArray("values");
        g.values().forEach(f -> values.add(fact(f)));
        return o;
    }

    /** One outlet's value: display, number, qualifier, stance, wording, offsets, source, article, date. */
    public static ObjectNode fact(Fact f) {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", f.key()).put("label", f.label()).put("kind", f.kind().name()).put("display", f.display());
        if (f.value() != null) {
            o.put("value", f.value());
        }
        o.put("qualifier", f.qualifier()).put("running", f.running()).put("stance", f.stance())
                .put("text", f.text()).put("start", f.start()).put("end", f.end()).put("source", f.source())
                .put("article_id", f.articleId()).put("version_id", f.versionId()).put("outlet", f.outlet())
                .put("url", f.url()).put("date", f.date() == null ? null : f.date().toString());
        return o;
    }

    /** The groups as a JSON array. */
    public static ArrayNode groups(List<ClaimGroup> groups) {
        ArrayNode a = JSON.createArrayNode();
        groups.forEach(g -> a.add(group(g)));
        return a;
    }

    /** Parses a group stored by {@link #group}. */
    public static ClaimGroup parseGroup(JsonNode o) {
        List<Fact> values = new ArrayList<>();
        for (JsonNode v : o.path("values")) {
            values.add(parseFact(v));
        }
        return new ClaimGroup(o.path("key").asText(), o.path("label").asText(),
                FactKind.valueOf(o.path("kind").asText()), GroupStatus.valueOf(o.path("status").asText()), values);
    }

    /** Parses a fact written by {@link #fact}. */
    public static Fact parseFact(JsonNode v) {
        return new Fact(v.path("key").asText(), v.path("label").asText(), FactKind.valueOf(v.path("kind").asText()),
                v.hasNonNull("value") ? v.get("value").asDouble() : null, text(v, "qualifier"),
                v.path("running").asBoolean(), text(v, "stance"), v.path("text").asText(), v.path("start").asInt(),
                v.path("end").asInt(), text(v, "source"), v.path("article_id").asLong(), v.path("version_id").asLong(),
                v.path("outlet").asText(), text(v, "url"),
                v.hasNonNull("date") ? LocalDate.parse(v.get("date").asText()) : null);
    }

    /** Facts as a JSON array string. */
    public static String writeFacts(List<Fact> facts) {
        ArrayNode a = JSON.createArrayNode();
        facts.forEach(f -> a.add(fact(f)));
        return a.toString();
    }

    /** Facts from a JSON array string written by {@link #writeFacts}. */
    public static List<Fact> readFacts(String json) {
        List<Fact> out = new ArrayList<>();
        for (JsonNode v : read(json)) {
            out.add(parseFact(v));
        }
        return out;
    }

    /** Groups from a JSON array string written by {@link #groups}. */
    public static List<ClaimGroup> readGroups(String json) {
        List<ClaimGroup> out = new ArrayList<>();
        for (JsonNode g : read(json)) {
            out.add(parseGroup(g));
        }
        return out;
    }

    /** A term vector as a JSON object string. */
    public static String writeTerms(TermVector v) {
        ObjectNode o = JSON.createObjectNode();
        v.weights().forEach(o::put);
        return o.toString();
    }

    /** A term vector from a JSON object string. */
    public static TermVector readTerms(String json) {
        java.util.Map<String, Double> w = new java.util.HashMap<>();
        read(json).fields().forEachRemaining(e -> w.put(e.getKey(), e.getValue().asDouble()));
        return new TermVector(w);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null ? "[]" : json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode v, String field) {
        return v.hasNonNull(field) ? v.get(field).asText() : null;
    }
}
