package org.claimwatch.cli;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench-live-clients PORT TOKEN N}: N SockJS clients (WebSocket transport) of the event-bus bridge, in their
 * own process, registered on claimwatch.live.changes. Each change's {@code after} text ends with "t=MICROS" (its
 * store start, epoch microseconds); the client records now − t. On stdin: "reset" clears, "report" prints
 * "received=.. p50_ms=.. p99_ms=.. max_ms=..".
 */
public final class BenchLiveClientsCommand implements Command {

    private static final String PING = new JsonArray().add(new JsonObject().put("type", "ping").encode()).encode();

    private final List<Long> latencies = new ArrayList<>();

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int port = Integer.parseInt(args.get(0));
        String token = args.get(1);
        int n = Integer.parseInt(args.get(2));
        Vertx vertx = Vertx.vertx();
        WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(n + 10));
        AtomicInteger open = new AtomicInteger();
        List<Future<?>> connecting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                    .setURI("/eventbus/000/" + UUID.randomUUID().toString().substring(0, 8) + "/websocket")
                    .addHeader("Authorization", "Bearer " + token);
            connecting.add(client.connect(options).onSuccess(ws -> {
                open.incrementAndGet();
                ws.textMessageHandler(frame -> {
                    if (frame.startsWith("a")) {
                        long now = micros();
                        // each message's "after" text ends with t=MICROS; scan for the markers instead of parsing JSON
                        for (int at = frame.indexOf("t=", 1); at >= 0; at = frame.indexOf("t=", at + 2)) {
                            int end = at + 2;
                            while (end < frame.length() && Character.isDigit(frame.charAt(end))) {
                                end++;
                            }
                            if (end - at > 10) {
                                record(now - Long.parseLong(frame.substring(at + 2, end)));
                            }
                        }
                    }
                });
                ws.writeTextMessage(new JsonArray().add(new JsonObject().put("type", "register")
                        .put("address", "claimwatch.live.changes").encode()).encode());
                // as vertx-eventbus.js does: the bridge closes a socket that has not pinged within its ping timeout
                long pinger = vertx.setPeriodic(5000, id -> ws.writeTextMessage(PING));
                ws.closeHandler(v -> {
                    open.decrementAndGet();
                    vertx.cancelTimer(pinger);
                });
            }));
            if (i % 50 == 49) {
                Future.join(connecting).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            }
        }
        Future.join(connecting).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        out.println("connected " + open.get());
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.equals("reset")) {
                synchronized (this) {
                    latencies.clear();
                }
                out.println("reset");
            } else {
                out.println(report() + " open=" + open.get());
            }
            out.flush();
        }
        vertx.close();
        return 0;
    }

    private synchronized void record(long micros) {
        latencies.add(micros);
    }

    private synchronized String report() {
        long[] all = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(all);
        if (all.length == 0) {
            return "received=0";
        }
        return String.format("received=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f", all.length,
                all[(int) (all.length * 0.50)] / 1000.0, all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1000.0,
                all[all.length - 1] / 1000.0);
    }

    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }
}
