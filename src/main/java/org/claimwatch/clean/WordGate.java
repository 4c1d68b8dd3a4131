package org.claimwatch.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which of several word lists have a word in a text, in one pass: an Aho–Corasick automaton over the lists' own
 * characters, with its transitions filled in (a table lookup per character) and a bit per list. The line rules ask
 * it once per line instead of scanning the line once per word (issue 15: cleaning must stay at least 0.55 of a plain
 * jsoup parse). Words are matched as given (case-sensitive: pass lower-cased text for lower-case words). Immutable
 * and thread-safe once built; pure.
 */
final class WordGate {

    /** Each character's symbol: 0 for a character no word holds. */
    private final byte[] symbol;
    private final int symbols;
    /**
     * {@code next[state * symbols + symbol]}: the row offset ({@code state * symbols}) of the state after reading
     * the symbol, with the sign bit set when a word ends in that state.
     */
    private final int[] next;
    /** The lists (bits) a word ending at the state, or at one of its suffix states, belongs to. */
    private final long[] out;

    private WordGate(byte[] symbol, int symbols, int[] next, long[] out) {
        this.symbol = symbol;
        this.symbols = symbols;
        this.next = next;
        this.out = out;
    }

    /** The bits of the lists that have a word in {@code text}. */
    long scan(String text) {
        int state = 0;
        long found = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int to = next[state + symbol[text.charAt(i)]];
            if (to < 0) { // a word ends here
                to &= Integer.MAX_VALUE;
                found |= out[to / symbols];
            }
            state = to;
        }
        return found;
    }

    /** A gate over {@code lists}: list {@code i} answers with bit {@code 1L << i}. At most 64 lists. */
    static WordGate of(List<String[]> lists) {
        if (lists.size() > 64) {
            throw new IllegalArgumentException("at most 64 lists");
        }
        byte[] symbol = new byte[Character.MAX_VALUE + 1];
        int symbols = 1;
        for (String[] list : lists) {
            for (String w : list) {
                for (int i = 0; i < w.length(); i++) {
                    char c = w.charAt(i);
                    if (symbol[c] == 0) {
                        if (symbols == 127) {
                            throw new IllegalArgumentException("too many distinct characters");
                        }
                        symbol[c] = (byte) symbols++;
                    }
                }
            }
        }
        // the trie: goto edges, then failure links breadth first, then every missing edge filled in
        List<int[]> edges = new ArrayList<>();
        List<Long> outs = new ArrayList<>();
        edges.add(new int[symbols]);
        outs.add(0L);
        for (int l = 0; l < lists.size(); l++) {
            for (String w : lists.get(l)) {
                int s = 0;
                for (int i = 0; i < w.length(); i++) {
                    int sym = symbol[w.charAt(i)];
                    if (edges.get(s)[sym] == 0) {
                        edges.get(s)[sym] = edges.size();
                        edges.add(new int[symbols]);
                        outs.add(0L);
                    }
                    s = edges.get(s)[sym];
                }
                outs.set(s, outs.get(s) | 1L << l);
            }
        }
        int states = edges.size();
        int[] next = new int[states * symbols];
        long[] out = new long[states];
        int[] fail = new int[states];
        for (int s = 0; s < states; s++) {
            out[s] = outs.get(s);
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int sym = 0; sym < symbols; sym++) {
            int t = edges.get(0)[sym];
            next[sym] = t;
            if (t != 0) {
                fail[t] = 0;
                queue.add(t);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out[s] |= out[fail[s]];
            for (int sym = 0; sym < symbols; sym++) {
                int t = edges.get(s)[sym];
                if (t != 0 && sym != 0) {
                    fail[t] = next[fail[s] * symbols + sym];
                    next[s * symbols + sym] = t;
                    queue.add(t);
                } else {
                    next[s * symbols + sym] = next[fail[s] * symbols + sym];
                }
            }
        }
        for (int k = 0; k < next.length; k++) {
            int t = next[k];
            next[k] = t * symbols | (out[t] != 0 ? Integer.MIN_VALUE : 0);
        }
        return new WordGate(symbol, symbols, next, Arrays.copyOf(out, states));
    }
}
