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
 * {@code bench-feed-server HOSTS FEEDS CHANGE_PERCENT [EDIT_PERCENT]}: the loopback site {@code bench-poll} polls, run
 * in its own process so its CPU is not counted as claimwatch's. Host i is 127.0.1.(i+1); feed n lives at /feed/n on
 * host n % HOSTS. Answers 304 to a matching If-None-Match except for CHANGE_PERCENT % of requests (a new version).
 * With EDIT_PERCENT (the realistic mode), feed n's version v lists the articles v..v+9 of /article/n/i on its own
 * host, so each new version brings one new article; an article is a ~600-word news page, and EDIT_PERCENT % of its
 * re-checks find one of its figures edited (a new claim version). Prints one line "host:port" per host, then "ready";
 * prints "counts full=.. not_modified=.. articles=.. agents=NAME:n,.." (requests by the first word of the
 * User-Agent) on each stdin line.
 */
public final class BenchFeedServerCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int hosts = Integer.parseInt(args.get(0));
        int feeds = Integer.parseInt(args.get(1));
        double change = Double.parseDouble(args.get(2)) / 100.0;
        double edit = args.size() > 3 ? Double.parseDouble(args.get(3)) / 100.0 : -1;
        java.util.concurrent.ConcurrentHashMap<String, Integer> edits = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong articles = new AtomicLong();
        Vertx vertx = Vertx.vertx();
        AtomicLongArray versions = new AtomicLongArray(feeds);
        AtomicLong full = new AtomicLong();
        AtomicLong notModified = new AtomicLong();
        List<HttpServer> servers = new ArrayList<>();
        java.util.Map<String, AtomicLong> byAgent = new java.util.concurrent.ConcurrentSkipListMap<>();
        for (int h = 0; h < hosts; h++) {
            String host = "127.0.1." + (h + 1);
            String origin = host;
            servers.add(vertx.createHttpServer().requestHandler(req -> {
                        String agent = req.getHeader("User-Agent");
                        byAgent.computeIfAbsent(agent == null ? "-" : agent.split("[ /]")[0], a -> new AtomicLong())
                                .incrementAndGet();
                        if (req.path().startsWith("/article/")) {
                            article(req, edits, edit, articles);
                        } else {
                            answer(req, versions, change, full, notModified, edit >= 0 ? origin : null);
                        }
                    })
                    .listen(0, host).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
            out.println(host + ":" + servers.get(h).actualPort());
        }
        out.println("ready");
        out.flush();
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        while (in.readLine() != null) {
            StringBuilder agents = new StringBuilder();
            byAgent.forEach((a, n) -> agents.append(agents.isEmpty() ? "" : ",").append(a).append(':').append(n.get()));
            out.println("counts full=" + full.get() + " not_modified=" + notModified.get() + " articles=" + articles.get()
                    + " agents=" + agents);
            out.flush();
        }
        vertx.close();
        return 0;
    }

    /** An article page; a re-check finds a figure edited with probability {@code edit}. */
    private static void article(HttpServerRequest req, java.util.concurrent.ConcurrentHashMap<String, Integer> edits,
                                double edit, AtomicLong articles) {
        articles.incrementAndGet();
        String key = req.path();
        int version = edits.compute(key, (k, v) -> v == null ? 0
                : ThreadLocalRandom.current().nextDouble() < edit ? v + 1 : v);
        StringBuilder body = new StringBuilder();
        int seed = Math.abs(key.hashCode());
        for (int p = 0; p < 12; p++) {
            body.append("<p>Officials in the district said on Tuesday that ").append(1000 + (seed + p) % 9000)
                    .append(" residents had been moved to shelters, and the council approved ").append(12 + p)
                    .append(" million dollars for repairs. \"We are doing everything we can,\" the mayor said, adding that ")
                    .append(p == 3 ? 40 + version : 40).append(" roads remained closed and about ").append(200 + p * 7)
                    .append(" homes had no power.</p>");
        }
        String html = "<!doctype html><html><head><title>Story " + key + "</title></head><body><header><nav><a href=\"/\">"
                + "Home</a> <a href=\"/world\">World</a></nav></header><article><h1>Story " + key + "</h1>" + body
                + "</article><footer>Copyright 2026 Bench Gazette. All rights reserved.</footer></body></html>";
        req.response().putHeader("content-type", "text/html; charset=utf-8").end(html);
    }

    private static void answer(HttpServerRequest req, AtomicLongArray versions, double change, AtomicLong full,
                               AtomicLong notModified, String origin) {
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
                .end(origin == null ? feed(n, version) : feedOfArticles(n, version, origin, req.localAddress().port()));
    }

    /** Version v of feed n lists articles v..v+9 on its own host: each new version adds one new article. */
    static String feedOfArticles(int n, long version, String host, int port) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Bench feed ").append(n).append("</title><link>http://").append(host).append(':').append(port)
                .append("/</link><description>Version ").append(version).append("</description>");
        for (long i = version + 9; i >= version; i--) {
            String url = "http://" + host + ":" + port + "/article/" + n + "/" + i;
            sb.append("<item><title>Story ").append(n).append('-').append(i).append("</title><link>").append(url)
                    .append("</link><guid>").append(url).append("</guid></item>");
        }
        return sb.append("</channel></rss>").toString();
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
