package org.claimwatch.live;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import org.claimwatch.bus.Addresses;
import org.claimwatch.live.SockJsFrames.Frame;
import org.claimwatch.metrics.Meters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sessions of one HTTP verticle's event loop and the event-bus side of them: one consumer per live address
 * (however many sockets registered it), each message encoded once into a frame that is written to every socket that
 * wants it. Messages that arrive in the same turn of the event loop (a burst on several addresses) go out as one
 * frame per socket, encoded once per set of addresses. Also the bridge rules for what clients send: outbound
 * {@code claimwatch.live.*} only, at most {@link #MAX_HANDLERS} addresses per socket, pings within
 * {@link #PING_TIMEOUT_MS}. Everything here runs on {@link #context}.
 */
final class LiveHub {

    static final int MAX_HANDLERS = 16;
    static final int MAX_ADDRESS_LENGTH = 64;
    static final long PING_TIMEOUT_MS = 30_000;
    static final long HEARTBEAT_MS = 10_000;
    /** An XHR session with no request open for this long is closed (SockJS's disconnect delay). */
    static final long DISCONNECT_DELAY_MS = 5_000;
    private static final Pattern PERMITTED = Pattern.compile(Pattern.quote(Addresses.LIVE_PREFIX) + "[a-z0-9.-]+");
    private static final String SESSIONS = "claimwatch.live.sessions";

    final Vertx vertx;
    final Context context;
    final int maxQueuedBytes;
    /** XHR sessions by id, shared by the hubs of one Vert.x: the requests of one session may come on any of them. */
    final LocalMap<String, LiveSession> shared;
    private final Set<LiveSession> sessions = new HashSet<>();
    private final Map<String, Topic> topics = new HashMap<>();
    private List<Pending> pending = new ArrayList<>();
    private boolean flushScheduled;
    private long now = System.currentTimeMillis();

    private record Pending(String address, String element) {
    }

    private static final class Topic {
        final MessageConsumer<Object> consumer;
        final Set<LiveSession> sessions = new LinkedHashSet<>();
        LiveSession[] snapshot;

        Topic(MessageConsumer<Object> consumer) {
            this.consumer = consumer;
        }

        LiveSession[] sessions() {
            if (snapshot == null) {
                snapshot = sessions.toArray(new LiveSession[0]);
            }
            return snapshot;
        }
    }

    LiveHub(Vertx vertx, int maxQueuedBytes) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.maxQueuedBytes = maxQueuedBytes;
        this.shared = vertx.sharedData().getLocalMap(SESSIONS);
        vertx.setPeriodic(1000, id -> sweep());
    }

    long now() {
        return now;
    }

    /** Runs {@code task} on this hub's event loop (at once when already there). */
    void execute(Runnable task) {
        if (Vertx.currentContext() == context) {
            task.run();
        } else {
            context.runOnContext(v -> task.run());
        }
    }

    LiveSession open(String id) {
        now = System.currentTimeMillis();
        LiveSession s = new LiveSession(id, this, now);
        sessions.add(s);
        return s;
    }

    int sessionCount() {
        return sessions.size();
    }

    // ---- what clients send

    /** A SockJS payload from the client: a JSON array of strings (or one string), each a bridge message. */
    boolean receive(LiveSession s, String payload) {
        List<String> messages = new ArrayList<>();
        try {
            Object decoded = Json.decodeValue(payload);
            if (decoded instanceof JsonArray array) {
                for (Object o : array) {
                    messages.add(String.valueOf(o));
                }
            } else if (decoded instanceof String one) {
                messages.add(one);
            } else {
                return false;
            }
        } catch (DecodeException e) {
            return false;
        }
        for (String m : messages) {
            bridgeMessage(s, m);
        }
        return true;
    }

    private void bridgeMessage(LiveSession s, String raw) {
        now = System.currentTimeMillis();
        JsonObject m;
        try {
            m = new JsonObject(raw);
        } catch (DecodeException | ClassCastException e) {
            s.send(SockJsFrames.error("invalid_json"), now);
            return;
        }
        String type = m.getValue("type") instanceof String t ? t : null;
        if (type == null) {
            s.send(SockJsFrames.error("missing_type"), now);
            return;
        }
        if (type.equals("ping")) {
            s.lastPing = now;
            return;
        }
        String address = m.getValue("address") instanceof String a ? a : null;
        if (address == null) {
            s.send(SockJsFrames.error("missing_address"), now);
            return;
        }
        switch (type) {
            case "register" -> {
                if (address.length() > MAX_ADDRESS_LENGTH) {
                    s.send(SockJsFrames.error("max_address_length_reached"), now);
                } else if (s.addresses.size() >= MAX_HANDLERS && !s.addresses.contains(address)) {
                    s.send(SockJsFrames.error("max_handlers_reached"), now);
                } else if (!PERMITTED.matcher(address).matches()) {
                    s.send(SockJsFrames.error("access_denied"), now);
                } else {
                    subscribe(s, address);
                }
            }
            case "unregister" -> {
                if (PERMITTED.matcher(address).matches()) {
                    unsubscribe(s, address);
                } else {
                    s.send(SockJsFrames.error("access_denied"), now);
                }
            }
            // outbound only: nothing a browser sends reaches the event bus
            case "send", "publish" -> s.send(SockJsFrames.error("access_denied"), now);
            default -> s.send(SockJsFrames.error("invalid_type"), now);
        }
    }

    private void subscribe(LiveSession s, String address) {
        if (s.closed || !s.addresses.add(address)) {
            return;
        }
        Topic topic = topics.computeIfAbsent(address, a -> new Topic(
                vertx.eventBus().consumer(a, message -> onMessage(a, message.body()))));
        topic.sessions.add(s);
        topic.snapshot = null;
    }

    private void unsubscribe(LiveSession s, String address) {
        if (!s.addresses.remove(address)) {
            return;
        }
        Topic topic = topics.get(address);
        if (topic != null && topic.sessions.remove(s)) {
            topic.snapshot = null;
            if (topic.sessions.isEmpty()) {
                topics.remove(address);
                topic.consumer.unregister();
            }
        }
    }

    // ---- what goes out

    private void onMessage(String address, Object body) {
        pending.add(new Pending(address, SockJsFrames.element(address, body)));
        if (!flushScheduled) {
            flushScheduled = true;
            context.runOnContext(v -> flush());
        }
    }

    private void flush() {
        flushScheduled = false;
        now = System.currentTimeMillis();
        List<Pending> batch = pending;
        pending = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += 63) {
            fanOut(batch.subList(from, Math.min(batch.size(), from + 63)));
        }
    }

    private void fanOut(List<Pending> batch) {
        if (batch.size() == 1) {
            Pending p = batch.get(0);
            Topic topic = topics.get(p.address());
            if (topic != null) {
                Frame frame = SockJsFrames.messages(List.of(p.element()));
                for (LiveSession s : topic.sessions()) {
                    s.send(frame, now);
                }
            }
            return;
        }
        // which of the messages each socket wants, as a bit mask; one frame per distinct mask
        Map<LiveSession, long[]> wants = new IdentityHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Topic topic = topics.get(batch.get(i).address());
            if (topic == null) {
                continue;
            }
            long bit = 1L << i;
            for (LiveSession s : topic.sessions()) {
                wants.computeIfAbsent(s, k -> new long[1])[0] |= bit;
            }
        }
        Map<Long, Frame> frames = new HashMap<>();
        wants.forEach((s, mask) -> s.send(frames.computeIfAbsent(mask[0], m -> {
            List<String> elements = new ArrayList<>(Long.bitCount(m));
            for (int i = 0; i < batch.size(); i++) {
                if ((m & 1L << i) != 0) {
                    elements.add(batch.get(i).element());
                }
            }
            return SockJsFrames.messages(elements);
        }), now));
    }

    // ---- lifecycle

    /** Every second: heartbeats, ping timeouts, XHR sessions left without a request, closed ones forgotten. */
    private void sweep() {
        now = System.currentTimeMillis();
        for (LiveSession s : new ArrayList<>(sessions)) {
            if (s.closed) {
                if (now - s.closedAt >= DISCONNECT_DELAY_MS) {
                    sessions.remove(s);
                    shared.remove(s.id, s);
                }
            } else if (now - s.lastPing >= PING_TIMEOUT_MS
                    || !s.hasReceiver() && now - s.detachedAt >= DISCONNECT_DELAY_MS) {
                s.close(now);
            } else if (now - s.lastSent >= HEARTBEAT_MS) {
                s.heartbeat(now);
            }
        }
    }

    /** Called by a session as it closes: it leaves every topic. */
    void closed(LiveSession s) {
        for (String address : new ArrayList<>(s.addresses)) {
            unsubscribe(s, address);
        }
    }

    /** Called by a session that is cut off for not reading. */
    void cutOff(LiveSession s) {
        Meters.liveCutOff();
    }
}
