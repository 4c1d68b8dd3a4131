package org.claimwatch.articles;

import io.vertx.core.json.JsonObject;

/**
 * A page fetched for an article, as sent from the fetch stage to the process stage, with the seconds to the next
 * check when the page is unchanged ({@code recheckSeconds}) or when it changed ({@code changedRecheckSeconds});
 * -1 means no further check.
 */
public record FetchedPage(long articleId, String url, String charset, byte[] html, int recheckSeconds,
                          int changedRecheckSeconds) {

    public JsonObject toJson() {
        return new JsonObject().put("article_id", articleId).put("url", url).put("charset", charset).put("html", html)
                .put("recheck_s", recheckSeconds).put("changed_recheck_s", changedRecheckSeconds);
    }

    public static FetchedPage fromJson(JsonObject o) {
        return new FetchedPage(o.getLong("article_id"), o.getString("url"), o.getString("charset"), o.getBinary("html"),
                o.getInteger("recheck_s", 900), o.getInteger("changed_recheck_s", 900));
    }
}
