package org.claimwatch.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.LiveClient;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only the right roles change things; sessions need CSRF tokens; sign-in is rate-limited; secrets stay secret. */
class SecurityIT {

    /** Endpoints a signed-in viewer may call with a write method, and why. */
    private static final Set<String> VIEWER_WRITES = Set.of(
            "POST /api/session/password", // everyone changes their own password
            "POST /api/tokens", "DELETE /api/tokens/:id"); // and manages their own API tokens
    /**
     * Endpoints anyone may call with a write method: signing in and out. The SockJS transports' POSTs carry bridge
     * frames from signed-in viewers; the bridge itself refuses every inbound message (PipelineIT).
     */
    private static final Set<String> OPEN_WRITES = Set.of("POST /api/session", "DELETE /api/session");
    private static final String VIEWER_TRANSPORT = "POST /eventbus/";

    private static final List<String> logged = new ArrayList<>();
    private static final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (logged) {
                logged.add(r.getMessage() + " " + (r.getThrown() == null ? "" : r.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private static SiteServer site;
    private static RunningApp app;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Logger.getLogger("").addHandler(capture);
        site = new SiteServer();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        site.close();
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void everyWriteEndpointRefusesAnonymousAndViewerCalls() throws Exception {
        JsonArray routes = new JsonArray(app.get("/api/routes").body());
        List<String> writes = new ArrayList<>();
        for (Object o : routes) {
            JsonObject r = (JsonObject) o;
            String method = r.getString("method");
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")
                    && !OPEN_WRITES.contains(method + " " + r.getString("path"))) {
                writes.add(method + " " + r.getString("path"));
            }
        }
        assertThat(writes).contains("POST /api/feeds", "PATCH /api/feeds/:id", "DELETE /api/feeds/:id", "POST /api/users");

        String viewer = tokenFor("vera", "viewer");
        for (String endpoint : writes) {
            String method = endpoint.split(" ")[0];
            String path = endpoint.split(" ")[1].replaceAll(":[a-zA-Z_]+", "1");
            assertThat(call(method, path, null).statusCode()).as("anonymous " + endpoint).isEqualTo(401);
            if (!VIEWER_WRITES.contains(endpoint) && !endpoint.startsWith(VIEWER_TRANSPORT)) {
                assertThat(call(method, path, viewer).statusCode()).as("viewer " + endpoint).isEqualTo(403);
            }
        }
    }

    @Test
    void readsNeedASignInUnlessPublic() throws Exception {
        assertThat(call("GET", "/api/feeds", null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/changes", null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void editorsChangeFeedsButNotUsers() throws Exception {
        String editor = tokenFor("ed", "editor");
        site.rss("/editor.xml", Fixtures.rss("Ed", List.of(site.url("/a")), List.of("A")));
        assertThat(call("POST", "/api/feeds", editor, new JsonObject().put("url", site.url("/editor.xml"))).statusCode())
                .isEqualTo(201);
        assertThat(call("GET", "/api/users", editor).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/audit", editor).statusCode()).isEqualTo(403);
    }

    @Test
    void cookieSessionsNeedTheCsrfToken() throws Exception {
        site.rss("/csrf.xml", Fixtures.rss("C", List.of(site.url("/c")), List.of("C")));
        JsonObject body = new JsonObject().put("url", site.url("/csrf.xml"));
        HttpResponse<String> without = send(HttpRequest.newBuilder(uri("/api/feeds")).header("cookie", app.sessionCookie())
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode())));
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("CSRF");
        String csrf = new JsonObject(send(HttpRequest.newBuilder(uri("/api/session")).header("cookie", app.sessionCookie())
                .GET()).body()).getString("csrf_token");
        HttpResponse<String> with = send(HttpRequest.newBuilder(uri("/api/feeds")).header("cookie", app.sessionCookie())
                .header("X-CSRF-Token", csrf).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())));
        assertThat(with.statusCode()).isEqualTo(201);
    }

    @Test
    void signInIsRateLimitedWithOneGenericError() throws Exception {
        tokenFor("mallory-target", "viewer");
        HttpResponse<String> unknown = login("nobody-here", "wrong password 1");
        HttpResponse<String> wrong = login("mallory-target", "wrong password 1");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body()).contains("invalid username or password");
        for (int i = 0; i < 4; i++) {
            login("mallory-target", "wrong password " + i);
        }
        HttpResponse<String> locked = login("mallory-target", "whatever");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("too many failed sign-ins");
    }

    @Test
    void bridgeRefusesConnectionsWithoutASession() {
        assertThatThrownBy(() -> LiveClient.connect(app.port()).close()).hasRootCauseMessage(
                "Unexpected HTTP response status code 401");
    }

    @Test
    void securityHeadersAreOnEveryResponse() throws Exception {
        HttpResponse<String> page = call("GET", "/", null);
        assertThat(page.headers().firstValue("content-security-policy").orElse(""))
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("x-content-type-options")).contains("nosniff");
        assertThat(page.headers().firstValue("referrer-policy")).contains("no-referrer");
    }

    @Test
    void tokensAreShownOnceAndNeverLoggedAndChangesAreAudited() throws Exception {
        HttpResponse<String> created = call("POST", "/api/tokens", app.token(), new JsonObject().put("name", "ci bot"));
        String token = new JsonObject(created.body()).getString("token");
        assertThat(token).startsWith("cwt_");
        String listed = call("GET", "/api/tokens", app.token()).body();
        assertThat(listed).contains("ci bot").doesNotContain(token);
        long id = new JsonObject(created.body()).getLong("id");
        assertThat(call("DELETE", "/api/tokens/" + id, app.token()).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/feeds", token).statusCode()).isEqualTo(401);

        site.rss("/audited.xml", Fixtures.rss("Audited", List.of(site.url("/x")), List.of("X")));
        call("POST", "/api/feeds", app.token(), new JsonObject().put("url", site.url("/audited.xml")));
        JsonArray audit = new JsonObject(call("GET", "/api/audit", app.token()).body()).getJsonArray("items");
        assertThat(audit.stream().map(o -> (JsonObject) o)
                .anyMatch(e -> "admin".equals(e.getString("username")) && "POST /api/feeds".equals(e.getString("action"))
                        && e.getString("detail", "").contains("audited.xml"))).isTrue();
        synchronized (logged) {
            assertThat(String.join("\n", logged)).doesNotContain(token).doesNotContain(app.token())
                    .doesNotContain(RunningApp.ADMIN_PASSWORD);
        }
    }

    @Test
    void publicModeShowsTheLivePageDataOnly() throws Exception {
        JsonObject config = RunningApp.testConfig(TestDatabase.create()).put("auth.publicMode", true);
        try (RunningApp open = RunningApp.start(config)) {
            assertThat(open.anonymous("GET", "/api/changes", null).statusCode()).isEqualTo(200);
            assertThat(open.anonymous("GET", "/api/feeds", null).statusCode()).isEqualTo(401);
            assertThat(open.anonymous("POST", "/api/feeds", new JsonObject().put("url", "http://example.com/")).statusCode())
                    .isEqualTo(401);
            try (LiveClient anonymous = LiveClient.connect(open.port())) {
                anonymous.register("claimwatch.live.changes");
            }
        }
    }

    /** A new user of {@code role} who has changed the one-time password, and an API token of theirs. */
    private static String tokenFor(String username, String role) throws Exception {
        JsonObject user = new JsonObject(call("POST", "/api/users", app.token(),
                new JsonObject().put("username", username).put("role", role)).body());
        String oneTime = user.getString("one_time_password");
        HttpResponse<String> first = login(username, oneTime);
        String cookie = first.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
        String csrf = new JsonObject(first.body()).getString("csrf_token");
        assertThat(send(HttpRequest.newBuilder(uri("/api/feeds")).header("cookie", cookie).GET()).body())
                .contains("change your one-time password first");
        String password = "a new password for " + username;
        assertThat(send(HttpRequest.newBuilder(uri("/api/session/password")).header("cookie", cookie)
                .header("X-CSRF-Token", csrf).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("current_password", oneTime)
                        .put("new_password", password).encode()))).statusCode()).isEqualTo(204);
        HttpResponse<String> second = login(username, password);
        String cookie2 = second.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
        String csrf2 = new JsonObject(second.body()).getString("csrf_token");
        HttpResponse<String> token = send(HttpRequest.newBuilder(uri("/api/tokens")).header("cookie", cookie2)
                .header("X-CSRF-Token", csrf2).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("name", "t").encode())));
        assertThat(token.statusCode()).isEqualTo(201);
        return new JsonObject(token.body()).getString("token");
    }

    private static HttpResponse<String> login(String username, String password) throws Exception {
        return app.anonymous("POST", "/api/session", new JsonObject().put("username", username).put("password", password));
    }

    private static HttpResponse<String> call(String method, String path, String token) throws Exception {
        return call(method, path, token, method.equals("GET") || method.equals("DELETE") ? null : new JsonObject());
    }

    private static HttpResponse<String> call(String method, String path, String token, JsonObject body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("content-type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }
}
