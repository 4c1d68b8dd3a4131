package org.claimwatch.clean;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds the main entity (preferably an article) in a page's JSON-LD blocks. Pure and thread-safe. */
final class JsonLdReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    /** The fields claimwatch uses from the main JSON-LD entity; null when absent. */
    record Entity(String type, String headline, String author, String published, String modified,
                  String image, String publisher, String articleBody, boolean paywalled) {
    }

    private JsonLdReader() {
    }

    /** The best entity in the blocks: an article type if any, else the first typed node; null if none. */
    static Entity read(List<String> blocks) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String block : blocks) {
            try {
                collect(JSON.readTree(block.strip()), nodes, 0);
            } catch (Exception e) {
                // malformed JSON-LD is common; the page's other metadata still counts
            }
        }
        JsonNode best = null;
        for (JsonNode n : nodes) {
            if (isArticleType(typeOf(n))) {
                if (best == null || !isArticleType(typeOf(best))
                        || (!best.hasNonNull("articleBody") && n.hasNonNull("articleBody"))) {
                    best = n;
                }
            } else if (best == null && !isSiteFurniture(typeOf(n))) {
                best = n;
            }
        }
        return best == null ? null : toEntity(best);
    }

    static boolean isArticleType(String type) {
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.contains("article") || t.contains("posting") || t.equals("report") || t.equals("review")
                || t.equals("recipe") || t.equals("howto") || t.equals("creativework");
    }

    private static boolean isSiteFurniture(String type) {
        if (type == null) {
            return true;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("organization") || t.equals("website") || t.equals("breadcrumblist") || t.equals("person")
                || t.equals("imageobject") || t.equals("sitenavigationelement") || t.equals("searchaction")
                || t.equals("newsmediaorganization") || t.equals("localbusiness") || t.equals("corporation");
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, out, depth + 1);
            }
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static String typeOf(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return null;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (isArticleType(x.asText())) {
                    return x.asText();
                }
            }
            return t.size() > 0 ? t.get(0).asText() : null;
        }
        return t.asText();
    }

    private static Entity toEntity(JsonNode n) {
        JsonNode free = n.get("isAccessibleForFree");
        boolean paywalled = free != null && (free.isBoolean() ? !free.asBoolean()
                : "false".equalsIgnoreCase(free.asText()));
        return new Entity(typeOf(n), text(n.get("headline")), names(n.get("author")), text(n.get("datePublished")),
                text(n.get("dateModified")), url(n.get("image")), names(n.get("publisher")),
                text(n.get("articleBody")), paywalled);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.size() == 0 ? null : text(n.get(0));
        }
        String s = n.isObject() ? null : n.asText().strip();
        return s == null || s.isEmpty() ? null : s;
    }

    private static String names(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            List<String> all = new ArrayList<>();
            for (JsonNode x : n) {
                String name = names(x);
                if (name != null && !all.contains(name)) {
                    all.add(name);
                }
            }
            return all.isEmpty() ? null : String.join(", ", all);
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    private static String url(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.size() == 0 ? null : url(n.get(0));
        }
        return n.isObject() ? text(n.has("url") ? n.get("url") : n.get("@id")) : text(n);
    }
}
