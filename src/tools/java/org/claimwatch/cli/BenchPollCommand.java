package org.claimwatch.cli;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.app.App;
import org.claimwatch.config.AppConfig;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.db.Database;
import org.claimwatch.metrics.Meters;

import org.claimwatch.support.ChildApp;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench-poll [--feeds 10000] [--hosts 50] [--interval 300] [--seconds 120] [--change 2] [--warmup 20]
 * [--articles EDIT_PERCENT] [--poll-batch N] [--fetch-batch N] [--instances 1|2]}:
 * one claimwatch instance (embedded PostgreSQL, default politeness) polls a loopback site of FEEDS feeds spread over
 * HOSTS loopback addresses (served by a child process), each at INTERVAL seconds, CHANGE % of answers being a new
 * version and the rest 304. Next polls are spread over the interval as in steady state; article fetching is off to
 * isolate polling. Prints requests/s, CPU (JVM and PostgreSQL), heap, p50/p99 poll latency and bytes saved.
 * {@code --articles EDIT_PERCENT} is the realistic mode: each new feed version brings a new article on the feed's
 * host, article fetch, clean, claims and diff are on (default politeness and re-check schedule), EDIT_PERCENT % of
 * article re-checks find a figure edited, and it also prints articles fetched and versions stored per second and how
 * far behind schedule the due polls and checks are at the end. {@code --instances 2} runs a second instance in its
 * own JVM on the same database, the two clustered (Hazelcast on loopback, leases in the database), and prints each
 * one's CPU and requests per second.
 */
public final class BenchPollCommand implements Command {

    private static final String INSERT = """
            INSERT INTO feeds (url, interval_seconds, etag, last_body_bytes, status, next_poll_at)
            SELECT u, $2, e, $3, 'ok', now() + make_interval(secs => random() * $2)
            FROM unnest($1::text[], $4::text[]) AS t(u, e)""";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> o = BenchSupport.options(args);
        int feeds = Integer.parseInt(o.getOrDefault("feeds", "10000"));
        int hosts = Integer.parseInt(o.getOrDefault("hosts", "50"));
        int interval = Integer.parseInt(o.getOrDefault("interval", "300"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "120"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "20"));
        String change = o.getOrDefault("change", "2");
        String articles = o.get("articles");
        int instances = Integer.parseInt(o.getOrDefault("instances", "1"));
        if (instances < 1 || instances > 2) {
            err.println("bench-poll: --instances is 1 or 2");
            return 2;
        }
        List<String> siteArgs = new ArrayList<>(List.of("bench-feed-server", String.valueOf(hosts), String.valueOf(feeds),
                change));
        if (articles != null) {
            siteArgs.add(articles);
        }

        Process site = new ProcessBuilder(withArgs(siteArgs))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader siteOut = new BufferedReader(new InputStreamReader(site.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter siteIn = new PrintWriter(site.getOutputStream(), true);
        List<String> addresses = new ArrayList<>();
        for (String line; (line = siteOut.readLine()) != null && !line.equals("ready"); ) {
            addresses.add(line);
        }
        JsonObject config = BenchSupport.instanceConfig("bench-poll")
                .put(ConfigKeys.FETCH_BATCH, articles == null ? 0 : Integer.parseInt(o.getOrDefault("fetch-batch",
                        String.valueOf(AppConfig.defaults().getInteger(ConfigKeys.FETCH_BATCH)))))
                .put(ConfigKeys.POLL_BATCH, Integer.parseInt(o.getOrDefault("poll-batch",
                        String.valueOf(AppConfig.defaults().getInteger(ConfigKeys.POLL_BATCH)))))
                .put("auth.adminPassword", "bench-" + System.nanoTime());
        int clusterA = BenchSupport.freePort();
        int clusterB = BenchSupport.freePort();
        if (instances == 2) {
            clustered(config, "A", clusterA, clusterB);
        }
        java.util.logging.Logger.getLogger("claimwatch.poll").setLevel(java.util.logging.Level.WARNING);
        ChildApp second = null;
        try (App app = App.start(config)) {
            if (instances == 2) {
                second = startSecond(app.config().copy(), clusterB, clusterA);
            }
            Pool pool = Database.pool(app.vertx(), app.config());
            List<String> urls = new ArrayList<>(feeds);
            List<String> etags = new ArrayList<>(feeds);
            for (int n = 0; n < feeds; n++) {
                urls.add("http://" + addresses.get(n % hosts) + "/feed/" + n);
                etags.add("\"f" + n + "-v0\"");
            }
            int bodyBytes = BenchFeedServerCommand.feed(0, 0).getBytes(StandardCharsets.UTF_8).length;
            await(pool.preparedQuery(INSERT).execute(Tuple.of(urls.toArray(String[]::new), interval, bodyBytes,
                    etags.toArray(String[]::new))));
            out.printf("bench-poll: %d feeds on %d loopback hosts, interval %d s (target rate %.1f polls/s), %s%% of "
                            + "answers changed, per-host limits %d concurrent / %d ms apart, %d polls and %d checks in flight; warm-up %d s, "
                            + "measuring %d s%n",
                    feeds, hosts, interval, feeds / (double) interval, change,
                    config.getInteger(ConfigKeys.FETCH_HOST_CONCURRENCY), config.getLong(ConfigKeys.FETCH_HOST_DELAY_MS),
                    config.getInteger(ConfigKeys.POLL_BATCH), config.getInteger(ConfigKeys.FETCH_BATCH), warmup, seconds);
            Thread.sleep(warmup * 1000L);

            AtomicLong heapPeak = new AtomicLong();
            Thread sampler = BenchSupport.heapSampler(heapPeak);
            long[] site0 = siteCounts(siteIn, siteOut);
            String site0Line = lastCounts;
            JsonObject db0 = totals(pool);
            double cpu0 = BenchSupport.jvmCpuSeconds();
            long secondPid = second == null ? -1 : second.process().pid();
            double pg0 = BenchSupport.childCpuSeconds(site.pid(), secondPid);
            double b0 = second == null ? 0 : BenchSupport.cpuOf(secondPid);
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = BenchSupport.jvmCpuSeconds() - cpu0;
            double pg = BenchSupport.childCpuSeconds(site.pid(), secondPid) - pg0;
            double cpuB = second == null ? 0 : BenchSupport.cpuOf(secondPid) - b0;
            long[] site1 = siteCounts(siteIn, siteOut);
            String site1Line = lastCounts;
            JsonObject db1 = totals(pool);
            sampler.interrupt();

            long requests = (site1[0] - site0[0]) + (site1[1] - site0[1]);
            long notModified = site1[1] - site0[1];
            long polls = db1.getLong("polls") - db0.getLong("polls");
            long saved = db1.getLong("bytes_saved") - db0.getLong("bytes_saved");
            out.printf("requests/s (site-side):    %.1f  (%d in %.0f s; %d answered 304, %d full)%n",
                    requests / wall, requests, wall, notModified, requests - notModified);
            out.printf("polls recorded/s (db):     %.1f%n", polls / wall);
            out.printf("CPU, claimwatch JVM%s:     %.1f%% of %d cores (%.1f CPU-s)%n", second == null ? "" : " A",
                    100 * cpu / wall / BenchSupport.cores(), BenchSupport.cores(), cpu);
            if (second != null) {
                out.printf("CPU, claimwatch JVM B:     %.1f%% of %d cores (%.1f CPU-s)%n",
                        100 * cpuB / wall / BenchSupport.cores(), BenchSupport.cores(), cpuB);
                out.printf("requests by instance:      %s%n", byAgent(site0Line, site1Line, wall));
            }
            out.printf("CPU, its PostgreSQL:       %.1f%% of %d cores (%.1f CPU-s)%n",
                    100 * pg / wall / BenchSupport.cores(), BenchSupport.cores(), pg);
            out.printf("CPU, JVM%s + PostgreSQL:     %.1f%% of %d cores%n", second == null ? "" : "s",
                    100 * (cpu + cpuB + pg) / wall / BenchSupport.cores(), BenchSupport.cores());
            out.printf("machine load average at the end: %.1f (the machine is shared)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf("heap: peak used %s, after GC %s, max %s%n", BenchSupport.mb(heapPeak.get()),
                    BenchSupport.mb(BenchSupport.heapUsedAfterGc()), BenchSupport.mb(BenchSupport.maxHeap()));
            for (Timer timer : Meters.registry().find("claimwatch.polls").timers()) {
                StringBuilder line = new StringBuilder("poll latency [" + timer.getId().getTag("outcome") + "]:");
                for (ValueAtPercentile p : timer.takeSnapshot().percentileValues()) {
                    line.append(String.format(" p%.0f=%.1f ms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)));
                }
                out.println(line.append(String.format(" (max %.1f ms, n=%d since start)",
                        timer.max(TimeUnit.MILLISECONDS), timer.count())));
            }
            out.printf("bytes saved by conditional GET: %s in %.0f s (%s per hour at this rate)%n",
                    BenchSupport.mb(saved), wall, BenchSupport.mb((long) (saved * 3600 / wall)));
            if (articles != null) {
                out.printf("articles fetched/s (site):  %.1f%n", (site1[2] - site0[2]) / wall);
                out.printf("versions stored/s (db):     %.1f (%d articles known, %d claim changes)%n",
                        (db1.getLong("versions") - db0.getLong("versions")) / wall, db1.getLong("articles"),
                        db1.getLong("changes"));
                var lag = await(pool.query(LAG).execute()).iterator().next();
                out.printf("behind schedule at the end: polls due %d (p50 %.1f s, p99 %.1f s, max %.1f s late); "
                                + "article checks due %d (p50 %.1f s, max %.1f s late)%n",
                        lag.getLong("feeds_due"), lag.getDouble("feeds_p50"), lag.getDouble("feeds_p99"),
                        lag.getDouble("feeds_max"), lag.getLong("checks_due"), lag.getDouble("checks_p50"),
                        lag.getDouble("checks_max"));
            }
        } finally {
            if (second != null) {
                second.close();
            }
            site.destroy();
        }
        return 0;
    }

    /** Makes {@code config} instance NAME of a two-member cluster on loopback (its own User-Agent word). */
    private static JsonObject clustered(JsonObject config, String name, int port, int otherPort) {
        return config.put(ConfigKeys.CLUSTER_ENABLED, true)
                .put(ConfigKeys.CLUSTER_NAME, "bench-poll-" + ProcessHandle.current().pid())
                .put(ConfigKeys.CLUSTER_HOST, "127.0.0.1")
                .put(ConfigKeys.CLUSTER_PORT, port)
                .put(ConfigKeys.CLUSTER_MEMBERS, new JsonArray().add("127.0.0.1:" + port).add("127.0.0.1:" + otherPort))
                .put(ConfigKeys.INSTANCE_ID, "instance-" + name)
                .put(ConfigKeys.FETCH_USER_AGENT, "instance" + name + "/1");
    }

    /**
     * The second instance, in its own JVM on the first one's database ({@code db.url} of {@code first}, which the
     * embedded database filled in), clustered with it; returns once it answers /health.
     */
    private static ChildApp startSecond(JsonObject first, int port, int otherPort) throws Exception {
        Path data = Files.createTempDirectory("claimwatch-bench-poll-b");
        JsonObject config = clustered(first, "B", port, otherPort)
                .put(ConfigKeys.DATA_DIR, data.toString())
                .put(ConfigKeys.HTTP_PORT, BenchSupport.freePort());
        config.remove(ConfigKeys.DB_EMBEDDED_PORT);
        ChildApp b = ChildApp.start(config, data.resolve("instance-b.log"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(b.baseUrl() + "/health")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return b;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        b.close();
        throw new IllegalStateException("the second instance did not answer /health in 120 s (log: "
                + data.resolve("instance-b.log") + ")");
    }

    /** Requests per second by instance between two "counts" lines of the site. */
    private static String byAgent(String before, String after, double wall) {
        Map<String, Long> a = agents(before);
        StringBuilder sb = new StringBuilder();
        agents(after).forEach((name, n) -> {
            if (name.startsWith("instance")) {
                sb.append(sb.isEmpty() ? "" : ", ").append(name).append(String.format(" %.1f/s",
                        (n - a.getOrDefault(name, 0L)) / wall));
            }
        });
        return sb.toString();
    }

    private static Map<String, Long> agents(String line) {
        Map<String, Long> out = new java.util.TreeMap<>();
        int at = line.indexOf(" agents=");
        if (at >= 0) {
            for (String part : line.substring(at + 8).split(",")) {
                int colon = part.lastIndexOf(':');
                if (colon > 0) {
                    out.put(part.substring(0, colon), Long.parseLong(part.substring(colon + 1).strip()));
                }
            }
        }
        return out;
    }

    private static final String LAG = """
            SELECT (SELECT count(*) FROM feeds WHERE NOT paused AND next_poll_at < now()) AS feeds_due,
                   (SELECT coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM now() - next_poll_at)), 0)
                      FROM feeds WHERE NOT paused AND next_poll_at < now())::float8 AS feeds_p50,
                   (SELECT coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM now() - next_poll_at)), 0)
                      FROM feeds WHERE NOT paused AND next_poll_at < now())::float8 AS feeds_p99,
                   (SELECT coalesce(max(extract(epoch FROM now() - next_poll_at)), 0)
                      FROM feeds WHERE NOT paused AND next_poll_at < now())::float8 AS feeds_max,
                   (SELECT count(*) FROM articles WHERE next_check_at < now()) AS checks_due,
                   (SELECT coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM now() - next_check_at)), 0)
                      FROM articles WHERE next_check_at < now())::float8 AS checks_p50,
                   (SELECT coalesce(max(extract(epoch FROM now() - next_check_at)), 0)
                      FROM articles WHERE next_check_at < now())::float8 AS checks_max""";

    private static List<String> withArgs(List<String> toolArgs) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.claimwatch.cli.Tools"));
        command.addAll(toolArgs);
        return command;
    }

    /** The site's last "counts" line. */
    private static String lastCounts = "";

    private static long[] siteCounts(PrintWriter in, BufferedReader out) throws Exception {
        in.println("counts");
        String line = out.readLine();
        lastCounts = line;
        String[] parts = line.split(" ");
        return new long[] {Long.parseLong(parts[1].substring(5)), Long.parseLong(parts[2].substring(13)),
                parts.length > 3 ? Long.parseLong(parts[3].substring(9)) : 0};
    }

    private static JsonObject totals(Pool pool) throws Exception {
        var row = await(pool.query("SELECT coalesce(sum(polls_full + polls_not_modified), 0)::bigint AS polls, "
                + "coalesce(sum(bytes_saved), 0)::bigint AS bytes_saved, (SELECT count(*) FROM article_versions) AS versions, "
                + "(SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM claim_changes) AS changes "
                + "FROM feeds").execute()).iterator().next();
        return new JsonObject().put("polls", row.getLong("polls")).put("bytes_saved", row.getLong("bytes_saved"))
                .put("versions", row.getLong("versions")).put("articles", row.getLong("articles"))
                .put("changes", row.getLong("changes"));
    }

    private static <T> T await(io.vertx.core.Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }
}
