package org.claimwatch.articles;

import org.claimwatch.json.Jackson;
import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.clean.Headline;
import org.claimwatch.diff.ClaimChange;
import org.claimwatch.diff.DiffResult;
import org.claimwatch.diff.Headlines;
import org.claimwatch.diff.LinkKind;
import org.claimwatch.diff.TextFingerprint;
import org.claimwatch.diff.VersionDiff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;

/**
 * Turns a fetched page into a {@link PageOutcome}: cleans it, rejects non-OK extractions, recognises unchanged
 * text and reverts, analyses the text into sentences and claims, and reads the page's headline
 * ({@link Headline#of}: the page's title without the site's name, else the feed item's title). A changed headline
 * is a {@link org.claimwatch.diff.ChangeKind#HEADLINE_CHANGED} listed first, and makes a version even when the body
 * is unchanged; a headline back to one the article had within a day (A/B title rotation) is a silent change
 * ({@link Headlines#compare(List, String, Instant)}). Pure, blocking (run it on a worker), thread-safe.
 */
public final class VersionBuilder {

    private VersionBuilder() {
    }

    /** As {@link #build(long, byte[], String, String, VersionHistory, Instant)} at the current instant. */
    public static PageOutcome build(long articleId, byte[] html, String url, String charset, VersionHistory history) {
        return build(articleId, html, url, charset, history, Instant.now());
    }

    /** The outcome of the page fetched at {@code at} for the article whose stored versions are {@code history}. */
    public static PageOutcome build(long articleId, byte[] html, String url, String charset, VersionHistory history,
                                    Instant at) {
        CleanedArticle article = Cleaner.clean(html, url, charset);
        if (!article.ok()) {
            return PageOutcome.rejected(article.verdict().name(), article.reason());
        }
        String headline = Headline.of(article.title(), article.siteName(), url, history.feedTitle());
        Optional<ClaimChange> headlineChange = history.latestText() == null || history.latestHeadline() == null
                ? Optional.empty() : Headlines.compare(history.headlines(), headline, at);
        String text = article.text();
        if (text.equals(history.latestText()) && headlineChange.isEmpty()) {
            return PageOutcome.unchanged();
        }
        String fingerprint = TextFingerprint.of(text);
        int revertOf = history.fingerprints().indexOf(fingerprint);
        if (revertOf == 0 && headlineChange.isEmpty()) {
            // the newest version's words with other whitespace, punctuation, case or timestamps: noise, not a version
            return PageOutcome.unchanged();
        }
        LocalDate date = Dates.day(article.published());
        AnalyzedText analyzed = Claims.analyze(text, date);
        int added = analyzed.sentences().size();
        int removed = 0;
        List<ClaimChange> changes = new ArrayList<>();
        headlineChange.ifPresent(changes::add);
        if (history.latestText() != null) {
            DiffResult diff = VersionDiff.compare(Claims.analyze(history.latestText(), date), analyzed);
            added = (int) diff.alignment().stream().filter(l -> l.kind() == LinkKind.ADDED).count();
            removed = (int) diff.alignment().stream().filter(l -> l.kind() == LinkKind.REMOVED).count();
            changes.addAll(diff.changes());
        }
        NewVersion version = new NewVersion(articleId, history.latestVersion() + 1, article.title(), article.byline(),
                article.published(), text, sha256(text), fingerprint,
                revertOf <= 0 ? null : history.latestVersion() - revertOf,
                analyzed.sentences().size(), added, removed,
                toJson(analyzed.claims()), toJson(metadata(article)), gzip(html), changes, headline);
        return PageOutcome.newVersion(version);
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
        return Jackson.write(value);
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
