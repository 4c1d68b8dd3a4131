package org.claimwatch.articles;

import io.vertx.core.json.JsonObject;

/** A page fetched for an article, as sent from the fetch stage to the process stage. */
public record FetchedPage(long articleId, String url, String charset, byte[] html) {

    public JsonObject toJson() {
        return new JsonObject().put("article_id", articleId).put("url", url).put("charset", charset).put("html", html);
    }

    public static FetchedPage fromJson(JsonObject o) {
        return new FetchedPage(o.getLong("article_id"), o.getString("url"), o.getString("charset"), o.getBinary("html"));
    }
}
