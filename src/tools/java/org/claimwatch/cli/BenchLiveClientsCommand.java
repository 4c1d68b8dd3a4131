package org.claimwatch.cli;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench-live-clients PORT TOKEN N [ws|xhr-streaming|xhr-polling]}: N SockJS clients of the live endpoint, in
 * their own process, registered on the addresses the tracker page registers. Each change's {@code after} text ends
 * with "t=MICROS" (a key the benchmark gives each change); a client records (key, receipt time) for every change it
 * gets. On stdin: "c KEY COMMIT_MICROS" tells when that change's transaction committed; "reset" clears;
 * "report FROM TO" prints latency (receipt − commit) over the changes committed in [FROM, TO) and delivered vs
 * expected (those changes × clients open at the reset).
 */
public final class BenchLiveClientsCommand implements Command {

    static final List<String> ADDRESSES = List.of("claimwatch.live.changes", "claimwatch.live.versions",
            "claimwatch.live.feeds", "claimwatch.live.opml");
    private static final String PING = new JsonObject().put("type", "ping").encode();

    private long[] keys = new long[1 << 20];
    private long[] receipts = new long[1 << 20];
    private int count;
    private final Map<Long, Long> commits = new HashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private int openAtReset;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int port = Integer.parseInt(args.get(0));
        String token = args.get(1);
        int n = Integer.parseInt(args.get(2));
        String transport = args.size() > 3 ? args.get(3) : "ws";
        Vertx vertx = Vertx.vertx();
        List<Future<?>> connecting = new ArrayList<>();
        WebSocketClient ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(n + 10)
                .setMaxFrameSize(1 << 24).setMaxMessageSize(1 << 26));
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(2 * n + 10));
        for (int i = 0; i < n; i++) {
            String session = UUID.randomUUID().toString().substring(0, 8);
            connecting.add(switch (transport) {
                case "ws" -> webSocket(vertx, ws, port, token, session);
                case "xhr-streaming", "xhr-polling" -> new XhrClient(vertx, http, token, session,
                        transport.equals("xhr-streaming")).start();
                default -> throw new IllegalArgumentException("transport: ws, xhr-streaming or xhr-polling");
            });
            if (i % 50 == 49) {
                Future.join(connecting).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
            }
        }
        Future.join(connecting).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
        out.println("connected " + open.get());
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null; ) {
            String[] w = line.split(" ");
            switch (w[0]) {
                case "c" -> {
                    synchronized (this) {
                        commits.put(Long.parseLong(w[1]), Long.parseLong(w[2]));
                    }
                }
                case "reset" -> {
                    synchronized (this) {
                        count = 0;
                        openAtReset = open.get();
                    }
                    out.println("reset");
                    out.flush();
                }
                case "report" -> {
                    out.println(report(Long.parseLong(w[1]), Long.parseLong(w[2])));
                    out.flush();
                }
                default -> {
                }
            }
        }
        vertx.close();
        return 0;
    }

    private Future<?> webSocket(Vertx vertx, WebSocketClient client, int port, String token, String session) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                .setURI("/eventbus/000/" + session + "/websocket").addHeader("Authorization", "Bearer " + token);
        return client.connect(options).onSuccess(ws -> {
            open.incrementAndGet();
            ws.textMessageHandler(this::frames);
            JsonArray registrations = new JsonArray();
            ADDRESSES.forEach(a -> registrations.add(new JsonObject().put("type", "register").put("address", a).encode()));
            ws.writeTextMessage(registrations.encode());
            // as vertx-eventbus.js does: the bridge closes a socket that has not pinged within its ping timeout
            long pinger = vertx.setPeriodic(5000, id -> ws.writeTextMessage(new JsonArray().add(PING).encode()));
            ws.closeHandler(v -> {
                open.decrementAndGet();
                dropped.incrementAndGet();
                vertx.cancelTimer(pinger);
            });
        });
    }

    /** A SockJS XHR client: one receiving request at a time (streaming or polling), sends through xhr_send. */
    private final class XhrClient {
        private final Vertx vertx;
        private final HttpClient http;
        private final String token;
        private final String base;
        private final boolean streaming;
        private final Promise<Void> opened = Promise.promise();
        private boolean closed;
        private final StringBuilder partial = new StringBuilder();

        XhrClient(Vertx vertx, HttpClient http, String token, String session, boolean streaming) {
            this.vertx = vertx;
            this.http = http;
            this.token = token;
            this.base = "/eventbus/000/" + session + "/";
            this.streaming = streaming;
        }

        Future<Void> start() {
            receive();
            return opened.future();
        }

        private RequestOptions post(String path) {
            return new RequestOptions().setMethod(HttpMethod.POST).setURI(base + path)
                    .putHeader("Authorization", "Bearer " + token);
        }

        private void receive() {
            if (closed) {
                return;
            }
            http.request(post(streaming ? "xhr_streaming" : "xhr")).compose(req -> req.send().compose(res -> {
                if (res.statusCode() != 200) {
                    return Future.failedFuture("status " + res.statusCode());
                }
                res.handler(this::chunk);
                return res.end();
            })).onComplete(ar -> {
                if (ar.failed()) {
                    close();
                } else {
                    receive();
                }
            });
        }

        private void chunk(Buffer data) {
            partial.append(data.toString());
            int nl;
            while ((nl = partial.indexOf("\n")) >= 0) {
                String line = partial.substring(0, nl);
                partial.delete(0, nl + 1);
                if (line.equals("o")) {
                    opened();
                } else if (line.startsWith("c")) {
                    close();
                } else if (line.startsWith("a")) {
                    frames(line);
                }
            }
        }

        private void opened() {
            open.incrementAndGet();
            JsonArray registrations = new JsonArray();
            ADDRESSES.forEach(a -> registrations.add(new JsonObject().put("type", "register").put("address", a).encode()));
            send(registrations.encode());
            vertx.setPeriodic(5000, id -> {
                if (closed) {
                    vertx.cancelTimer(id);
                } else {
                    send(new JsonArray().add(PING).encode());
                }
            });
            opened.tryComplete();
        }

        private void send(String body) {
            http.request(post("xhr_send")).compose(req -> req.send(body)).compose(res -> res.body())
                    .onFailure(e -> { });
        }

        private void close() {
            if (!closed) {
                closed = true;
                if (opened.future().isComplete()) {
                    open.decrementAndGet();
                    dropped.incrementAndGet();
                }
                opened.tryFail("closed");
            }
        }
    }

    private void frames(String frame) {
        if (!frame.startsWith("a")) {
            return;
        }
        long now = micros();
        // each change's "after" text ends with t=KEY; scan for the markers instead of parsing JSON
        for (int at = frame.indexOf("t=", 1); at >= 0; at = frame.indexOf("t=", at + 2)) {
            int end = at + 2;
            while (end < frame.length() && Character.isDigit(frame.charAt(end))) {
                end++;
            }
            if (end - at > 10) {
                record(Long.parseLong(frame.substring(at + 2, end)), now);
            }
        }
    }

    private synchronized void record(long key, long micros) {
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
            receipts = Arrays.copyOf(receipts, count * 2);
        }
        keys[count] = key;
        receipts[count++] = micros;
    }

    private synchronized String report(long from, long to) {
        long changes = commits.values().stream().filter(c -> c >= from && c < to).count();
        long[] latencies = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            Long commit = commits.get(keys[i]);
            if (commit != null && commit >= from && commit < to) {
                latencies[n++] = receipts[i] - commit;
            }
        }
        long[] all = Arrays.copyOf(latencies, n);
        Arrays.sort(all);
        String figures = n == 0 ? "delivered=0" : String.format(
                "delivered=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f", n, at(all, 0.50), at(all, 0.95),
                at(all, 0.99), all[n - 1] / 1000.0);
        return figures + " expected=" + changes * openAtReset + " changes=" + changes + " clients=" + openAtReset
                + " open=" + open.get() + " dropped=" + dropped.get();
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1000.0;
    }

    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }
}
