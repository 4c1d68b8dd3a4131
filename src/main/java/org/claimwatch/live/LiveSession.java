package org.claimwatch.live;

import io.vertx.core.shareddata.Shareable;
import org.claimwatch.live.SockJsFrames.Frame;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One SockJS session: its registered addresses, its receiver (the WebSocket, or the XHR response open now) and the
 * frames waiting for the next XHR request. Confined to its hub's event loop. Frames that wait (no receiver, or the
 * receiver's write queue full) count against {@code maxQueuedBytes}; past it the session is cut off: the page
 * reconnects and catches up through the REST API.
 */
final class LiveSession implements Shareable {

    /** Where frames go: a WebSocket, an XHR streaming response, or an XHR poll. */
    interface Receiver {
        /** Writes the frame; false when the client does not keep up (its write queue is full). */
        boolean write(Frame frame);

        /** Writes the frames waiting for it; false as for {@link #write}. */
        boolean drain(List<Frame> frames);

        /** True once this receiver takes no more frames (a poll answered, a stream at its byte limit). */
        boolean done();

        /** Ends it with a close frame (a clean close). */
        void close(Frame closeFrame);

        /** Drops the connection at once (a client that does not read). */
        void abort();
    }

    final String id;
    final LiveHub hub;
    final Set<String> addresses = new HashSet<>();
    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private int queuedBytes;
    private Receiver receiver;
    private boolean opened;
    boolean closed;
    long lastPing;
    long lastSent;
    long detachedAt;
    long closedAt;

    LiveSession(String id, LiveHub hub, long now) {
        this.id = id;
        this.hub = hub;
        this.lastPing = now;
        this.lastSent = now;
        this.detachedAt = now;
    }

    boolean hasReceiver() {
        return receiver != null;
    }

    /** A receiver arrives: the open frame first, then what waited. A second one at once is refused, as SockJS does. */
    void attach(Receiver r, long now) {
        if (closed) {
            r.close(SockJsFrames.GO_AWAY);
            return;
        }
        if (receiver != null) {
            r.close(SockJsFrames.ANOTHER_CONNECTION);
            return;
        }
        receiver = r;
        if (!opened) {
            opened = true;
            lastSent = now;
            if (!r.write(SockJsFrames.OPEN)) {
                cutOff();
                return;
            }
        } else if (!queue.isEmpty()) {
            List<Frame> frames = new ArrayList<>(queue);
            queue.clear();
            queuedBytes = 0;
            lastSent = now;
            if (!r.drain(frames)) {
                cutOff();
                return;
            }
        }
        if (r.done()) {
            detach(r, now);
        }
    }

    /** The receiver is gone (answered, at its limit, or its connection closed). */
    void detach(Receiver r, long now) {
        if (receiver == r) {
            receiver = null;
            detachedAt = now;
        }
    }

    void send(Frame frame, long now) {
        if (closed) {
            return;
        }
        lastSent = now;
        if (receiver != null) {
            Receiver r = receiver;
            if (!r.write(frame)) {
                cutOff();
            } else if (r.done()) {
                detach(r, now);
            }
            return;
        }
        queue.add(frame);
        queuedBytes += frame.length();
        if (queuedBytes > hub.maxQueuedBytes) {
            cutOff();
        }
    }

    /** A heartbeat to a receiver that has had nothing for a while (it also ends a poll that waited that long). */
    void heartbeat(long now) {
        if (receiver != null && queue.isEmpty()) {
            send(SockJsFrames.HEARTBEAT, now);
        }
    }

    /** The client cannot keep up: drop its connection and everything queued for it. */
    void cutOff() {
        if (closed) {
            return;
        }
        Receiver r = receiver;
        receiver = null;
        hub.cutOff(this);
        close(hub.now());
        if (r != null) {
            r.abort();
        }
    }

    /** Closes the session: unregisters it; a receiver still attached gets the close frame. */
    void close(long now) {
        if (closed) {
            return;
        }
        closed = true;
        closedAt = now;
        queue.clear();
        queuedBytes = 0;
        hub.closed(this);
        Receiver r = receiver;
        receiver = null;
        if (r != null) {
            r.close(SockJsFrames.GO_AWAY);
        }
    }
}
