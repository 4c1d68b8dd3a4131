package org.claimwatch.stories.pipeline;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import org.claimwatch.stories.StoryArticle;
import org.claimwatch.stories.Stories;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** An article whose latest version has no story analysis yet, locked for this transaction. */
record PendingArticle(StoryArticle article, Long storyId, String title) {

    static PendingArticle of(Row r) {
        String text = r.getString("text");
        JsonObject meta = new JsonObject(r.getString("metadata") == null ? "{}" : r.getString("metadata"));
        String outlet = meta.getString("site_name") != null ? meta.getString("site_name")
                : r.getString("outlet") != null ? r.getString("outlet") : host(r.getString("url"));
        LocalDate date = Stories.articleDate(text, r.getString("published"));
        if (date == null && r.getOffsetDateTime("feed_published_at") != null) {
            date = r.getOffsetDateTime("feed_published_at").atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        if (date == null) {
            date = r.getOffsetDateTime("first_seen_at").atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        String title = r.getString("title") != null ? r.getString("title") : r.getString("article_title");
        return new PendingArticle(new StoryArticle(r.getLong("article_id"), r.getLong("version_id"), outlet,
                r.getString("url"), title, date, text), r.getLong("story_id"), title);
    }

    private static String host(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
