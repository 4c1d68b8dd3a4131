package org.claimwatch.cli;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.bus.Addresses;
import org.claimwatch.app.App;
import org.claimwatch.articles.NewVersion;
import org.claimwatch.config.AppConfig;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.diff.ChangeKind;
import org.claimwatch.diff.ClaimChange;
import org.claimwatch.articles.ArticleStore;

import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench-webhooks [--alerts N] [--samples N] [--db-url URL]}: runs claimwatch (embedded database in a
 * temporary directory unless {@code --db-url}) with one subscription to a loopback receiver and prints
 * (a) the end-to-end time from a stored version (its transaction committed) to the receiver's 200, and
 * (b) the delivery throughput draining a backlog of N due alerts, in alerts/s.
 */
public final class BenchWebhooksCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int alerts = intArg(args, "--alerts", 2000);
        int samples = intArg(args, "--samples", 50);
        String dbUrl = stringArg(args, "--db-url", "");
        Vertx receiverVertx = Vertx.vertx();
        Map<Long, Long> arrivals = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger status = new AtomicInteger(200);
        HttpServer receiver = receiverVertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            long at = System.nanoTime();
            if (status.get() == 200) {
                JsonObject article = new JsonObject(body).getJsonObject("data").getJsonObject("article");
                arrivals.put(article.getLong("id"), at);
                accepted.incrementAndGet();
                req.response().end("ok");
            } else {
                req.response().setStatusCode(status.get()).putHeader("Retry-After", "3600").end("busy");
            }
        })).listen(0, "127.0.0.1").await();
        Path data = Files.createTempDirectory("claimwatch-bench");
        String password = java.util.UUID.randomUUID().toString();
        JsonObject config = AppConfig.defaults().put(ConfigKeys.DB_URL, dbUrl).put(ConfigKeys.DATA_DIR, data.toString())
                .put(ConfigKeys.DB_EMBEDDED_PORT, freePort()).put(ConfigKeys.HTTP_HOST, "127.0.0.1")
                .put(ConfigKeys.HTTP_PORT, freePort()).put(ConfigKeys.NET_ALLOW, new JsonArray().add("127.0.0.0/8"))
                .put(ConfigKeys.AUTH_ADMIN_PASSWORD, password).put(ConfigKeys.ALERTS_MAX_PER_MINUTE, Integer.MAX_VALUE).put(ConfigKeys.ALERTS_BATCH, 100);
        try (App app = App.start(config)) {
            String db = app.config().getString(ConfigKeys.DB_URL);
            Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(8))
                    .connectingTo(PgConnectOptions.fromUri(db)).using(app.vertx()).build();
            ArticleStore store = new ArticleStore(pool);
            subscribe(config.getInteger(ConfigKeys.HTTP_PORT), password, "http://127.0.0.1:" + receiver.actualPort() + "/hook");
            List<Long> articles = articles(pool, samples + alerts);

            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                long article = articles.get(i);
                JsonObject summary = storeVersion(store, article);
                long committed = System.nanoTime();
                app.vertx().eventBus().publish(Addresses.VERSIONS_STORED, summary);
                long deadline = committed + TimeUnit.SECONDS.toNanos(30);
                while (!arrivals.containsKey(article) && System.nanoTime() < deadline) {
                    Thread.sleep(0, 200_000);
                }
                Long at = arrivals.get(article);
                if (at == null) {
                    err.println("alert for article " + article + " did not arrive within 30 s");
                    return 1;
                }
                latencies.add((at - committed) / 1e6);
            }
            Collections.sort(latencies);
            out.printf("(a) stored version -> receiver 200, %d samples: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    samples, latencies.get(samples / 2), latencies.get((int) Math.min(samples - 1, Math.ceil(samples * 0.95) - 1)),
                    latencies.get(samples - 1));

            status.set(503);
            long storing = System.nanoTime();
            List<Future<JsonObject>> batch = new ArrayList<>();
            for (int i = samples; i < samples + alerts; i++) {
                batch.add(store.storeVersion(version(articles.get(i)), 86_400));
                if (batch.size() == 16) {
                    Future.all(batch).await();
                    batch.clear();
                }
            }
            Future.all(batch).await();
            double storeSeconds = (System.nanoTime() - storing) / 1e9;
            waitFor(() -> count(pool, "SELECT count(*) FROM webhook_deliveries WHERE status = 'pending' AND attempts = 0") == 0);
            int before = accepted.get();
            status.set(200);
            long started = System.nanoTime();
            pool.query("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'pending'").execute().await();
            app.vertx().eventBus().send(Addresses.ALERTS_DISPATCH, null);
            waitFor(() -> accepted.get() - before >= alerts);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("(b) backlog of %d due alerts delivered in %.2f s: %.0f alerts/s (stored with the outbox at %.0f versions/s)%n",
                    alerts, seconds, alerts / seconds, alerts / storeSeconds);
            pool.close().await();
        } finally {
            receiverVertx.close().await();
        }
        return 0;
    }

    private static JsonObject storeVersion(ArticleStore store, long article) {
        return store.storeVersion(version(article), 86_400).await();
    }

    private static NewVersion version(long article) {
        ClaimChange change = new ClaimChange(ChangeKind.NUMBER_CHANGED, "k", "about 13 senior leaders",
                "about 15 senior leaders", List.of(), 0.8, List.of(), List.of(), 0, 0);
        return new NewVersion(article, 2, "Bench article " + article, null, null, "text", "h", "f", null, 1, 1, 0,
                "[]", "{}", new byte[0], List.of(change));
    }

    private static List<Long> articles(Pool pool, int n) {
        long feed = pool.query("INSERT INTO feeds (url, title, paused) VALUES ('http://bench.invalid/feed', 'Bench', true) "
                + "RETURNING id").execute().await().iterator().next().getLong("id");
        List<Long> ids = new ArrayList<>();
        pool.preparedQuery("INSERT INTO articles (feed_id, url, title, outlet) SELECT $1, 'http://bench.invalid/a/' || g, "
                        + "'Bench ' || g, 'Bench Outlet' FROM generate_series(1, $2) g RETURNING id")
                .execute(Tuple.of(feed, n)).await().forEach(r -> ids.add(r.getLong("id")));
        return ids;
    }

    private static void subscribe(int port, String password, String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/session"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("username", "admin")
                        .put("password", password).encode())).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("sign-in refused: " + login.body());
        }
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/subscriptions"))
                .header("content-type", "application/json")
                .header("cookie", login.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0])
                .header("X-CSRF-Token", new JsonObject(login.body()).getString("csrf_token"))
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("name", "bench").put("url", url).encode()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 201) {
            throw new IllegalStateException("subscription refused: " + res.body());
        }
    }

    private static long count(Pool pool, String sql) {
        return pool.query(sql).execute().await().iterator().next().getLong(0);
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    private static int intArg(List<String> args, String name, int fallback) {
        return Integer.parseInt(stringArg(args, name, Integer.toString(fallback)));
    }

    private static String stringArg(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
