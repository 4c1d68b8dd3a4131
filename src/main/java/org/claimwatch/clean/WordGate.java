package org.claimwatch.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which of several word lists have a word in a text, in one pass: an Aho–Corasick automaton over the lists' own
 * characters, with its transitions filled in (a table lookup per character) and a bit per list. The line rules ask
 * it once per line instead of scanning the line once per word (issue 15: cleaning must stay at least 0.55 of a plain
 * jsoup parse). Words are matched as given (case-sensitive: pass lower-cased text for lower-case words), except that
 * accents are folded ("é" reads as "e") and every character of Han, kana and Hangul reads as one: the gate then may
 * open for a line the rule will not take, never the other way, and its table stays small enough for the cache
 * (issue 15: a table four times larger cost the cleaner a tenth of its speed). Immutable and thread-safe once built;
 * pure.
 */
final class WordGate {

    /** Each character's symbol: 0 for a character no word holds. */
    private final byte[] symbol;
    private final int symbols;
    /**
     * {@code next[state * symbols + symbol]}: the state after reading the symbol, plus {@link #ENDS} when a word ends
     * there (two bytes an entry, for the cache).
     */
    private final char[] next;
    /** The lists (bits) a word ending at the state, or at one of its suffix states, belongs to. */
    private final long[] out;

    private WordGate(byte[] symbol, int symbols, char[] next, long[] out) {
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
            int to = next[state * symbols + symbol[text.charAt(i)]];
            if (to >= ENDS) { // a word ends here: only then the lists are read
                to -= ENDS;
                found |= out[to];
            }
            state = to;
        }
        return found;
    }

    /**
     * As {@link #scan(String)}, reading {@code text} as if it had no dashes or underscores: a word written in parts
     * ("visually-hidden", "share_bar") is found as one.
     */
    long scanJoined(String text) {
        int state = 0;
        long found = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '_') {
                continue;
            }
            int to = next[state * symbols + symbol[c]];
            if (to >= ENDS) {
                to -= ENDS;
                found |= out[to];
            }
            state = to;
        }
        return found;
    }

    /** Added to a state's number in the table when a word ends in it. */
    private static final int ENDS = 0x8000;

    /** One character standing for every character of Han, kana and Hangul. */
    private static final char WIDE = '\u3007';

    /** The character the gate reads for {@code c}: without its accent, or {@link #WIDE} for a wide script. */
    static char fold(char c) {
        if (c < 0xc0) {
            return c;
        }
        if (c >= 0x2e80 && (TextStats.isWide(c) || c >= 0xac00 && c <= 0xd7af || c >= 0x3000 && c <= 0x303f)) {
            return WIDE;
        }
        if (c == 'ß') {
            return 's';
        }
        if (c > 0x24f) {
            return c;
        }
        char base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0);
        return base < 0x80 ? base : c;
    }

    private static String[] folded(String[] words) {
        String[] out = new String[words.length];
        for (int k = 0; k < words.length; k++) {
            StringBuilder sb = new StringBuilder(words[k].length());
            for (int i = 0; i < words[k].length(); i++) {
                sb.append(fold(words[k].charAt(i)));
            }
            out[k] = sb.toString();
        }
        return out;
    }

    /** A gate over {@code lists}: list {@code i} answers with bit {@code 1L << i}. At most 64 lists. */
    static WordGate of(List<String[]> lists) {
        if (lists.size() > 64) {
            throw new IllegalArgumentException("at most 64 lists");
        }
        lists = lists.stream().map(WordGate::folded).toList();
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
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            symbol[c] = symbol[fold((char) c)]; // the text's characters read as their folded forms, at no cost per line
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
        if (states >= ENDS) {
            throw new IllegalArgumentException("too many states");
        }
        char[] table = new char[next.length];
        for (int k = 0; k < next.length; k++) {
            table[k] = (char) (next[k] + (out[next[k]] != 0 ? ENDS : 0));
        }
        return new WordGate(symbol, symbols, table, Arrays.copyOf(out, states));
    }
}
