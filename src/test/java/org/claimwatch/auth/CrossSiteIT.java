package org.claimwatch.auth;

import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Fixtures;
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
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19, findings 4 and 5: no state change and no live connection from another site (Origin / Sec-Fetch-Site
 * checked against the public origin, sign-in and sign-out included), Secure cookies over HTTPS (directly or through a
 * trusted proxy), API responses never cached, and the page may connect to its own origin only.
 */
class CrossSiteIT {

    private static final String EVIL = "http://evil.example";
    private static final HttpClient http = HttpClient.newHttpClient();
    private static SiteServer site;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        site = new SiteServer();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        site.close();
    }

    private static String self() {
        return "http://127.0.0.1:" + app.port();
    }

    @Test
    void signInFromAnotherSiteSetsNoCookie() throws Exception {
        String credentials = new JsonObject().put("username", "admin").put("password", RunningApp.ADMIN_PASSWORD).encode();
        HttpResponse<String> crossSite = send(HttpRequest.newBuilder(uri(app, "/api/session"))
                .header("content-type", "text/plain").header("Origin", EVIL)
                .POST(HttpRequest.BodyPublishers.ofString(credentials)));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().firstValue("set-cookie")).isEmpty();

        HttpResponse<String> fetchMetadata = send(HttpRequest.newBuilder(uri(app, "/api/session"))
                .header("content-type", "text/plain").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)));
        assertThat(fetchMetadata.statusCode()).isEqualTo(403);
        assertThat(fetchMetadata.headers().firstValue("set-cookie")).isEmpty();

        HttpResponse<String> sameOrigin = send(HttpRequest.newBuilder(uri(app, "/api/session"))
                .header("content-type", "application/json").header("Origin", self()).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)));
        assertThat(sameOrigin.statusCode()).isEqualTo(200);
        assertThat(sameOrigin.headers().firstValue("set-cookie")).isPresent();
    }

    @Test
    void signOutNeedsTheCsrfTokenAndTheSameOrigin() throws Exception {
        Session s = signIn(app, self());
        HttpResponse<String> noToken = send(HttpRequest.newBuilder(uri(app, "/api/session")).header("cookie", s.cookie)
                .DELETE());
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> crossSite = send(HttpRequest.newBuilder(uri(app, "/api/session")).header("cookie", s.cookie)
                .header("X-CSRF-Token", s.csrf).header("Origin", EVIL).DELETE());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(whoAmI(s.cookie).getValue("user")).as("still signed in").isInstanceOf(JsonObject.class);
        HttpResponse<String> ok = send(HttpRequest.newBuilder(uri(app, "/api/session")).header("cookie", s.cookie)
                .header("X-CSRF-Token", s.csrf).header("Origin", self()).DELETE());
        assertThat(ok.statusCode()).isEqualTo(204);
        assertThat(whoAmI(s.cookie).getValue("user")).as("signed out").isNull();
    }

    @Test
    void aValidTokenFromAnotherOriginChangesNothing() throws Exception {
        Session s = signIn(app, self());
        site.rss("/cross.xml", Fixtures.rss("X", List.of(site.url("/x")), List.of("X")));
        String body = new JsonObject().put("url", site.url("/cross.xml")).put("force", true).encode();
        HttpResponse<String> evil = send(HttpRequest.newBuilder(uri(app, "/api/feeds")).header("cookie", s.cookie)
                .header("X-CSRF-Token", s.csrf).header("content-type", "application/json").header("Origin", EVIL)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(evil.statusCode()).isEqualTo(403);
        assertThat(evil.body()).contains("origin");
        HttpResponse<String> sibling = send(HttpRequest.newBuilder(uri(app, "/api/feeds")).header("cookie", s.cookie)
                .header("X-CSRF-Token", s.csrf).header("content-type", "application/json")
                .header("Sec-Fetch-Site", "same-site").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(sibling.statusCode()).isEqualTo(403);
        HttpResponse<String> nullOrigin = send(HttpRequest.newBuilder(uri(app, "/api/feeds")).header("cookie", s.cookie)
                .header("X-CSRF-Token", s.csrf).header("content-type", "application/json").header("Origin", "null")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(nullOrigin.statusCode()).isEqualTo(403);
        assertThat(app.get("/api/feeds").body()).doesNotContain("cross.xml");
        HttpResponse<String> own = send(HttpRequest.newBuilder(uri(app, "/api/feeds")).header("cookie", s.cookie)
                .header("X-CSRF-Token", s.csrf).header("content-type", "application/json").header("Origin", self())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(own.statusCode()).isEqualTo(201);
    }

    @Test
    void theLiveHandshakeFromAnotherOriginIsRefused() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri(app, "/eventbus/info")).header("Authorization", "Bearer " + app.token())
                .header("Origin", EVIL).GET()).statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(uri(app, "/eventbus/info")).header("Authorization", "Bearer " + app.token())
                .header("Origin", self()).GET()).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> webSocket(EVIL).abort()).hasRootCauseMessage("Unexpected HTTP response status code 403");
        webSocket(self()).abort();
    }

    @Test
    void aConfiguredPublicOriginIsTheOnlyOneAccepted() throws Exception {
        String publicOrigin = "https://news.example.org";
        try (RunningApp proxied = RunningApp.start(RunningApp.testConfig(app.dbUrl())
                .put(ConfigKeys.HTTP_PUBLIC_ORIGIN, publicOrigin))) {
            String credentials = new JsonObject().put("username", "admin").put("password", RunningApp.ADMIN_PASSWORD).encode();
            assertThat(send(HttpRequest.newBuilder(uri(proxied, "/api/session")).header("content-type", "application/json")
                    .header("Origin", "http://127.0.0.1:" + proxied.port())
                    .POST(HttpRequest.BodyPublishers.ofString(credentials))).statusCode())
                    .as("the Host it was reached on no longer counts").isEqualTo(403);
            assertThat(send(HttpRequest.newBuilder(uri(proxied, "/api/session")).header("content-type", "application/json")
                    .header("Origin", publicOrigin).POST(HttpRequest.BodyPublishers.ofString(credentials))).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void theSessionCookieIsSecureBehindATrustedHttpsProxyOnly() throws Exception {
        HttpResponse<String> untrusted = signInRaw(app, "https");
        assertThat(untrusted.headers().firstValue("set-cookie").orElseThrow()).doesNotContainIgnoringCase("secure");
        try (RunningApp proxied = RunningApp.start(RunningApp.testConfig(app.dbUrl())
                .put(ConfigKeys.HTTP_TRUST_PROXY, true))) {
            HttpResponse<String> trusted = signInRaw(proxied, "https");
            assertThat(trusted.statusCode()).isEqualTo(200);
            assertThat(trusted.headers().firstValue("set-cookie").orElseThrow()).containsIgnoringCase("secure");
            assertThat(signInRaw(proxied, "http").headers().firstValue("set-cookie").orElseThrow())
                    .doesNotContainIgnoringCase("secure");
        }
    }

    @Test
    void apiResponsesAreNeverCachedAndThePageConnectsToItselfOnly() throws Exception {
        assertThat(app.get("/api/feeds").headers().firstValue("cache-control")).contains("no-store");
        assertThat(app.anonymous("GET", "/api/session", null).headers().firstValue("cache-control")).contains("no-store");
        assertThat(app.anonymous("GET", "/api/feeds", null).headers().firstValue("cache-control")).contains("no-store");
        String csp = app.anonymous("GET", "/", null).headers().firstValue("content-security-policy").orElseThrow();
        assertThat(csp).contains("connect-src 'self';").doesNotContain("ws:").doesNotContain("wss:");
    }

    private record Session(String cookie, String csrf) {
    }

    private static Session signIn(RunningApp target, String origin) throws Exception {
        HttpResponse<String> res = send(HttpRequest.newBuilder(uri(target, "/api/session"))
                .header("content-type", "application/json").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("username", "admin")
                        .put("password", RunningApp.ADMIN_PASSWORD).encode())));
        assertThat(res.statusCode()).isEqualTo(200);
        return new Session(res.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0],
                new JsonObject(res.body()).getString("csrf_token"));
    }

    private static HttpResponse<String> signInRaw(RunningApp target, String forwardedProto) throws Exception {
        return send(HttpRequest.newBuilder(uri(target, "/api/session")).header("content-type", "application/json")
                .header("X-Forwarded-Proto", forwardedProto)
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("username", "admin")
                        .put("password", RunningApp.ADMIN_PASSWORD).encode())));
    }

    private static JsonObject whoAmI(String cookie) throws Exception {
        return new JsonObject(send(HttpRequest.newBuilder(uri(app, "/api/session")).header("cookie", cookie).GET()).body());
    }

    private static WebSocket webSocket(String origin) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + app.token()).header("Origin", origin)
                .buildAsync(URI.create("ws://127.0.0.1:" + app.port() + "/eventbus/000/abcdefgh/websocket"),
                        new WebSocket.Listener() {
                        })
                .get(10, TimeUnit.SECONDS);
    }

    private static URI uri(RunningApp target, String path) {
        return URI.create("http://127.0.0.1:" + target.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
