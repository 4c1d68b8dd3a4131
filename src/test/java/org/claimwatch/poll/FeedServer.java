package org.claimwatch.poll;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server whose paths answer with programmable behaviours (conditional GET, compression, redirects,
 * slow or huge bodies), recording every request: when it started, its headers, and the concurrency it saw.
 */
final class FeedServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Hit(String path, long atMillis, String ifNoneMatch, String userAgent, String acceptEncoding, int inFlight) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, Handler<HttpServerRequest>> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final HttpServer server;
    private final String host;

    FeedServer() throws Exception {
        this("127.0.0.1");
    }

    FeedServer(String host) throws Exception {
        this.host = host;
        server = vertx.createHttpServer().requestHandler(req -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            hits.add(new Hit(req.path(), System.currentTimeMillis(), req.getHeader("If-None-Match"),
                    req.getHeader("User-Agent"), req.getHeader("Accept-Encoding"), now));
            // over when answered, or when the connection closes first; counted once either way
            java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
            Handler<Void> done = v -> {
                if (over.compareAndSet(false, true)) {
                    inFlight.decrementAndGet();
                }
            };
            req.response().closeHandler(done);
            req.response().endHandler(done);
            Handler<HttpServerRequest> route = routes.get(req.path());
            if (route == null) {
                req.response().setStatusCode(404).end("no such page");
            } else {
                route.handle(req);
            }
        }).listen(0, host).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    String url(String path) {
        return "http://" + host + ":" + server.actualPort() + path;
    }

    /**
     * Never answers the first request to {@code path} (the instance that sent it dies holding its lease), then serves
     * {@code rss}.
     */
    void holdFirstRequest(String path, String rss) {
        route(path, req -> {
            if (hits(path).size() > 1) {
                req.response().putHeader("content-type", "application/rss+xml").end(rss);
            }
        });
    }

    void route(String path, Handler<HttpServerRequest> handler) {
        routes.put(path, handler);
    }

    void serve(String path, String contentType, String body) {
        route(path, req -> req.response().putHeader("content-type", contentType).end(body));
    }

    /** Serves {@code body} with an ETag, answering 304 when the client sends it back. */
    void serveWithEtag(String path, String contentType, String body, String etag) {
        route(path, req -> {
            if (etag.equals(req.getHeader("If-None-Match"))) {
                req.response().setStatusCode(304).putHeader("ETag", etag).end();
            } else {
                req.response().putHeader("content-type", contentType).putHeader("ETag", etag).end(body);
            }
        });
    }

    List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    Vertx vertx() {
        return vertx;
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
