package org.claimwatch.live;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;

import java.util.List;

/**
 * SockJS frames as the Vert.x event-bus bridge writes them: {@code o} open, {@code h} heartbeat, {@code a[...]}
 * messages (each a JSON string holding the bridge envelope {@code {"type":"rec","address":..,"body":..}}), and
 * {@code c[code,"reason"]} close. Every character outside printable ASCII is written as {@code \\uXXXX}, so a frame
 * is pure ASCII: its byte length is its string length, and no transport can mangle it.
 */
final class SockJsFrames {

    static final Frame OPEN = new Frame("o");
    static final Frame HEARTBEAT = new Frame("h");
    static final Frame GO_AWAY = new Frame("c[3000,\"Go away!\"]");
    static final Frame ANOTHER_CONNECTION = new Frame("c[2010,\"Another connection still open\"]");

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SockJsFrames() {
    }

    /** One bridge message as an element of a SockJS {@code a[...]} frame: the envelope, JSON-quoted. */
    static String element(String address, Object body) {
        String envelope = "{\"type\":\"rec\",\"address\":" + Json.encode(address) + ",\"body\":" + Json.encode(body)
                + "}";
        return quote(envelope);
    }

    /** The frame carrying {@code elements} (each from {@link #element}) in order. */
    static Frame messages(List<String> elements) {
        int size = 3;
        for (String e : elements) {
            size += e.length() + 1;
        }
        StringBuilder sb = new StringBuilder(size).append("a[");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(elements.get(i));
        }
        return new Frame(sb.append(']').toString());
    }

    /** The bridge's error reply {@code {"type":"err","body":code}}. */
    static Frame error(String code) {
        return new Frame("a[" + quote("{\"type\":\"err\",\"body\":" + Json.encode(code) + "}") + "]");
    }

    /** {@code s} as a JSON string literal in printable ASCII. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + s.length() / 8 + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        sb.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                                .append(HEX[c & 15]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** One encoded frame, shared by every socket it goes to. */
    static final class Frame {

        final String text;
        private volatile Buffer line;

        Frame(String text) {
            this.text = text;
        }

        /** Bytes on the wire (the frame is ASCII). */
        int length() {
            return text.length();
        }

        /** The frame and a newline, as the XHR transports send it; made once, then the same buffer for every response. */
        Buffer line() {
            Buffer b = line;
            if (b == null) {
                b = Buffer.buffer(text.length() + 1).appendString(text).appendByte((byte) '\n');
                line = b;
            }
            return b;
        }
    }
}
