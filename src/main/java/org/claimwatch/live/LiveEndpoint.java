package org.claimwatch.live;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.config.Settings;
import org.claimwatch.live.LiveSession.Receiver;
import org.claimwatch.live.SockJsFrames.Frame;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * The live endpoint on {@code /eventbus/*}: the server side of SockJS and of the Vert.x event-bus bridge protocol
 * that the page's unchanged {@code vertx-eventbus.js} speaks, outbound only. Transports: WebSocket, XHR streaming and
 * XHR polling (with {@code xhr_send} for what the client sends: registrations and pings). Each message is encoded
 * once ({@link LiveHub}) and the same frame goes to every socket; a client that does not read is cut off past
 * {@code live.maxQueuedBytes}. It is a router to mount behind the app's own handlers (sign-in, origin check).
 */
public final class LiveEndpoint {

    /** An XHR streaming response ends after this many bytes and the client opens the next (SockJS's default). */
    static final int MAX_BYTES_STREAMING = 128 * 1024;
    private static final String SESSION = "/[^/.]+/([^/.]+)/";
    private static final Buffer PRELUDE;
    private static final String JS = "application/javascript; charset=UTF-8";
    private static final String NO_CACHE = "no-store, no-cache, no-transform, must-revalidate, max-age=0";

    static {
        byte[] bytes = new byte[2049];
        Arrays.fill(bytes, 0, 2048, (byte) 'h');
        bytes[2048] = '\n';
        PRELUDE = Buffer.buffer(bytes);
    }

    private final LiveHub hub;
    private final SecureRandom random = new SecureRandom();

    private LiveEndpoint(LiveHub hub) {
        this.hub = hub;
    }

    /** A router to mount on {@code /eventbus/*}, from an HTTP verticle's start (its event loop serves the sockets). */
    public static Router router(Vertx vertx, Settings.Live settings) {
        LiveEndpoint endpoint = new LiveEndpoint(new LiveHub(vertx, settings.maxQueuedBytes()));
        Router router = Router.router(vertx);
        router.get("/info").handler(endpoint::info);
        router.getWithRegex(SESSION + "websocket").handler(endpoint::websocket);
        router.postWithRegex(SESSION + "xhr_streaming").handler(ctx -> endpoint.xhr(ctx, true));
        router.postWithRegex(SESSION + "xhr").handler(ctx -> endpoint.xhr(ctx, false));
        router.postWithRegex(SESSION + "xhr_send").handler(endpoint::xhrSend);
        return router;
    }

    private void info(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE)
                .end(new JsonObject().put("websocket", true).put("cookie_needed", false)
                        .put("origins", new JsonArray().add("*:*"))
                        .put("entropy", Integer.toUnsignedLong(random.nextInt())).encode());
    }

    // ---- WebSocket

    private void websocket(RoutingContext ctx) {
        String id = ctx.pathParam("param0");
        ctx.request().toWebSocket().onSuccess(ws -> hub.execute(() -> {
            ws.setWriteQueueMaxSize(hub.maxQueuedBytes);
            LiveSession s = hub.open(id);
            ws.textMessageHandler(text -> hub.execute(() -> {
                if (!text.isEmpty() && !hub.receive(s, text)) {
                    s.close(hub.now());
                }
            }));
            ws.exceptionHandler(e -> { });
            ws.closeHandler(v -> hub.execute(() -> s.close(System.currentTimeMillis())));
            s.attach(new WebSocketReceiver(ws), hub.now());
        })).onFailure(e -> {
            if (!ctx.response().ended()) {
                ctx.response().setStatusCode(400).end();
            }
        });
    }

    private static final class WebSocketReceiver implements Receiver {
        private final ServerWebSocket ws;

        WebSocketReceiver(ServerWebSocket ws) {
            this.ws = ws;
        }

        @Override
        public boolean write(Frame frame) {
            if (ws.writeQueueFull()) {
                return false;
            }
            ws.writeTextMessage(frame.text);
            return true;
        }

        @Override
        public boolean drain(List<Frame> frames) {
            for (Frame f : frames) {
                if (!write(f)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean done() {
            return false;
        }

        @Override
        public void close(Frame closeFrame) {
            ws.writeTextMessage(closeFrame.text);
            ws.close();
        }

        @Override
        public void abort() {
            ws.close();
        }
    }

    // ---- XHR streaming and polling

    private void xhr(RoutingContext ctx, boolean streaming) {
        String id = ctx.pathParam("param0");
        LiveSession known = hub.shared.get(id);
        LiveHub owner = known != null ? known.hub : hub;
        owner.execute(() -> {
            LiveSession s = known;
            if (s == null) {
                LiveSession created = owner.open(id);
                s = hub.shared.putIfAbsent(id, created);
                if (s == null) {
                    s = created;
                } else {
                    created.close(owner.now());
                    if (s.hub != owner) {
                        xhr(ctx, streaming); // another hub made it a moment ago: go there
                        return;
                    }
                }
            }
            HttpServerResponse response = ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JS)
                    .putHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
            LiveSession session = s;
            Receiver receiver = streaming ? new StreamingReceiver(ctx, session) : new PollingReceiver(ctx, session);
            response.closeHandler(v -> owner.execute(() -> session.detach(receiver, System.currentTimeMillis())));
            session.attach(receiver, System.currentTimeMillis());
        });
    }

    private void xhrSend(RoutingContext ctx) {
        LiveSession s = hub.shared.get(ctx.pathParam("param0"));
        if (s == null || s.closed) {
            ctx.response().setStatusCode(404).end();
            return;
        }
        String body = ctx.body().asString();
        s.hub.execute(() -> {
            if (body == null || body.isEmpty()) {
                ctx.response().setStatusCode(500).end("Payload expected.");
            } else if (!s.hub.receive(s, body)) {
                ctx.response().setStatusCode(500).end("Broken JSON encoding.");
            } else {
                ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                        .putHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE).setStatusCode(204).end();
            }
        });
    }

    /** One XHR streaming response: the prelude, then frames, each on its own line, until 128 KB. */
    private static final class StreamingReceiver implements Receiver {
        private final RoutingContext ctx;
        private final LiveSession session;
        private int sent;
        private boolean ended;

        StreamingReceiver(RoutingContext ctx, LiveSession session) {
            this.ctx = ctx;
            this.session = session;
            ctx.response().setChunked(true).write(PRELUDE);
        }

        @Override
        public boolean write(Frame frame) {
            HttpServerResponse response = ctx.response();
            if (ended) {
                return true;
            }
            if (response.writeQueueFull()) {
                return false;
            }
            response.write(frame.line());
            sent += frame.length() + 1;
            if (sent >= MAX_BYTES_STREAMING) {
                ended = true;
                response.end();
            }
            return true;
        }

        @Override
        public boolean drain(List<Frame> frames) {
            for (Frame f : frames) {
                if (!write(f)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean done() {
            return ended;
        }

        @Override
        public void close(Frame closeFrame) {
            if (!ended) {
                ended = true;
                ctx.response().end(closeFrame.line());
            }
        }

        @Override
        public void abort() {
            ended = true;
            ctx.request().connection().close();
        }
    }

    /** One XHR poll: answered by the first frame (or the frames that waited), then done. */
    private static final class PollingReceiver implements Receiver {
        private final RoutingContext ctx;
        private final LiveSession session;
        private boolean ended;

        PollingReceiver(RoutingContext ctx, LiveSession session) {
            this.ctx = ctx;
            this.session = session;
        }

        @Override
        public boolean write(Frame frame) {
            if (!ended) {
                ended = true;
                ctx.response().end(frame.line());
            }
            return true;
        }

        @Override
        public boolean drain(List<Frame> frames) {
            Buffer all = Buffer.buffer();
            for (Frame f : frames) {
                all.appendBuffer(f.line());
            }
            ended = true;
            ctx.response().end(all);
            return true;
        }

        @Override
        public boolean done() {
            return ended;
        }

        @Override
        public void close(Frame closeFrame) {
            write(closeFrame);
        }

        @Override
        public void abort() {
            ended = true;
            ctx.request().connection().close();
        }
    }
}
