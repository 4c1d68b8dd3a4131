package org.claimwatch.alerts;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.diff.ChangeKind;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimwatch.alerts.VersionWriter.change;

/** Webhook alerts end to end: the real app on a real PostgreSQL delivering to a real loopback receiver. */
class AlertsIT {

    private static RunningApp app;
    private static VersionWriter versions;
    private static long feedId;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(config(RunningApp.testConfig(TestDatabase.create())));
        versions = new VersionWriter(app.dbUrl());
        feedId = versions.feed("The Test Gazette");
    }

    /** Fast ticks and retries: 200 ms doubling, 5 attempts before the dead letter. */
    static JsonObject config(JsonObject base) {
        return base.put("alerts.tickMs", 100).put("alerts.retryBaseMs", 200).put("alerts.retryMaxDelayMs", 2000)
                .put("alerts.maxAttempts", 5).put("alerts.maxPerMinute", 1000).put("alerts.leaseSeconds", 10)
                .put("alerts.timeoutMs", 3000)
                .put("alerts.secretKey", java.util.Base64.getEncoder().encodeToString(new byte[32]));
    }

    @AfterAll
    static void stop() throws Exception {
        versions.close();
        app.close();
    }

    static JsonObject subscribe(RunningApp app, String url, JsonObject filters) throws Exception {
        HttpResponse<String> res = app.send("POST", "/api/subscriptions", new JsonObject().put("name", "newsdesk")
                .put("url", url).put("format", "claimwatch").put("filters", filters).put("active", true));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return new JsonObject(res.body());
    }

    /** The Standard Webhooks check, written here from the specification, independently of the app's code. */
    static boolean signedBy(String secret, Receiver.Hit hit, String body) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = Base64.getEncoder().encode(mac.doFinal(
                (hit.id() + "." + hit.timestamp() + "." + body).getBytes(StandardCharsets.UTF_8)));
        for (String part : hit.signature().split(" ")) {
            String[] versionAndSignature = part.split(",", 2);
            if (versionAndSignature[0].equals("v1")
                    && MessageDigest.isEqual(expected, versionAndSignature[1].getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private long article(String title) throws Exception {
        return versions.article(feedId, title, "The Test Gazette");
    }

    @Test
    void alertIsSignedPerStandardWebhooksAndATamperedBodyFails() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonObject sub = subscribe(app, receiver.url("/sig"), new JsonObject());
            String secret = sub.getString("secret");
            assertThat(secret).startsWith("whsec_");
            long articleId = article("Leaders leave Qatar");
            versions.store(articleId, 1, List.of());
            versions.store(articleId, 2, List.of(change(ChangeKind.NUMBER_CHANGED, 0.8, "about 13 leaders", "about 15 leaders")));

            Receiver.Hit hit = Await.until("a signed alert", Duration.ofSeconds(20),
                    () -> receiver.accepted("/sig").isEmpty() ? null : receiver.accepted("/sig").get(0));
            assertThat(hit.id()).startsWith("msg_");
            assertThat(Long.parseLong(hit.timestamp())).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(300L));
            assertThat(signedBy(secret, hit, hit.body())).isTrue();
            assertThat(signedBy(secret, hit, hit.body().replace("about 15", "about 16"))).isFalse();

            JsonObject event = hit.json();
            assertThat(event.getString("id")).isEqualTo(hit.id());
            assertThat(event.getString("type")).isEqualTo("claims.changed");
            JsonObject data = event.getJsonObject("data");
            assertThat(data.getJsonObject("article").getString("outlet")).isEqualTo("The Test Gazette");
            assertThat(data.getJsonObject("article").getString("title")).isEqualTo("Title v2");
            assertThat(data.getJsonObject("versions").getInteger("from")).isEqualTo(1);
            assertThat(data.getJsonObject("versions").getInteger("to")).isEqualTo(2);
            JsonObject change = data.getJsonArray("changes").getJsonObject(0);
            assertThat(change.getString("kind")).isEqualTo("NUMBER_CHANGED");
            assertThat(change.getString("before")).isEqualTo("about 13 leaders");
            assertThat(change.getString("after")).isEqualTo("about 15 leaders");
            assertThat(change.fieldNames()).containsExactlyInAnyOrder("id", "kind", "key", "before", "after",
                    "significance", "numbers", "spans");

            String stored = org.claimwatch.support.SqlAdmin.query(app.dbUrl(),
                    "SELECT secret FROM webhook_subscriptions WHERE id = $1", sub.getLong("id")).get(0).getString("secret");
            assertThat(stored).startsWith("enc:v1:").doesNotContain(secret.substring(6));
            String listed = app.get("/api/subscriptions").body();
            assertThat(listed).doesNotContain("whsec_").doesNotContain("secret");
        }
    }

    @Test
    void duringRotationBothSignaturesAreSent() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonObject sub = subscribe(app, receiver.url("/rotate"), new JsonObject());
            HttpResponse<String> rotated = app.send("POST", "/api/subscriptions/" + sub.getLong("id") + "/rotate-secret", null);
            assertThat(rotated.statusCode()).isEqualTo(200);
            String newSecret = new JsonObject(rotated.body()).getString("secret");
            assertThat(newSecret).startsWith("whsec_").isNotEqualTo(sub.getString("secret"));

            long articleId = article("Rotation");
            versions.store(articleId, 2, List.of(change(ChangeKind.CLAIM_ADDED, 0.6, "", "A new claim.")));
            Receiver.Hit hit = Await.until("an alert after rotation", Duration.ofSeconds(20),
                    () -> receiver.accepted("/rotate").isEmpty() ? null : receiver.accepted("/rotate").get(0));
            assertThat(hit.signature().split(" ")).hasSize(2);
            assertThat(signedBy(newSecret, hit, hit.body())).isTrue();
            assertThat(signedBy(sub.getString("secret"), hit, hit.body())).isTrue();
        }
    }

    @Test
    void sendTestDeliversASignedTestEvent() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonObject sub = subscribe(app, receiver.url("/test"), new JsonObject());
            HttpResponse<String> res = app.send("POST", "/api/subscriptions/" + sub.getLong("id") + "/test", null);
            assertThat(res.statusCode()).isEqualTo(200);
            JsonObject result = new JsonObject(res.body());
            assertThat(result.getInteger("status_code")).isEqualTo(200);
            assertThat(result.getLong("delivery_id")).isPositive();
            assertThat(result.getLong("latency_ms")).isNotNull();
            Receiver.Hit hit = receiver.hits("/test").get(0);
            assertThat(hit.json().getString("type")).isEqualTo("webhook.test");
            assertThat(signedBy(sub.getString("secret"), hit, hit.body())).isTrue();
        }
    }

    @Test
    void a500IsRetriedWithTheSameIdThenDelivered() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.then(500, Map.of());
            JsonObject sub = subscribe(app, receiver.url("/retry"), new JsonObject());
            versions.store(article("Retry"), 2, List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, "3 dead", "4 dead")));
            Await.until("the retried alert accepted", Duration.ofSeconds(20), () -> receiver.accepted("/retry").size() == 1);
            List<Receiver.Hit> hits = receiver.hits("/retry");
            assertThat(hits).extracting(Receiver.Hit::answered).containsExactly(500, 200);
            assertThat(hits.get(1).id()).isEqualTo(hits.get(0).id());
            assertThat(hits.get(1).body()).isEqualTo(hits.get(0).body());

            // The receiver has answered 200 before the dispatcher records it: wait for the record.
            JsonObject delivery = Await.until("the delivery recorded as delivered", Duration.ofSeconds(20), () -> {
                JsonObject d = deliveries(sub.getLong("id")).getJsonObject(0);
                return "delivered".equals(d.getString("status")) ? d : null;
            });
            assertThat(delivery.getInteger("attempts")).isEqualTo(2);
            assertThat(delivery.getInteger("last_status_code")).isEqualTo(200);
            assertThat(delivery.getString("event_id")).isEqualTo(hits.get(0).id());
            JsonArray attempts = new JsonArray(app.get("/api/deliveries/" + delivery.getLong("id") + "/attempts").body());
            assertThat(attempts.stream().map(a -> ((JsonObject) a).getInteger("status_code")).toList()).containsExactly(500, 200);
            assertThat(((JsonObject) attempts.getValue(0)).getString("response_excerpt")).isEqualTo("answer 500");
        }
    }

    @Test
    void a410DisablesTheSubscription() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.always(410);
            JsonObject sub = subscribe(app, receiver.url("/gone"), new JsonObject());
            long articleId = article("Gone");
            versions.store(articleId, 2, List.of(change(ChangeKind.CLAIM_REWORDED, 0.9, "a", "b")));
            JsonObject after = Await.until("the subscription disabled", Duration.ofSeconds(20), () -> {
                JsonObject s = new JsonObject(app.get("/api/subscriptions/" + sub.getLong("id")).body());
                return s.getBoolean("active") ? null : s;
            });
            assertThat(after.getString("disabled_reason")).contains("410");
            assertThat(deliveries(sub.getLong("id")).getJsonObject(0).getString("status")).isEqualTo("dead");
            versions.store(articleId, 3, List.of(change(ChangeKind.CLAIM_REWORDED, 0.9, "b", "c")));
            assertThat(deliveries(sub.getLong("id")).size()).isEqualTo(1);
            assertThat(receiver.hits("/gone")).hasSize(1);
        }
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.then(503, Map.of("Retry-After", "2"));
            subscribe(app, receiver.url("/later"), new JsonObject());
            versions.store(article("Later"), 2, List.of(change(ChangeKind.QUOTE_CHANGED, 0.9, "\"x\"", "\"y\"")));
            Await.until("the alert accepted after Retry-After", Duration.ofSeconds(20),
                    () -> receiver.accepted("/later").size() == 1);
            List<Receiver.Hit> hits = receiver.hits("/later");
            assertThat(hits).hasSize(2);
            // the backoff alone would retry after 150-250 ms; Retry-After asked for 2 s
            assertThat(hits.get(1).atMillis() - hits.get(0).atMillis()).isGreaterThanOrEqualTo(1900);
        }
    }

    @Test
    void filtersDeliverOnlyMatchingChanges() throws Exception {
        try (Receiver receiver = new Receiver()) {
            subscribe(app, receiver.url("/numbers"), new JsonObject().put("kinds", new JsonArray().add("NUMBER_CHANGED"))
                    .put("min_significance", 0.5).put("feeds", new JsonArray().add(feedId)));
            subscribe(app, receiver.url("/keyword"), new JsonObject().put("keywords", new JsonArray().add("ceasefire")));
            long articleId = article("Filters");
            versions.store(articleId, 2, List.of(
                    change(ChangeKind.NUMBER_CHANGED, 0.8, "13 leaders", "15 leaders"),
                    change(ChangeKind.CLAIM_REWORDED, 0.9, "They left.", "They have left."),
                    change(ChangeKind.NUMBER_CHANGED, 0.2, "1 day", "2 days")));
            versions.store(articleId, 3, List.of(change(ChangeKind.CLAIM_ADDED, 0.9, "", "A Ceasefire was agreed.")));
            long otherFeed = versions.feed("Elsewhere");
            versions.store(versions.article(otherFeed, "Other", "Elsewhere"), 2,
                    List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, "5", "6")));

            Await.until("the keyword alert", Duration.ofSeconds(20), () -> receiver.accepted("/keyword").size() == 1);
            Await.until("the number alert", Duration.ofSeconds(20), () -> receiver.accepted("/numbers").size() == 1);
            Await.holds("no second alert to /numbers", Duration.ofMillis(500),
                    () -> receiver.hits("/numbers").size() == 1);
            JsonArray changes = receiver.hits("/numbers").get(0).json().getJsonObject("data").getJsonArray("changes");
            assertThat(changes).hasSize(1);
            assertThat(changes.getJsonObject(0).getString("after")).isEqualTo("15 leaders");
            assertThat(receiver.hits("/keyword")).hasSize(1);
            assertThat(receiver.hits("/keyword").get(0).json().getJsonObject("data").getJsonArray("changes")
                    .getJsonObject(0).getString("after")).isEqualTo("A Ceasefire was agreed.");
        }
    }

    @Test
    void receiverDownForAWhileGetsEveryAlertInOrderPerArticle() throws Exception {
        try (Receiver receiver = new Receiver()) {
            // its own feed and a filter on it: other tests' alerts (a pipeline still polling) never reach this receiver
            long downFeed = versions.feed("The Down Gazette");
            JsonObject sub = subscribe(app, receiver.url("/down"),
                    new JsonObject().put("feeds", new JsonArray().add(downFeed)));
            receiver.down();
            long a = versions.article(downFeed, "Down A", "The Down Gazette");
            long b = versions.article(downFeed, "Down B", "The Down Gazette");
            for (int v = 2; v <= 4; v++) {
                versions.store(a, v, List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, "a" + (v - 1), "a" + v)));
                versions.store(b, v, List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, "b" + (v - 1), "b" + v)));
            }
            Await.until("failed attempts while the receiver is down", Duration.ofSeconds(10), () ->
                    deliveries(sub.getLong("id")).stream().anyMatch(d -> ((JsonObject) d).getInteger("attempts") >= 2));
            receiver.up();
            Await.until("all six alerts", Duration.ofSeconds(30), () -> receiver.accepted("/down").size() >= 6);

            List<Receiver.Hit> hits = receiver.accepted("/down");
            assertThat(hits.stream().map(Receiver.Hit::id).distinct()).hasSize(6);
            List<String> stored = deliveries(sub.getLong("id")).stream().map(d -> ((JsonObject) d).getString("event_id")).toList();
            assertThat(hits.stream().map(Receiver.Hit::id).toList()).containsExactlyInAnyOrderElementsOf(stored);
            assertThat(toVersions(hits, a)).containsExactly(2, 3, 4);
            assertThat(toVersions(hits, b)).containsExactly(2, 3, 4);
        }
    }

    @Test
    void afterTheLastAttemptTheAlertIsDeadLetteredAndCanBeRedelivered() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.always(500);
            JsonObject sub = subscribe(app, receiver.url("/dead"), new JsonObject());
            versions.store(article("Dead"), 2, List.of(change(ChangeKind.HEDGE_CHANGED, 0.7, "may", "will")));
            JsonObject dead = Await.until("a dead letter", Duration.ofSeconds(30), () -> {
                JsonArray items = new JsonObject(app.get("/api/deliveries?status=dead").body()).getJsonArray("items");
                return items.stream().map(i -> (JsonObject) i)
                        .filter(i -> i.getLong("subscription_id").equals(sub.getLong("id"))).findFirst().orElse(null);
            });
            assertThat(dead.getInteger("attempts")).isEqualTo(5);
            assertThat(dead.getInteger("last_status_code")).isEqualTo(500);
            assertThat(receiver.hits("/dead")).hasSize(5);
            JsonObject listed = new JsonObject(app.get("/api/subscriptions/" + sub.getLong("id")).body());
            assertThat(listed.getLong("dead_count")).isEqualTo(1L);

            receiver.always(200);
            assertThat(app.send("POST", "/api/deliveries/" + dead.getLong("id") + "/redeliver", null).statusCode())
                    .isEqualTo(200);
            Await.until("the redelivered alert", Duration.ofSeconds(20), () -> receiver.accepted("/dead").size() == 1);
            assertThat(receiver.accepted("/dead").get(0).id()).isEqualTo(dead.getString("event_id"));
        }
    }

    @Test
    void aNumberEditedOnTheSiteReachesTheReceiverThroughThePipeline() throws Exception {
        try (Receiver receiver = new Receiver(); SiteServer site = new SiteServer()) {
            subscribe(app, receiver.url("/pipeline"), new JsonObject().put("kinds", new JsonArray().add("NUMBER_CHANGED")));
            String original = Fixtures.seed(0);
            site.html("/news/q", Fixtures.articlePage("Hamas leaders leave Qatar", original));
            site.rss("/feed.xml", Fixtures.rss("Pipeline Gazette", List.of(site.url("/news/q")),
                    List.of("Hamas leaders leave Qatar")));
            app.addFeed(site.url("/feed.xml"), 1);
            Await.until("the first version stored", Duration.ofSeconds(30),
                    () -> SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM article_versions v JOIN articles a "
                            + "ON a.id = v.article_id WHERE a.url = '" + site.url("/news/q") + "'") >= 1);
            site.html("/news/q", Fixtures.articlePage("Hamas leaders leave Qatar",
                    original.replace("about 13 senior leaders", "about 15 senior leaders")));
            Receiver.Hit hit = Await.until("the pipeline alert", Duration.ofSeconds(40),
                    () -> receiver.accepted("/pipeline").isEmpty() ? null : receiver.accepted("/pipeline").get(0));
            JsonObject data = hit.json().getJsonObject("data");
            assertThat(data.getJsonObject("article").getString("outlet")).isEqualTo("Pipeline Gazette");
            assertThat(data.getJsonArray("changes").getJsonObject(0).getString("after")).contains("about 15 senior leaders");
        }
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.then(302, Map.of("Location", receiver.url("/elsewhere")));
            JsonObject sub = subscribe(app, receiver.url("/moved"), new JsonObject());
            versions.store(article("Moved"), 2, List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, "1", "2")));
            Await.until("the retried alert accepted", Duration.ofSeconds(20), () -> receiver.accepted("/moved").size() == 1);
            assertThat(receiver.hits("/elsewhere")).isEmpty();
            assertThat(receiver.hits("/moved")).extracting(Receiver.Hit::answered).containsExactly(302, 200);
            JsonArray attempts = new JsonArray(app.get("/api/deliveries/"
                    + deliveries(sub.getLong("id")).getJsonObject(0).getLong("id") + "/attempts").body());
            assertThat(attempts.getJsonObject(0).getString("error")).isEqualTo("HTTP 302");
        }
    }

    @Test
    void responseExcerptIsCapped() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.then(200, Map.of(), "x".repeat(200_000));
            JsonObject sub = subscribe(app, receiver.url("/big"), new JsonObject());
            versions.store(article("Big"), 2, List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, "1", "2")));
            JsonObject delivery = Await.until("the alert delivered", Duration.ofSeconds(20), () -> {
                JsonArray items = deliveries(sub.getLong("id"));
                return items.isEmpty() || !"delivered".equals(items.getJsonObject(0).getString("status"))
                        ? null : items.getJsonObject(0);
            });
            assertThat(delivery.getString("response_excerpt")).isEqualTo("x".repeat(1024));
        }
    }

    @Test
    void storyChangesEnqueuedThroughTheSameHookAreFilteredAndDelivered() throws Exception {
        try (Receiver receiver = new Receiver()) {
            subscribe(app, receiver.url("/story"), new JsonObject().put("stories", new JsonArray().add(77))
                    .put("kinds", new JsonArray().add("STORY_CLAIM_DISPUTED")));
            JsonObject summary = new JsonObject().put("story_id", 77).put("changes", new JsonArray()
                    .add(new JsonObject().put("kind", "STORY_CLAIM_DISPUTED").put("story_id", 77)
                            .put("before", "13 leaders left").put("after", "Outlet B: 15 leaders left").put("significance", 0.9))
                    .add(new JsonObject().put("kind", "STORY_CLAIM_NEW").put("story_id", 77)
                            .put("before", "").put("after", "A new claim").put("significance", 0.9)));
            int written = versions.inTransaction(conn -> AlertOutbox.enqueue(conn, summary));
            assertThat(written).isGreaterThanOrEqualTo(1);
            Receiver.Hit hit = Await.until("the story alert", Duration.ofSeconds(20),
                    () -> receiver.accepted("/story").isEmpty() ? null : receiver.accepted("/story").get(0));
            JsonObject data = hit.json().getJsonObject("data");
            assertThat(data.getInteger("story_id")).isEqualTo(77);
            assertThat(data.containsKey("article")).isFalse();
            assertThat(data.getJsonArray("changes")).hasSize(1);
            assertThat(data.getJsonArray("changes").getJsonObject(0).getString("kind")).isEqualTo("STORY_CLAIM_DISPUTED");
        }
    }

    @Test
    void viewersListSubscriptionsByTheirUrlsOriginOnly() throws Exception {
        long id = subscribe(app, "http://127.0.0.1:9/services/T000/B000/SECRETPATH", new JsonObject()).getLong("id");
        JsonObject user = new JsonObject(app.send("POST", "/api/users",
                new JsonObject().put("username", "vera").put("role", "viewer")).body());
        String oneTime = user.getString("one_time_password");
        HttpResponse<String> first = app.anonymous("POST", "/api/session",
                new JsonObject().put("username", "vera").put("password", oneTime));
        String cookie = first.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI base = java.net.URI.create("http://127.0.0.1:" + app.port());
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/api/session/password"))
                .header("cookie", cookie).header("X-CSRF-Token", new JsonObject(first.body()).getString("csrf_token"))
                .header("content-type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(new JsonObject().put("current_password", oneTime)
                        .put("new_password", "a new password for vera").encode())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        HttpResponse<String> second = app.anonymous("POST", "/api/session",
                new JsonObject().put("username", "vera").put("password", "a new password for vera"));
        String viewerCookie = second.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];

        // README (Security, Roles; API): viewers may list webhook subscriptions, seeing the URL's origin only
        HttpResponse<String> asViewer = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/api/subscriptions"))
                .header("cookie", viewerCookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asViewer.statusCode()).isEqualTo(200);
        assertThat(asViewer.body()).contains("http://127.0.0.1:9/…").doesNotContain("SECRETPATH").doesNotContain("secret\"");
        HttpResponse<String> one = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/api/subscriptions/" + id))
                .header("cookie", viewerCookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("http://127.0.0.1:9/…").doesNotContain("SECRETPATH");
        // the receivers' responses stay an editor's business
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/api/subscriptions/" + id + "/deliveries"))
                .header("cookie", viewerCookie).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(app.get("/api/subscriptions").body()).contains("SECRETPATH");
    }

    private static List<Integer> toVersions(List<Receiver.Hit> hits, long articleId) {
        List<Integer> out = new ArrayList<>();
        for (Receiver.Hit h : hits) {
            JsonObject data = h.json().getJsonObject("data");
            if (data.getJsonObject("article").getLong("id") == articleId) {
                out.add(data.getJsonObject("versions").getInteger("to"));
            }
        }
        return out;
    }

    private static JsonArray deliveries(long subscriptionId) throws Exception {
        return new JsonObject(app.get("/api/subscriptions/" + subscriptionId + "/deliveries").body()).getJsonArray("items");
    }
}
