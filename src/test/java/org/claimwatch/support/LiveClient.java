package org.claimwatch.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A browser-like client of the SockJS event-bus bridge: SockJS framing over its WebSocket transport. */
public final class LiveClient implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<JsonObject> frames;
    private final java.util.List<JsonObject> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    private LiveClient(WebSocket socket, BlockingQueue<JsonObject> frames) {
        this.socket = socket;
        this.frames = frames;
    }

    /** Connects without credentials (refused unless the app runs in public mode). */
    public static LiveClient connect(int port) throws Exception {
        return connect(port, null);
    }

    /** Connects with an API token ({@code null}: none). */
    public static LiveClient connect(int port, String bearer) throws Exception {
        BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        WebSocket ws = builder
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/eventbus/000/"
                        + java.util.UUID.randomUUID().toString().substring(0, 8) + "/websocket"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String frame = partial.toString();
                            partial.setLength(0);
                            // SockJS frames: "o" open, "h" heartbeat, "a[...]" messages, "c[...]" close
                            // a bridge message on claimwatch.live.* is a batch {"items": [...]}: one frame per item
                            if (frame.startsWith("a")) {
                                new JsonArray(frame.substring(1)).forEach(m -> unbatch(new JsonObject((String) m), frames));
                            }
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        return new LiveClient(ws, frames);
    }

    private static void unbatch(JsonObject message, BlockingQueue<JsonObject> frames) {
        if (message.getValue("body") instanceof JsonObject body && body.getValue("items") instanceof JsonArray items) {
            for (Object item : items) {
                frames.add(message.copy().put("body", item).put("batch_size", items.size()));
            }
        } else {
            frames.add(message);
        }
    }

    public void register(String address) {
        send(new JsonObject().put("type", "register").put("address", address));
    }

    public void send(JsonObject frame) {
        socket.sendText(new JsonArray().add(frame.encode()).encode(), true).join();
    }

    /** The next frame received, or null after the timeout. */
    public JsonObject next(long timeout, TimeUnit unit) throws InterruptedException {
        return frames.poll(timeout, unit);
    }

    /**
     * The first frame received so far or within the timeout whose body matches; frames are kept, so waits for
     * different frames may come in any order. Null after the timeout.
     */
    public JsonObject nextMatching(long timeoutMs, java.util.function.Predicate<JsonObject> body) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            for (JsonObject frame : seen) {
                if (frame.getValue("body") instanceof JsonObject b && body.test(b)) {
                    return frame;
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return null;
            }
            JsonObject frame = frames.poll(left, TimeUnit.MILLISECONDS);
            if (frame != null) {
                seen.add(frame);
            }
        }
    }

    /** Every frame body received so far on {@code address}. */
    public java.util.List<JsonObject> bodies(String address) {
        JsonObject frame;
        while ((frame = frames.poll()) != null) {
            seen.add(frame);
        }
        return seen.stream().filter(f -> address.equals(f.getString("address")))
                .map(f -> f.getJsonObject("body")).toList();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
