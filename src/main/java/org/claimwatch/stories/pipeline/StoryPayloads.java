package org.claimwatch.stories.pipeline;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import org.claimwatch.stories.Fact;
import org.claimwatch.stories.StoryArticle;
import org.claimwatch.stories.StoryChange;

/** The public shape of a story change, as pushed on {@code claimwatch.live.stories} and stored. */
final class StoryPayloads {

    private StoryPayloads() {
    }

    /**
     * {@code {kind, story_id, title, key, label, status, values:[{outlet, display, value, date, article_id, url,
     * start, end, text, source}], article_id, url, outlet, value}}: the new article and its value last.
     */
    static JsonObject change(long storyId, String title, StoryChange c, StoryArticle article) {
        JsonArray values = new JsonArray();
        for (Fact f : c.group().values()) {
            values.add(value(f));
        }
        return new JsonObject().put("type", "story_change").put("kind", c.kind().name()).put("story_id", storyId)
                .put("title", title).put("key", c.group().key()).put("label", c.group().label())
                .put("group_kind", c.group().kind().name()).put("status", c.group().status().name())
                .put("values", values).put("article_id", article.articleId()).put("version_id", article.versionId())
                .put("url", article.url()).put("outlet", article.outlet())
                .put("value", value(c.fact()));
    }

    static JsonObject value(Fact f) {
        return new JsonObject().put("outlet", f.outlet()).put("display", f.display()).put("value", f.value())
                .put("qualifier", f.qualifier()).put("stance", f.stance())
                .put("date", f.date() == null ? null : f.date().toString()).put("article_id", f.articleId())
                .put("version_id", f.versionId()).put("url", f.url()).put("start", f.start()).put("end", f.end())
                .put("text", f.text()).put("source", f.source());
    }

    /** What a story change means to a webhook filter: significance by kind (a dispute matters most). */
    static double significance(String kind) {
        return switch (kind) {
            case "STORY_CLAIM_DISPUTED" -> 0.9;
            case "STORY_CLAIM_UPDATED" -> 0.8;
            default -> 0.6;
        };
    }

    /** The story changes an article brought, in the shape {@code alerts/AlertOutbox.enqueue} takes. */
    static JsonObject alertSummary(long storyId, String title, StoryArticle article, List<JsonObject> changes) {
        JsonArray alertChanges = new JsonArray();
        for (JsonObject c : changes) {
            StringBuilder others = new StringBuilder();
            for (Object o : c.getJsonArray("values", new JsonArray())) {
                JsonObject v = (JsonObject) o;
                if (!Long.valueOf(article.articleId()).equals(v.getLong("article_id"))) {
                    others.append(others.length() == 0 ? "" : "; ").append(v.getString("outlet")).append(": ")
                            .append(v.getString("display"));
                }
            }
            JsonObject mine = c.getJsonObject("value", new JsonObject());
            alertChanges.add(new JsonObject().put("kind", c.getString("kind")).put("story_id", storyId)
                    .put("key", c.getString("key")).put("before", others.toString())
                    .put("after", mine.getString("outlet") + ": " + mine.getString("display"))
                    .put("significance", significance(c.getString("kind"))));
        }
        return new JsonObject().put("story_id", storyId).put("title", title).put("article_id", article.articleId())
                .put("url", article.url()).put("outlet", article.outlet()).put("changes", alertChanges);
    }
}
