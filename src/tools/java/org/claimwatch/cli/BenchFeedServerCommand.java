package org.claimwatch.cli;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * {@code bench-feed-server HOSTS FEEDS CHANGE_PERCENT}: the loopback site {@code bench-poll} polls, run in its own
 * process so its CPU is not counted as claimwatch's. Host i is 127.0.1.(i+1); feed n lives at /feed/n on host
 * n % HOSTS. Answers 304 to a matching If-None-Match except for CHANGE_PERCENT % of requests (a new version).
 * Prints one line "host:port" per host, then "ready"; prints "counts full=.. not_modified=.." on each stdin line.
 */
public final class BenchFeedServerCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int hosts = Integer.parseInt(args.get(0));
        int feeds = Integer.parseInt(args.get(1));
        double change = Double.parseDouble(args.get(2)) / 100.0;
        Vertx vertx = Vertx.vertx();
        AtomicLongArray versions = new AtomicLongArray(feeds);
        AtomicLong full = new AtomicLong();
        AtomicLong notModified = new AtomicLong();
        List<HttpServer> servers = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            String host = "127.0.1." + (h + 1);
            servers.add(vertx.createHttpServer().requestHandler(req -> answer(req, versions, change, full, notModified))
                    .listen(0, host).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
            out.println(host + ":" + servers.get(h).actualPort());
        }
        out.println("ready");
        out.flush();
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        while (in.readLine() != null) {
            out.println("counts full=" + full.get() + " not_modified=" + notModified.get());
            out.flush();
        }
        vertx.close();
        return 0;
    }

    private static void answer(HttpServerRequest req, AtomicLongArray versions, double change, AtomicLong full,
                               AtomicLong notModified) {
        int n;
        try {
            n = Integer.parseInt(req.path().substring("/feed/".length()));
        } catch (RuntimeException e) {
            req.response().setStatusCode(404).end();
            return;
        }
        if (n < 0 || n >= versions.length()) {
            req.response().setStatusCode(404).end();
            return;
        }
        long version = versions.get(n);
        if (ThreadLocalRandom.current().nextDouble() < change) {
            version = versions.incrementAndGet(n);
        }
        String etag = "\"f" + n + "-v" + version + "\"";
        if (etag.equals(req.getHeader("If-None-Match"))) {
            notModified.incrementAndGet();
            req.response().setStatusCode(304).putHeader("ETag", etag).end();
            return;
        }
        full.incrementAndGet();
        req.response().putHeader("content-type", "application/rss+xml; charset=utf-8").putHeader("ETag", etag)
                .end(feed(n, version));
    }

    /** About 5 KB of RSS: ten stable items, a build date that changes with the version. */
    static String feed(int n, long version) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Bench feed ").append(n).append("</title><link>http://bench.example/</link>"
                + "<description>Version ").append(version).append("</description>");
        for (int i = 0; i < 10; i++) {
            sb.append("<item><title>Story ").append(n).append('-').append(i).append("</title><link>http://bench.example/")
                    .append(n).append('/').append(i).append("</link><guid>b-").append(n).append('-').append(i)
                    .append("</guid><description>").append("A paragraph of summary text for the story. ".repeat(8))
                    .append("</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }
}
