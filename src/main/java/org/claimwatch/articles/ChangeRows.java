package org.claimwatch.articles;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.claims.Quantity;
import org.claimwatch.diff.ClaimChange;
import org.claimwatch.diff.Span;

import java.util.List;

/** Claim changes as stored rows and as the JSON the API, the live stream and alerts carry. */
public final class ChangeRows {

    private ChangeRows() {
    }

    static Tuple insertParams(long articleId, long versionId, int fromVersion, int toVersion, ClaimChange c) {
        return Tuple.from(new Object[] {articleId, versionId, fromVersion, toVersion, c.kind().name(), c.key(),
                c.before(), c.after(), (float) c.significance(), detail(c).encode()});
    }

    /**
     * What the columns do not hold: spans, numbers and sentence indices; for a headline change the kinds found
     * inside it ({@code aspects}) and {@code returning} (back to an earlier headline: never alerts), for an editorial
     * note the keys of the changes it names ({@code related}).
     */
    static JsonObject detail(ClaimChange c) {
        JsonArray spans = new JsonArray();
        for (Span s : c.spans()) {
            spans.add(new JsonObject().put("kind", s.kind().name()).put("start", s.start()).put("end", s.end())
                    .put("text", s.text()));
        }
        JsonObject detail = new JsonObject()
                .put("spans", spans)
                .put("numbers", new JsonObject().put("before", numbers(c.beforeNumbers())).put("after", numbers(c.afterNumbers())))
                .put("before_sentence", c.beforeSentence())
                .put("after_sentence", c.afterSentence());
        if (!c.aspects().isEmpty()) {
            detail.put("aspects", new JsonArray(c.aspects().stream().map(Enum::name).toList()));
        }
        if (!c.related().isEmpty()) {
            detail.put("related", new JsonArray(c.related()));
        }
        if (c.returning()) {
            detail.put("returning", true);
        }
        return detail;
    }

    static JsonArray numbers(List<Quantity> quantities) {
        JsonArray out = new JsonArray();
        for (Quantity q : quantities) {
            out.add(new JsonObject().put("value", q.value()).put("qualifier", q.qualifier()).put("unit", q.unit())
                    .put("text", q.text()));
        }
        return out;
    }

    /**
     * A stored change row (joined with its article) in the public shape; {@code aspects}, {@code related} and
     * {@code returning} only when the change has them (headline changes, editorial notes).
     */
    public static JsonObject publicShape(JsonObject row) {
        Object detailValue = row.getValue("detail");
        JsonObject detail = detailValue instanceof JsonObject d ? d
                : detailValue instanceof String s ? new JsonObject(s) : new JsonObject();
        JsonObject out = new JsonObject()
                .put("id", row.getLong("id"))
                .put("article_id", row.getLong("article_id"))
                .put("version_id", row.getLong("version_id"))
                .put("feed_id", row.getLong("feed_id"))
                .put("from_version", row.getInteger("from_version"))
                .put("to_version", row.getInteger("to_version"))
                .put("kind", row.getString("kind"))
                .put("key", row.getString("claim_key"))
                .put("before", row.getString("before_text"))
                .put("after", row.getString("after_text"))
                .put("significance", ((Number) row.getValue("significance")).doubleValue())
                .put("spans", detail.getJsonArray("spans", new JsonArray()))
                .put("numbers", detail.getJsonObject("numbers", new JsonObject()))
                .put("created_at", row.getValue("created_at"))
                .put("title", row.getString("title"))
                .put("url", row.getString("url"))
                .put("outlet", row.getString("outlet"));
        for (String optional : List.of("aspects", "related", "returning")) {
            if (detail.containsKey(optional)) {
                out.put(optional, detail.getValue(optional));
            }
        }
        return out;
    }
}
