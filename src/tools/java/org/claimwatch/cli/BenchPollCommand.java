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
 * [--articles EDIT_PERCENT] [--poll-batch N] [--fetch-batch N]}:
 * one claimwatch instance (embedded PostgreSQL, default politeness) polls a loopback site of FEEDS feeds spread over
 * HOSTS loopback addresses (served by a child process), each at INTERVAL seconds, CHANGE % of answers being a new
 * version and the rest 304. Next polls are spread over the interval as in steady state; article fetching is off to
 * isolate polling. Prints requests/s, CPU (JVM and PostgreSQL), heap, p50/p99 poll latency and bytes saved.
 * {@code --articles EDIT_PERCENT} is the realistic mode: each new feed version brings a new article on the feed's
 * host, article fetch, clean, claims and diff are on (default politeness and re-check schedule), EDIT_PERCENT % of
 * article re-checks find a figure edited, and it also prints articles fetched and versions stored per second and how
 * far behind schedule the due polls and checks are at the end.
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
        Path data = Files.createTempDirectory("claimwatch-bench-poll");
        data.toFile().setExecutable(true, false);
        data.toFile().setReadable(true, false);
        JsonObject config = AppConfig.defaults()
                .put(ConfigKeys.DATA_DIR, data.toString())
                .put(ConfigKeys.DB_EMBEDDED_PORT, BenchSupport.freePort())
                .put(ConfigKeys.HTTP_HOST, "127.0.0.1")
                .put(ConfigKeys.HTTP_PORT, BenchSupport.freePort())
                .put(ConfigKeys.NET_ALLOW, new JsonArray().add("127.0.0.0/8"))
                .put(ConfigKeys.FETCH_BATCH, articles == null ? 0 : Integer.parseInt(o.getOrDefault("fetch-batch",
                        String.valueOf(AppConfig.defaults().getInteger(ConfigKeys.FETCH_BATCH)))))
                .put(ConfigKeys.POLL_BATCH, Integer.parseInt(o.getOrDefault("poll-batch",
                        String.valueOf(AppConfig.defaults().getInteger(ConfigKeys.POLL_BATCH)))))
                .put("auth.adminPassword", "bench-" + System.nanoTime());
        java.util.logging.Logger.getLogger("claimwatch.poll").setLevel(java.util.logging.Level.WARNING);
        try (App app = App.start(config)) {
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
            JsonObject db0 = totals(pool);
            double cpu0 = BenchSupport.jvmCpuSeconds();
            double pg0 = BenchSupport.childCpuSeconds(site.pid());
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = BenchSupport.jvmCpuSeconds() - cpu0;
            double pg = BenchSupport.childCpuSeconds(site.pid()) - pg0;
            long[] site1 = siteCounts(siteIn, siteOut);
            JsonObject db1 = totals(pool);
            sampler.interrupt();

            long requests = (site1[0] - site0[0]) + (site1[1] - site0[1]);
            long notModified = site1[1] - site0[1];
            long polls = db1.getLong("polls") - db0.getLong("polls");
            long saved = db1.getLong("bytes_saved") - db0.getLong("bytes_saved");
            out.printf("requests/s (site-side):    %.1f  (%d in %.0f s; %d answered 304, %d full)%n",
                    requests / wall, requests, wall, notModified, requests - notModified);
            out.printf("polls recorded/s (db):     %.1f%n", polls / wall);
            out.printf("CPU, claimwatch JVM:       %.1f%% of %d cores (%.1f CPU-s)%n",
                    100 * cpu / wall / BenchSupport.cores(), BenchSupport.cores(), cpu);
            out.printf("CPU, its PostgreSQL:       %.1f%% of %d cores (%.1f CPU-s)%n",
                    100 * pg / wall / BenchSupport.cores(), BenchSupport.cores(), pg);
            out.printf("CPU, JVM + PostgreSQL:     %.1f%% of %d cores%n",
                    100 * (cpu + pg) / wall / BenchSupport.cores(), BenchSupport.cores());
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
            site.destroy();
        }
        return 0;
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

    private static long[] siteCounts(PrintWriter in, BufferedReader out) throws Exception {
        in.println("counts");
        String line = out.readLine();
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
