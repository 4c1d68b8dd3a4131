package org.claimwatch.alerts;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

/** A real webhook receiver on loopback: records every request, answers scripted responses (200 by default). */
final class Receiver implements AutoCloseable {

    /** One request as received, with what it was answered. */
    record Hit(String path, String id, String timestamp, String signature, String body, long atMillis, int answered) {
        JsonObject json() {
            return new JsonObject(body);
        }
    }

    /** A scripted answer. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    private final int port;
    private final List<Hit> hits = new ArrayList<>();
    private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
    private volatile Answer fallback = new Answer(200, Map.of(), "ok");
    private volatile long delayMs;
    private HttpServer server;

    Receiver() throws IOException {
        start(0);
        this.port = server.getAddress().getPort();
    }

    private void start(int at) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), at), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Answer a = script.pollFirst();
            if (a == null) {
                a = fallback;
            }
            synchronized (hits) {
                hits.add(new Hit(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body, System.currentTimeMillis(),
                        a.status()));
            }
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Queues answers for the next requests, in order. */
    void then(int status, Map<String, String> headers) {
        script.addLast(new Answer(status, headers, "answer " + status));
    }

    /** Queues one answer with its own body. */
    void then(int status, Map<String, String> headers, String body) {
        script.addLast(new Answer(status, headers, body));
    }

    /** Answers every request only after {@code ms}: requests are in flight meanwhile. */
    void delay(long ms) {
        delayMs = ms;
    }

    /** What every unscripted request gets. */
    void always(int status) {
        fallback = new Answer(status, Map.of(), "answer " + status);
    }

    /** Stops listening: connections are refused. */
    void down() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    void up() throws IOException {
        start(port);
    }

    /** Requests received on {@code path}, in arrival order. */
    List<Hit> hits(String path) {
        synchronized (hits) {
            return hits.stream().filter(h -> h.path().equals(path)).toList();
        }
    }

    /** Requests on {@code path} answered 2xx. */
    List<Hit> accepted(String path) {
        return hits(path).stream().filter(h -> h.answered() >= 200 && h.answered() < 300).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
