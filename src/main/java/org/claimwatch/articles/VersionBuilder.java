package org.claimwatch.articles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.claimwatch.claims.Sentence;
import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Turns a fetched page into a {@link PageOutcome}: cleans it, rejects non-OK extractions, recognises unchanged
 * text and reverts, and analyses the text into sentences and claims. Pure, blocking (run it on a worker),
 * thread-safe.
 */
public final class VersionBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VersionBuilder() {
    }

    public static PageOutcome build(long articleId, byte[] html, String url, String charset, VersionHistory history) {
        CleanedArticle article = Cleaner.clean(html, url, charset);
        if (!article.ok()) {
            return PageOutcome.rejected(article.verdict().name(), article.reason());
        }
        String text = article.text();
        if (text.equals(history.latestText())) {
            return PageOutcome.unchanged();
        }
        String fingerprint = fingerprint(text);
        // index 0 is the newest version: the same words with other punctuation is an edit, not a revert
        int revertOf = history.fingerprints().indexOf(fingerprint);
        AnalyzedText analyzed = Claims.analyze(text, null);
        int[] addedRemoved = history.latestText() == null
                ? new int[] {analyzed.sentences().size(), 0}
                : sentenceDelta(Claims.analyze(history.latestText(), null).sentences(), analyzed.sentences());
        NewVersion version = new NewVersion(articleId, history.latestVersion() + 1, article.title(), article.byline(),
                article.published(), text, sha256(text), fingerprint,
                revertOf <= 0 ? null : history.latestVersion() - revertOf,
                analyzed.sentences().size(), addedRemoved[0], addedRemoved[1],
                toJson(analyzed.claims()), toJson(metadata(article)), gzip(html));
        return PageOutcome.newVersion(version);
    }

    /** Sentences added and removed, counted as multisets of sentence texts. */
    static int[] sentenceDelta(List<Sentence> before, List<Sentence> after) {
        Map<String, Integer> counts = new HashMap<>();
        before.forEach(s -> counts.merge(s.text(), 1, Integer::sum));
        int added = 0;
        for (Sentence s : after) {
            Integer left = counts.get(s.text());
            if (left == null || left == 0) {
                added++;
            } else {
                counts.put(s.text(), left - 1);
            }
        }
        int removed = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new int[] {added, removed};
    }

    /** A fingerprint that ignores case, whitespace and punctuation: equal fingerprints mean the same words. */
    static String fingerprint(String text) {
        String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return sha256(words);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> metadata(CleanedArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("canonical_url", a.canonicalUrl());
        m.put("modified", a.modified());
        m.put("language", a.language());
        m.put("site_name", a.siteName());
        m.put("lead_image", a.leadImage());
        m.put("paragraphs", a.paragraphs().size());
        return m;
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
