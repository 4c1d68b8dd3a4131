package org.claimwatch.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.App;
import org.claimwatch.config.AppConfig;
import org.claimwatch.config.ConfigKeys;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** claimwatch started for a test with fast ticks, loopback allowed, and a REST client for its API. */
public final class RunningApp implements AutoCloseable {

    private final App app;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningApp(App app, int port) {
        this.app = app;
        this.port = port;
    }

    /** Test defaults: a free HTTP port, 200 ms ticks, 1 s re-checks, loopback feeds allowed. */
    public static JsonObject testConfig(String dbUrl) throws IOException {
        return AppConfig.defaults()
                .put(ConfigKeys.DB_URL, dbUrl == null ? "" : dbUrl)
                .put(ConfigKeys.HTTP_HOST, "127.0.0.1")
                .put(ConfigKeys.HTTP_PORT, freePort())
                .put(ConfigKeys.POLL_TICK_MS, 200)
                .put(ConfigKeys.FETCH_TICK_MS, 200)
                .put(ConfigKeys.POLL_MIN_INTERVAL_S, 1)
                .put(ConfigKeys.ARTICLE_RECHECK_S, 1)
                .put(ConfigKeys.FETCH_RETRY_S, 1)
                .put(ConfigKeys.FETCH_TIMEOUT_MS, 3000)
                .put(ConfigKeys.NET_ALLOW, new JsonArray().add("127.0.0.0/8"));
    }

    public static RunningApp start(JsonObject config) throws Exception {
        return new RunningApp(App.start(config), config.getInteger(ConfigKeys.HTTP_PORT));
    }

    public App app() {
        return app;
    }

    public int port() {
        return port;
    }

    public String dbUrl() {
        return app.config().getString(ConfigKeys.DB_URL);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String method, String path, JsonObject body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("content-type", "application/json")
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.encode()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Adds a feed through the REST API and returns its id. */
    public long addFeed(String url, int intervalSeconds) throws Exception {
        HttpResponse<String> res = send("POST", "/api/feeds",
                new JsonObject().put("url", url).put("interval_seconds", intervalSeconds));
        if (res.statusCode() != 201) {
            throw new AssertionError("adding feed " + url + " answered " + res.statusCode() + ": " + res.body());
        }
        return new JsonObject(res.body()).getLong("id");
    }

    public JsonObject feed(long id) throws Exception {
        return new JsonObject(get("/api/feeds/" + id).body());
    }

    @Override
    public void close() throws Exception {
        app.close();
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
