package org.claimwatch.cli;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import org.claimwatch.bus.Addresses;
import org.claimwatch.app.App;
import org.claimwatch.articles.NewVersion;
import org.claimwatch.config.AppConfig;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.db.Database;
import org.claimwatch.diff.ChangeKind;
import org.claimwatch.diff.ClaimChange;
import org.claimwatch.articles.ArticleStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench-live [--clients 1000] [--rate 50] [--seconds 30] [--warmup 5] [--batch-ms 100] [--transport ws]}: one
 * claimwatch instance (embedded PostgreSQL) with CLIENTS SockJS clients of the live endpoint (a child process;
 * {@code --transport ws|xhr-streaming|xhr-polling}) while RATE claim changes per second are stored (each in its own
 * version transaction, then announced exactly as the process stage does). Prints p50/p95/p99/max latency from each
 * change's commit (its store future completing) to its receipt by a client, over every delivery; delivered vs
 * expected; clients dropped (and cut off by the server); heap idle (with the clients connected), peak and after the
 * run; the longest GC pause; CPU of the instance, its PostgreSQL and the clients; the load average.
 * Run it with the heap the issue measured with: {@code TOOLS_JAVA_OPTS=-Xmx512m ./tools bench-live ...}.
 */
public final class BenchLiveCommand implements Command {

    private static final int ARTICLES = 50;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> o = BenchSupport.options(args);
        int clients = Integer.parseInt(o.getOrDefault("clients", "1000"));
        int rate = Integer.parseInt(o.getOrDefault("rate", "50"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        String transport = o.getOrDefault("transport", "ws");
        long batchMs = Long.parseLong(o.getOrDefault("batch-ms", String.valueOf(AppConfig.defaults()
                .getLong(ConfigKeys.LIVE_BATCH_MS))));
        String password = "bench-" + System.nanoTime();
        JsonObject config = BenchSupport.instanceConfig("bench-live")
                .put(ConfigKeys.LIVE_BATCH_MS, batchMs)
                .put("auth.adminPassword", password);
        int port = config.getInteger(ConfigKeys.HTTP_PORT);
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double loadAtStart = os.getSystemLoadAverage();
        try (App app = App.start(config)) {
            Pool pool = Database.pool(app.vertx(), app.config());
            await(pool.query("INSERT INTO feeds (url, interval_seconds, paused) VALUES ('http://bench.example/feed', 300, true)")
                    .execute());
            await(pool.query("INSERT INTO articles (feed_id, url, title, outlet) SELECT 1, 'http://bench.example/a/' || g, "
                    + "'Story ' || g, 'Bench' FROM generate_series(1, " + ARTICLES + ") g").execute());
            String token = token(port, password);
            Process crowd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), Tools.class.getName(), "bench-live-clients",
                    String.valueOf(port), token, String.valueOf(clients), transport)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                BufferedReader crowdOut = new BufferedReader(new InputStreamReader(crowd.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter crowdIn = new PrintWriter(crowd.getOutputStream(), true);
                out.println("bench-live: " + crowdOut.readLine() + " SockJS " + transport + " clients (registered as the"
                        + " tracker page: " + String.join(", ", BenchLiveClientsCommand.ADDRESSES) + ") on one instance;"
                        + " storing " + rate + " claim changes/s (one version each) for " + warmup + " s warm-up + "
                        + seconds + " s");
                long heapIdle = BenchSupport.heapUsedAfterGc();
                ArticleStore store = new ArticleStore(pool);
                int[] versions = new int[ARTICLES + 1];
                AtomicLong stored = new AtomicLong();
                AtomicLong failed = new AtomicLong();
                java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
                long begin = System.nanoTime();
                AtomicLong started = new AtomicLong();
                // every 5 ms, start as many stores as the rate calls for by now (a late tick catches up)
                long timer = app.vertx().setPeriodic(5, id -> {
                    long due = (System.nanoTime() - begin) * rate / 1_000_000_000L;
                    while (started.get() < due) {
                        int article = (int) (started.getAndIncrement() % ARTICLES) + 1;
                        versions[article]++;
                        long key = BenchLiveClientsCommand.micros();
                        NewVersion v = version(article, versions[article], key);
                        store.storeVersion(v, 900).onSuccess(summary -> {
                            long committed = BenchLiveClientsCommand.micros();
                            stored.incrementAndGet();
                            app.vertx().eventBus().publish(Addresses.VERSIONS_STORED, summary);
                            if (!v.changes().isEmpty()) { // a first version has no claim change to deliver
                                crowdIn.println("c " + key + " " + committed);
                            }
                        }).onFailure(e -> {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, String.valueOf(e.getMessage()));
                        });
                    }
                });
                Thread.sleep(warmup * 1000L);
                crowdIn.println("reset");
                crowdOut.readLine();
                AtomicLong heapPeak = new AtomicLong();
                AtomicLong gcPauseMax = new AtomicLong();
                Runnable stopGcWatch = BenchSupport.gcPauseWatcher(gcPauseMax);
                Thread sampler = BenchSupport.heapSampler(heapPeak);
                double cutOff0 = cutOffs();
                long stored0 = stored.get();
                double cpu0 = BenchSupport.jvmCpuSeconds();
                double pg0 = BenchSupport.childCpuSeconds(crowd.pid());
                double crowd0 = BenchSupport.cpuOf(crowd.pid());
                long from = BenchLiveClientsCommand.micros();
                long t0 = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                long to = BenchLiveClientsCommand.micros();
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = BenchSupport.jvmCpuSeconds() - cpu0;
                double pg = BenchSupport.childCpuSeconds(crowd.pid()) - pg0;
                double clientsCpu = BenchSupport.cpuOf(crowd.pid()) - crowd0;
                long storedN = stored.get() - stored0;
                double loadAtEnd = os.getSystemLoadAverage();
                app.vertx().cancelTimer(timer);
                Thread.sleep(3000);
                sampler.interrupt();
                stopGcWatch.run();
                crowdIn.println("report " + from + " " + to);
                String report = crowdOut.readLine();
                out.printf("changes stored: %d in %.0f s (%.1f/s), failed %d%s%n", storedN, wall, storedN / wall,
                        failed.get(), firstFailure.get() == null ? "" : " (first: " + firstFailure.get() + ")");
                out.println("commit→client latency (every delivery of a change committed in the window): " + report);
                out.printf("clients cut off by the server (queue past live.maxQueuedBytes = %d): %.0f%n",
                        config.getInteger(ConfigKeys.LIVE_MAX_QUEUED_BYTES), cutOffs() - cutOff0);
                out.printf("live batching window: %d ms (live.batchMillis)%n",
                        config.getLong(ConfigKeys.LIVE_BATCH_MS));
                out.printf("CPU, claimwatch JVM:   %.1f%% of %d cores%n", 100 * cpu / wall / BenchSupport.cores(),
                        BenchSupport.cores());
                java.util.regex.Matcher delivered = java.util.regex.Pattern.compile("delivered=(\\d+)").matcher(report);
                if (delivered.find() && Long.parseLong(delivered.group(1)) > 0) {
                    out.printf("CPU of the instance per delivery: %.2f µs (all its work, stores included, over the"
                            + " deliveries counted above; the figure least bent by a loaded machine)%n",
                            cpu * 1e6 / Long.parseLong(delivered.group(1)));
                }
                out.printf("CPU, its PostgreSQL:   %.1f%% of %d cores%n", 100 * pg / wall / BenchSupport.cores(),
                        BenchSupport.cores());
                out.printf("CPU, the client process: %.1f%% of %d cores (not part of the instance)%n",
                        100 * clientsCpu / wall / BenchSupport.cores(), BenchSupport.cores());
                long heapAfter = BenchSupport.heapUsedAfterGc();
                out.printf("heap: idle with clients (after GC) %s, peak used %s, after the run (after GC) %s, growth %s,"
                                + " max %s%n", BenchSupport.mb(heapIdle), BenchSupport.mb(heapPeak.get()),
                        BenchSupport.mb(heapAfter), BenchSupport.mb(heapAfter - heapIdle),
                        BenchSupport.mb(BenchSupport.maxHeap()));
                out.printf("GC pause max during the window: %d ms%n", gcPauseMax.get());
                out.printf("machine load average (1 min): %.2f at start, %.2f at the window's end%n", loadAtStart,
                        loadAtEnd);
            } finally {
                crowd.destroy();
            }
        }
        return 0;
    }

    private static double cutOffs() {
        var counter = org.claimwatch.metrics.Meters.registry().find("claimwatch.live.cutoff").counter();
        return counter == null ? 0 : counter.count();
    }

    private static NewVersion version(int article, int no, long key) {
        String after = "The council said 15 people were hurt. t=" + key;
        ClaimChange change = new ClaimChange(ChangeKind.values()[0], "k" + article, "The council said 13 people were hurt.",
                after, List.of(), 0.8, List.of(), List.of(), 0, 0);
        return new NewVersion(article, no, "Story " + article, null, null, after, "h" + no, "f" + article + "-" + no, null,
                1, 1, 1, "[]", "{}", new byte[0], no == 1 ? List.of() : List.of(change));
    }

    private static String token(int port, String password) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        new JsonObject().put("username", "admin").put("password", password).encode())).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
        String csrf = new JsonObject(login.body()).getString("csrf_token");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("content-type", "application/json").header("cookie", cookie).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("name", "bench").encode())).build(),
                HttpResponse.BodyHandlers.ofString());
        return new JsonObject(created.body()).getString("token");
    }

    private static <T> T await(io.vertx.core.Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
