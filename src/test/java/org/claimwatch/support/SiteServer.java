package org.claimwatch.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on loopback serving pages whose content tests change while claimwatch polls them. */
public final class SiteServer implements AutoCloseable {

    /** What one path answers. */
    public record Page(int status, String contentType, String body) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final HttpServer server;

    public SiteServer() throws Exception {
        server = vertx.createHttpServer().requestHandler(req -> {
            hits.computeIfAbsent(req.path(), p -> new AtomicInteger()).incrementAndGet();
            Page page = pages.get(req.path());
            if (page == null) {
                req.response().setStatusCode(404).end("no such page");
                return;
            }
            req.response().setStatusCode(page.status()).putHeader("content-type", page.contentType()).end(page.body());
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.actualPort() + path;
    }

    public void serve(String path, int status, String contentType, String body) {
        pages.put(path, new Page(status, contentType, body));
    }

    public void html(String path, String body) {
        serve(path, 200, "text/html; charset=utf-8", body);
    }

    public void rss(String path, String body) {
        serve(path, 200, "application/rss+xml; charset=utf-8", body);
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
