package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a passage asserts, read from its words: quotes, numbers outside quotes, hedges and attribution words.
 * Immutable once built.
 */
final class Facts {

    private static final int WINDOW = 6;

    final String text;
    final String scan;
    final List<Token> tokens;
    final boolean[] inQuote;
    final List<Quote> quotes;
    final List<NumberMention> numbers;
    final Set<String> hedges;
    /** Numbers and hedges counting quoted words too: a quote turned into reported speech keeps them. */
    final List<NumberMention> allNumbers;
    final Set<String> allHedges;
    final Set<String> sources;

    private Facts(String text, String scan, List<Token> tokens, List<int[]> quoteRanges) {
        this.text = text;
        this.scan = scan;
        this.tokens = tokens;
        this.inQuote = new boolean[tokens.size()];
        this.quotes = quotes(quoteRanges, tokens, inQuote);
        this.numbers = withoutSourceCounts(Numbers.find(scan, tokens, inQuote));
        this.allNumbers = quotes.isEmpty() ? numbers
                : withoutSourceCounts(Numbers.find(scan, tokens, new boolean[tokens.size()]));
        this.hedges = new TreeSet<>();
        this.allHedges = new TreeSet<>();
        this.sources = new TreeSet<>();
        boolean portuguese = writesPortuguese(text, tokens);
        String[] wide = WideWords.hedges(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            String n = tokens.get(i).norm();
            String hedge = portuguese && "no".equals(n) ? null : Respellings.hedge(n); // Portuguese "no": "in the"
            if (hedge == null) {
                hedge = wide != null && wide[i] != null ? wide[i] : Stance.at(tokens, i);
            }
            if (hedge != null) {
                allHedges.add(hedge);
            }
            if (inQuote[i]) {
                continue;
            }
            if (hedge != null) {
                hedges.add(hedge);
            }
            if (Lexicon.CUES.contains(n)) {
                collectSources(i);
            }
        }
    }

    /**
     * Facts of {@code text}, read from {@code scan} (the same text with noise fragments blanked out), with the
     * quoted ranges of {@code text} found by {@link QuoteRanges} on the whole version.
     */
    static Facts of(String text, String scan, List<int[]> quoteRanges) {
        return new Facts(text, scan, Tokenizer.of(scan), quoteRanges);
    }

    /** As {@link #of(String, String, List)}, with {@code tokens} the words of {@code scan} already found. */
    static Facts of(String text, String scan, List<Token> tokens, List<int[]> quoteRanges) {
        return new Facts(text, scan, tokens, quoteRanges);
    }

    /** Drops counts of sources ("two sources told"): they belong to the attribution, not to the claim. */
    private List<NumberMention> withoutSourceCounts(List<NumberMention> found) {
        List<NumberMention> out = new ArrayList<>(found.size());
        int k = 0;
        for (NumberMention m : found) {
            while (k < tokens.size() && tokens.get(k).start() < m.end()) {
                k++;
            }
            if (k < tokens.size() && Lexicon.SOURCES.contains(tokens.get(k).norm()) && tokens.get(k).norm().endsWith("s")
                    && scan.substring(m.end(), tokens.get(k).start()).isBlank() && speaks(k + 1)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * Whether the speakers named just before {@code from} speak within the next few words ("two officials said",
     * "three diplomats told", "two people familiar with"): then the number before them counts sources, not news.
     */
    private boolean speaks(int from) {
        for (int j = from; j < Math.min(tokens.size(), from + SPEAKING_WINDOW); j++) {
            String w = tokens.get(j).norm();
            if (Lexicon.CUES.contains(w) && j > 0 && PASSIVE.contains(tokens.get(j - 1).norm())) {
                return false; // "300 residents have been told to leave": they are spoken to, not speaking
            }
            if (Lexicon.CUES.contains(w) || w.equals("familiar") || w.equals("speaking") || w.equals("spoke")) {
                return true;
            }
        }
        return false;
    }

    /** Auxiliaries of the passive: a cue after one of them is said to the counted people, not by them. */
    private static final java.util.Set<String> PASSIVE = java.util.Set.of("been", "were", "was", "are", "is", "being",
        "be", "get", "got");

    /** How far after the speakers' noun the verb of their speaking may come ("two senior officials later said"). */
    private static final int SPEAKING_WINDOW = 4;

    List<String> canonicalNumbers(boolean withQuotes) {
        List<NumberMention> from = withQuotes ? allNumbers : numbers;
        List<String> out = new ArrayList<>(from.size());
        for (NumberMention m : from) {
            out.add(m.canonical());
        }
        out.sort(null);
        return out;
    }

    /**
     * Whether the two texts hold the same figures (quoted ones too when {@code withQuotes}), each figure's unit
     * allowed to be written another way that names the same unit ({@link UnitWords#compatible}: "kr" and "kroner").
     */
    static boolean sameNumbers(Facts a, Facts b, boolean withQuotes) {
        List<String> x = a.canonicalNumbers(withQuotes);
        List<String> y = b.canonicalNumbers(withQuotes);
        if (x.equals(y)) {
            return true;
        }
        if (x.size() != y.size()) {
            return false;
        }
        boolean[] used = new boolean[y.size()];
        for (String m : x) {
            int found = -1;
            for (int j = 0; j < y.size() && found < 0; j++) {
                if (!used[j] && sameFigure(m, y.get(j))) {
                    found = j;
                }
            }
            if (found < 0) {
                return false;
            }
            used[found] = true;
        }
        return true;
    }

    /** The same figure, its unit (the last word, when it is a unit's key) written the same or compatibly. */
    private static boolean sameFigure(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = a.lastIndexOf(' ');
        int j = b.lastIndexOf(' ');
        if (i < 0 || j < 0 || !a.substring(0, i).equals(b.substring(0, j))) {
            return false;
        }
        String u = a.substring(i + 1);
        String v = b.substring(j + 1);
        return UnitWords.isKey(u) && UnitWords.isKey(v) && UnitWords.compatible(u, v);
    }

    List<String> quoteWords(Quote q) {
        List<String> out = new ArrayList<>(q.tokens().size());
        for (int i : q.tokens()) {
            out.add(tokens.get(i).norm());
        }
        return out;
    }

    /** Who says it: names and source words before the cue ("X said") and after it ("according to X", "," said X"). */
    private void collectSources(int cue) {
        String word = tokens.get(cue).norm();
        boolean back = !word.equals("according");
        boolean ahead = word.equals("according") || word.equals("told") || cue == 0 || boundary(cue - 1, cue);
        for (int k = cue - 1; back && k >= 0 && k >= cue - WINDOW && !inQuote[k] && !boundary(k, k + 1); k--) {
            addSource(tokens.get(k));
        }
        for (int k = cue + 1; ahead && k < tokens.size() && k <= cue + WINDOW && !inQuote[k] && !boundary(k - 1, k); k++) {
            addSource(tokens.get(k));
        }
    }

    private void addSource(Token t) {
        if (Lexicon.CUES.contains(t.norm()) || Lexicon.HEDGES.containsKey(t.norm()) || t.number()) {
            return;
        }
        if (t.name() || Lexicon.SOURCES.contains(t.norm())) {
            sources.add(t.norm());
        }
    }

    private boolean boundary(int a, int b) {
        for (int k = tokens.get(a).end(); k < tokens.get(b).start(); k++) {
            char c = scan.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '.' || c == '"' || c == '“' || c == '”' || c == '('
                    || c == ')' || c == '—' || c == '–' || c == '?' || c == '!') {
                return true;
            }
        }
        return false;
    }

    private static List<Quote> quotes(List<int[]> ranges, List<Token> tokens, boolean[] inQuote) {
        List<Quote> out = new ArrayList<>();
        for (int[] r : ranges) {
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() >= r[0] && t.end() <= r[1]) {
                    inside.add(i);
                }
            }
            if (inside.size() >= 2) {
                out.add(new Quote(r[0], r[1], inside));
                for (int i : inside) {
                    inQuote[i] = true;
                }
            }
        }
        return out;
    }

    /**
     * Whether a sentence is Portuguese by its letters (ã, õ, ç, which Spanish never writes): its "no" is "in the", not
     * Spanish's negation.
     */
    private static boolean writesPortuguese(String text, List<Token> tokens) {
        for (int k = 0; k < text.length(); k++) {
            char c = Character.toLowerCase(text.charAt(k));
            if (c == 'ã' || c == 'õ' || c == 'ç') {
                return true;
            }
        }
        for (Token t : tokens) {
            if (PORTUGUESE_WORDS.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /** Words Portuguese writes and Spanish does not ("foi", "em", "uma", "com"): "no" is then "in the". */
    private static final java.util.Set<String> PORTUGUESE_WORDS = java.util.Set.of("foi", "em", "pela", "ao", "aos",
            "um", "uma", "com", "são", "está", "não", "é");
}
