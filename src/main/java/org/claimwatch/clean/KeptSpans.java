package org.claimwatch.clean;

import java.io.Reader;
import java.util.Arrays;

/**
 * Spans of a source string kept in order, read as one text without copying them into a new string first: the
 * prefilter's output is read once, by the parser. Immutable once built.
 */
final class KeptSpans {

    private final String source;
    private final int[] bounds;
    private final int length;

    private KeptSpans(String source, int[] bounds, int length) {
        this.source = source;
        this.bounds = bounds;
        this.length = length;
    }

    /** The kept text's length. */
    int length() {
        return length;
    }

    /** A fresh reader over the kept text. */
    Reader reader() {
        return new SpanReader();
    }

    /** The kept text as one string. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(length);
        for (int k = 0; k < bounds.length; k += 2) {
            sb.append(source, bounds[k], bounds[k + 1]);
        }
        return sb.toString();
    }

    /** Collects spans of one source string, in order. Confined to one call. */
    static final class Builder {
        private final String source;
        private int[] bounds = new int[16];
        private int size;
        private int length;

        Builder(String source) {
            this.source = source;
        }

        /** The length kept so far. */
        int length() {
            return length;
        }

        /** Keeps {@code source[from, to)}; empty spans are ignored. */
        void keep(int from, int to) {
            if (to <= from) {
                return;
            }
            if (size == bounds.length) {
                bounds = Arrays.copyOf(bounds, size * 2);
            }
            bounds[size++] = from;
            bounds[size++] = to;
            length += to - from;
        }

        KeptSpans build() {
            return new KeptSpans(source, Arrays.copyOf(bounds, size), length);
        }
    }

    private final class SpanReader extends Reader {
        private int span;
        private int pos = bounds.length == 0 ? 0 : bounds[0];

        @Override
        public int read(char[] buf, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int read = 0;
            while (read < len && span < bounds.length) {
                int end = bounds[span + 1];
                int n = Math.min(len - read, end - pos);
                source.getChars(pos, pos + n, buf, off + read);
                read += n;
                pos += n;
                if (pos == end) {
                    span += 2;
                    pos = span < bounds.length ? bounds[span] : pos;
                }
            }
            return read == 0 ? -1 : read;
        }

        @Override
        public void close() {
        }
    }
}
