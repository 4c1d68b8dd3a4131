package org.claimwatch.web;

import io.vertx.ext.web.Router;
import org.claimwatch.feeds.FeedStore;
import org.claimwatch.tracker.OpmlWriter;

/** {@code GET /api/opml}: every feed as an OPML 2.0 download (import is done by the page, one feed at a time). */
final class OpmlExport {

    private final FeedStore feeds;

    OpmlExport(FeedStore feeds) {
        this.feeds = feeds;
    }

    void mount(Router router) {
        router.get("/api/opml").handler(ctx -> feeds.list().onSuccess(list -> ctx.response()
                        .putHeader("content-type", "text/x-opml; charset=utf-8")
                        .putHeader("content-disposition", "attachment; filename=\"claimwatch-feeds.opml\"")
                        .end(OpmlWriter.write("claimwatch feeds", list.stream()
                                .map(f -> new OpmlWriter.Feed(f.getString("url"), f.getString("title"),
                                        f.getString("site_url")))
                                .toList())))
                .onFailure(ctx::fail));
    }
}
