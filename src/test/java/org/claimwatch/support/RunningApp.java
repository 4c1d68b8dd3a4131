package org.claimwatch.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.app.App;
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

    /** The first admin's password in every test configuration. */
    public static final String ADMIN_PASSWORD = "test-admin-password-0123";

    private final App app;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private String sessionCookie;

    private RunningApp(App app, int port) {
        this.app = app;
        this.port = port;
    }

    /**
     * Test defaults: a free HTTP port, 200 ms ticks, 1 s re-checks, loopback feeds allowed, sentence embeddings
     * off (the model loads only in the tests that need it: they turn {@code nlp.embeddings} on).
     */
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
                // every loopback site is one host: production politeness (2 at once, 500 ms apart) made a suite's
                // feeds and re-checks queue behind each other; tests of politeness set their own limits
                .put(ConfigKeys.FETCH_HOST_CONCURRENCY, 6)
                .put(ConfigKeys.FETCH_HOST_DELAY_MS, 0)
                .put(ConfigKeys.NET_ALLOW, new JsonArray().add("127.0.0.0/8"))
                .put(ConfigKeys.AUTH_ADMIN_PASSWORD, ADMIN_PASSWORD)
                .put(ConfigKeys.NLP_EMBEDDINGS, false);
    }

    /** Starts the app and signs in as the first admin: REST calls carry an API token of that admin. */
    public static RunningApp start(JsonObject config) throws Exception {
        RunningApp running = new RunningApp(App.start(config), config.getInteger(ConfigKeys.HTTP_PORT));
        try {
            running.signIn();
        } catch (Exception | AssertionError e) {
            running.close();
            throw e;
        }
        return running;
    }

    private void signIn() throws Exception {
        HttpResponse<String> login = anonymous("POST", "/api/session",
                new JsonObject().put("username", "admin").put("password", ADMIN_PASSWORD));
        if (login.statusCode() != 200) {
            throw new AssertionError("admin sign-in answered " + login.statusCode() + ": " + login.body());
        }
        sessionCookie = login.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
        String csrf = new JsonObject(login.body()).getString("csrf_token");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/tokens"))
                        .header("content-type", "application/json").header("cookie", sessionCookie)
                        .header("X-CSRF-Token", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("name", "tests").encode())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new AssertionError("creating the test token answered " + created.statusCode() + ": " + created.body());
        }
        token = new JsonObject(created.body()).getString("token");
    }

    /** The admin's session cookie ({@code name=value}), e.g. for a browser context. */
    public String sessionCookie() {
        return sessionCookie;
    }

    /** The admin's API token. */
    public String token() {
        return token;
    }

    /** A live client signed in as the admin. */
    public LiveClient live() throws Exception {
        return LiveClient.connect(port, token);
    }

    /** A request without credentials. */
    public HttpResponse<String> anonymous(String method, String path, JsonObject body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("content-type", "application/json")
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.encode()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
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
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String method, String path, JsonObject body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                        .header("content-type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.encode()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Adds a feed through the REST API and returns its id. Sent with {@code force}: tests add feeds that do not
     * answer yet or answer wrongly on purpose; the refusal of web pages is tested on its own (PollingIT, WorkspaceIT).
     */
    public long addFeed(String url, int intervalSeconds) throws Exception {
        HttpResponse<String> res = send("POST", "/api/feeds",
                new JsonObject().put("url", url).put("interval_seconds", intervalSeconds).put("force", true));
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
