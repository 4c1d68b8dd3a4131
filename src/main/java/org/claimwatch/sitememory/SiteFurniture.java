package org.claimwatch.sitememory;

import org.claimwatch.diff.EditorialNotes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HexFormat;

/**
 * Site memory, the second line of defence against page furniture (issue 15): claimwatch sees many articles of a
 * host, so a block (a line of cleaned text) that recurs across several <em>other</em> articles of the host is site
 * furniture (a newsletter box, an author bio, "follow us", a disclaimer), and a line that is another article's
 * headline is a teaser. {@link #strip} removes both before claims are extracted, so neither becomes a claim or
 * alerts. It never removes body text that articles legitimately share:
 * <ul>
 *   <li>another article that shares half or more of this article's text is a copy (a wire story republished under
 *   another URL): it supports nothing;</li>
 *   <li>when the blocks to remove would be most of the article, nothing is removed;</li>
 *   <li>a block that names what the article is about (a capitalised name or a number that also occurs in the rest
 *   of the article: "Ellery has pleaded not guilty") is news, even when every story of a trial repeats it;</li>
 *   <li>an editorial note ("Correction: ...") is never furniture.</li>
 * </ul>
 * Pure: the host's memory comes in as {@link Memory} (rows the store kept, bounded and expiring), and
 * {@link #observe} gives the rows to remember of a version. Immutable values, thread-safe.
 */
public final class SiteFurniture {

    /** At most this many blocks of one article are remembered (the longest lines of a page are kept). */
    public static final int MAX_BLOCKS = 200;
    /** Another article sharing this share of the text or more is a copy of it, not a page of the same template. */
    private static final double COPY = 0.5;
    /** Never remove more than this share of an article's text. */
    private static final double MOST = 0.8;
    /** A headline teaser is a short line. */
    private static final int MAX_TEASER_WORDS = 25;
    /** Blocks shorter than this are left to the cleaner (single words, list bullets). */
    private static final int MIN_BLOCK_CHARS = 12;

    /** What a row remembers: a block of an article's text, or its headline. */
    public enum Kind { BLOCK, HEADLINE }

    /** One remembered row: article {@code articleId} had a block (or headline) with this key and length. */
    public record Seen(long articleId, Kind kind, String key, int chars) {
    }

    /** The memory of one host: the rows of its recent articles. */
    public record Memory(List<Seen> rows) {
        public Memory {
            rows = List.copyOf(rows);
        }

        public static Memory empty() {
            return new Memory(List.of());
        }
    }

    /** {@code minArticles}: other articles a block must recur in; {@code maxTeaserChars}: longest teaser line. */
    public record Policy(int minArticles, int maxTeaserChars) {
    }

    /** The text without furniture, and the lines removed (in order). */
    public record Result(String text, List<String> removed) {
        public Result {
            removed = List.copyOf(removed);
        }
    }

    private SiteFurniture() {
    }

    /** The rows to remember of article {@code articleId}'s cleaned {@code text} and {@code headline} (nullable). */
    public static List<Seen> observe(long articleId, String text, String headline) {
        Map<String, Integer> blocks = new LinkedHashMap<>();
        for (String line : lines(text)) {
            if (line.length() >= MIN_BLOCK_CHARS) {
                blocks.merge(key(line), line.length(), Math::max);
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(blocks.entrySet());
        if (entries.size() > MAX_BLOCKS) {
            entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
            entries = entries.subList(0, MAX_BLOCKS);
        }
        List<Seen> out = new ArrayList<>(entries.size() + 1);
        for (Map.Entry<String, Integer> e : entries) {
            out.add(new Seen(articleId, Kind.BLOCK, e.getKey(), e.getValue()));
        }
        if (headline != null && !headline.isBlank()) {
            out.add(new Seen(articleId, Kind.HEADLINE, key(headline), headline.strip().length()));
        }
        return out;
    }

    /**
     * {@code text} (article {@code articleId}'s cleaned text, whose headline is {@code headline}, nullable) without
     * the lines that the host's {@code memory} shows to be furniture or teasers.
     */
    public static Result strip(String text, long articleId, String headline, Memory memory, Policy policy) {
        List<String> lines = lines(text);
        if (lines.isEmpty() || memory.rows().isEmpty()) {
            return new Result(text, List.of());
        }
        Map<Long, Set<String>> blocksOf = new HashMap<>();
        Map<String, Set<Long>> headlineOf = new HashMap<>();
        for (Seen s : memory.rows()) {
            if (s.articleId() == articleId) {
                continue;
            }
            if (s.kind() == Kind.BLOCK) {
                blocksOf.computeIfAbsent(s.articleId(), k -> new HashSet<>()).add(s.key());
            } else {
                headlineOf.computeIfAbsent(s.key(), k -> new HashSet<>()).add(s.articleId());
            }
        }
        List<String> keys = new ArrayList<>(lines.size());
        int total = 0;
        for (String line : lines) {
            keys.add(key(line));
            total += line.length();
        }
        // copies of this article (a wire story under another URL) support nothing
        Set<Long> copies = new HashSet<>();
        for (Map.Entry<Long, Set<String>> e : blocksOf.entrySet()) {
            int shared = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (e.getValue().contains(keys.get(i))) {
                    shared += lines.get(i).length();
                }
            }
            if (shared >= COPY * total) {
                copies.add(e.getKey());
            }
        }
        String ownHeadline = headline == null ? null : key(headline);
        boolean[] furniture = new boolean[lines.size()];
        int removedChars = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() < MIN_BLOCK_CHARS || EditorialNotes.isNote(line)) {
                continue;
            }
            String k = keys.get(i);
            int support = 0;
            for (Map.Entry<Long, Set<String>> e : blocksOf.entrySet()) {
                if (!copies.contains(e.getKey()) && e.getValue().contains(k)) {
                    support++;
                }
            }
            boolean teaser = false;
            if (!k.equals(ownHeadline) && line.length() <= policy.maxTeaserChars() && words(line) <= MAX_TEASER_WORDS) {
                for (long other : headlineOf.getOrDefault(k, Set.of())) {
                    if (!copies.contains(other)) {
                        teaser = true;
                        break;
                    }
                }
            }
            // a recurring block that carries a figure is news: a live story's running total repeats in every article
            // of the outlet with its number moving ("… 43,900 killed, the ministry said"); only teasers go
            boolean figure = line.chars().anyMatch(Character::isDigit);
            if (teaser || support >= policy.minArticles() && !figure) {
                furniture[i] = true;
                removedChars += line.length();
            }
        }
        if (removedChars == 0 || removedChars > MOST * total) {
            return new Result(text, List.of());
        }
        // a recurring block that names what the rest of the article is about is news ("Ellery has pleaded not guilty")
        Set<String> restNames = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!furniture[i]) {
                restNames.addAll(telling(lines.get(i)));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i] && !isTeaserOnly(keys.get(i), headlineOf, copies, ownHeadline)) {
                for (String t : telling(lines.get(i))) {
                    if (restNames.contains(t)) {
                        furniture[i] = false;
                        break;
                    }
                }
            }
        }
        return rebuild(text, furniture);
    }

    private static boolean isTeaserOnly(String key, Map<String, Set<Long>> headlineOf, Set<Long> copies,
                                        String ownHeadline) {
        if (key.equals(ownHeadline)) {
            return false;
        }
        for (long other : headlineOf.getOrDefault(key, Set.of())) {
            if (!copies.contains(other)) {
                return true;
            }
        }
        return false;
    }

    /** The text with the furniture lines left out, paragraphs and line breaks kept as they were. */
    private static Result rebuild(String text, boolean[] furniture) {
        List<String> removed = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        String[] raw = text.split("\n", -1);
        int i = 0;
        for (String r : raw) {
            String line = r.strip();
            if (line.isEmpty()) {
                out.append('\n');
                continue;
            }
            if (furniture[i]) {
                removed.add(line);
            } else {
                out.append(r).append('\n');
            }
            i++;
        }
        // collapse the blank lines a removed paragraph leaves behind, keep paragraph breaks
        String joined = out.toString().replaceAll("\n{3,}", "\n\n").strip();
        return new Result(joined, removed);
    }

    /** The non-blank lines of {@code text}, stripped. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String r : text.split("\n")) {
            String line = r.strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * A block's key: its words lower-cased, digits as {@code #} (a counter in a newsletter box ticks), joined by
     * single spaces, hashed (128 bits of SHA-256, hex).
     */
    public static String key(String block) {
        StringBuilder norm = new StringBuilder(block.length());
        boolean space = false;
        for (int k = 0; k < block.length(); k++) {
            char c = block.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                if (space && norm.length() > 0) {
                    norm.append(' ');
                }
                space = false;
                norm.append(Character.isDigit(c) ? '#' : Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The names (capitalised words not opening the line) and numbers of a line, lower-cased. */
    private static Set<String> telling(String line) {
        Set<String> out = new HashSet<>();
        String[] words = line.split("[^\\p{L}\\p{N}'’-]+");
        boolean first = true;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String bare = w.replaceAll("['’]s$", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (!first && Character.isUpperCase(bare.charAt(0)) && bare.length() >= 3
                    || bare.chars().anyMatch(Character::isDigit) && bare.length() >= 2) {
                out.add(bare.toLowerCase(Locale.ROOT));
            }
            first = false;
        }
        return out;
    }

    private static int words(String line) {
        return line.split("\\s+").length;
    }
}
