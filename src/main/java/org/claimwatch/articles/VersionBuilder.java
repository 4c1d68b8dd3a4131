package org.claimwatch.articles;

import org.claimwatch.json.Jackson;
import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.claimwatch.clean.CleanedArticle;
import org.claimwatch.clean.Cleaner;
import org.claimwatch.clean.Continuity;
import org.claimwatch.clean.Headline;
import org.claimwatch.diff.ClaimChange;
import org.claimwatch.diff.DiffResult;
import org.claimwatch.diff.Headlines;
import org.claimwatch.diff.LinkKind;
import org.claimwatch.diff.TextFingerprint;
import org.claimwatch.diff.VersionDiff;

import org.claimwatch.semantic.SentenceVectors;

import java.io.ByteArrayInputStream;
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
import java.util.zip.GZIPInputStream;
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

    /**
     * Builds, once, the tables the pipeline otherwise builds on its first article (about two seconds: CLDR's relative
     * times and compact number scales from ICU4J, the widget model, the month and weekday names), by diffing two
     * small texts; the process stage runs it on a worker when it starts. Returns how many changes it found (one:
     * the figure; the stamp is furniture).
     */
    public static int warmUp() {
        AnalyzedText before = Claims.analyze("Updated 5 minutes ago\n\nThe city will spend 2,5 млн on the bridge, "
                + "officials said on Friday, 7 March 2025.", null);
        AnalyzedText after = Claims.analyze("Updated 7 minutes ago\n\nThe city will spend 3,5 млн on the bridge, "
                + "officials said on Friday, 7 March 2025.", null);
        return (int) VersionDiff.compare(before, after).changes().stream().filter(c -> c.significance() >= 0.5).count();
    }

    /** As {@link #build(long, byte[], String, String, VersionHistory, Instant)} at the current instant. */
    public static PageOutcome build(long articleId, byte[] html, String url, String charset, VersionHistory history) {
        return build(articleId, html, url, charset, history, Instant.now());
    }

    /** The outcome of the page fetched at {@code at} for the article whose stored versions are {@code history}. */
    public static PageOutcome build(long articleId, byte[] html, String url, String charset, VersionHistory history,
                                    Instant at) {
        return finish(prepare(articleId, html, url, charset, history, at), SentenceVectors.NONE);
    }

    /** As {@link #build(long, byte[], String, String, VersionHistory, Instant)} with site furniture taken out. */
    public static PageOutcome build(long articleId, byte[] html, String url, String charset, VersionHistory history,
                                    Instant at, Furniture furniture) {
        return finish(prepare(articleId, html, url, charset, history, at, furniture), SentenceVectors.NONE);
    }

    /** As {@link #prepare(long, byte[], String, String, VersionHistory, Instant)} at the current instant. */
    public static Draft prepare(long articleId, byte[] html, String url, String charset, VersionHistory history) {
        return prepare(articleId, html, url, charset, history, Instant.now());
    }

    /**
     * Takes the site's furniture out of cleaned text, given the article's headline (issue 15, site memory:
     * {@link org.claimwatch.sitememory.SiteFurniture}); {@link #NONE} keeps the text as it is.
     */
    @FunctionalInterface
    public interface Furniture {
        Furniture NONE = (text, headline) -> text;

        String strip(String text, String headline);
    }

    /** As {@link #prepare(long, byte[], String, String, VersionHistory, Instant, Furniture)} without site memory. */
    public static Draft prepare(long articleId, byte[] html, String url, String charset, VersionHistory history,
                                Instant at) {
        return prepare(articleId, html, url, charset, history, at, Furniture.NONE);
    }

    /**
     * The first half of {@link #build}: cleans and analyses the page and the newest stored version, so that the
     * caller can fetch the embeddings of {@link Draft#sentences()} before {@link #finish} diffs them. Both the page's
     * text and the newest stored version's go through {@code furniture} first (the same memory on both sides, so a
     * block learnt to be furniture since the last version is no removal): what it takes out is no claim and no change.
     */
    public static Draft prepare(long articleId, byte[] html, String url, String charset, VersionHistory history,
                                Instant at, Furniture furniture) {
        CleanedArticle article = Cleaner.clean(html, url, charset);
        if (!article.ok()) {
            return Draft.done(PageOutcome.rejected(article.verdict().name(), article.reason()));
        }
        String headline = Headline.of(article.title(), article.siteName(), url, history.feedTitle());
        Optional<ClaimChange> headlineChange = history.latestText() == null || history.latestHeadline() == null
                ? Optional.empty() : Headlines.compare(history.headlines(), headline, at);
        Continuity.Reconciled reconciled = continuous(article.text(), html, url, charset, history);
        String text = furniture.strip(reconciled.text(), headline);
        String latest = reconciled.storedBasis() == null ? null : furniture.strip(reconciled.storedBasis(), headline);
        if (text.equals(latest) && headlineChange.isEmpty()) {
            return Draft.done(PageOutcome.unchanged());
        }
        String fingerprint = TextFingerprint.of(text);
        int revertOf = history.fingerprints().indexOf(fingerprint);
        if (revertOf == 0 && headlineChange.isEmpty()) {
            // the newest version's words with other whitespace, punctuation, case or timestamps: noise, not a version
            return Draft.done(PageOutcome.unchanged());
        }
        LocalDate date = Dates.day(article.published());
        AnalyzedText analyzed = Claims.analyze(text, date);
        AnalyzedText previous = latest == null ? null : Claims.analyze(latest, date);
        return new Draft(null, articleId, html, history, article, text, fingerprint, revertOf, analyzed, previous,
                headline, headlineChange, date);
    }

    /**
     * The fresh extraction changed only where the page changed ({@link Continuity}): reconciled with the newest
     * stored version and the page it came from, when the text differs and that page was kept; with the stored text
     * to diff against (without the furniture it took for article text whose slot on the page turned over).
     */
    private static Continuity.Reconciled continuous(String fresh, byte[] html, String url, String charset,
                                                    VersionHistory history) {
        String stored = history.latestText();
        if (stored == null || history.latestPageGz() == null || fresh.equals(stored)) {
            return new Continuity.Reconciled(fresh, stored);
        }
        Continuity.Page storedPage = Cleaner.page(gunzip(history.latestPageGz()), url, null);
        return storedPage == null ? new Continuity.Reconciled(fresh, stored)
                : Continuity.reconcile(stored, storedPage, fresh, Cleaner.page(html, url, charset));
    }

    private static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** The second half of {@link #build}: diffs against the newest version, embeddings as one matching signal. */
    public static PageOutcome finish(Draft d, SentenceVectors vectors) {
        if (d.outcome() != null) {
            return d.outcome();
        }
        AnalyzedText analyzed = d.analyzed();
        AnalyzedText previous = d.previous();
        if (!vectors.isEmpty()) {
            // check-worthiness on (e5) embeddings (the sentences are the same; their scores and statement claims may move)
            analyzed = Claims.analyze(analyzed.text(), d.date(), vectors::checkworthy);
            previous = previous == null ? null : Claims.analyze(previous.text(), d.date(), vectors::checkworthy);
        }
        CleanedArticle article = d.article();
        VersionHistory history = d.history();
        String text = d.text();
        int added = analyzed.sentences().size();
        int removed = 0;
        List<ClaimChange> changes = new ArrayList<>();
        d.headlineChange().ifPresent(changes::add);
        if (previous != null) {
            DiffResult diff = VersionDiff.compare(previous, analyzed, vectors);
            added = (int) diff.alignment().stream().filter(l -> l.kind() == LinkKind.ADDED).count();
            removed = (int) diff.alignment().stream().filter(l -> l.kind() == LinkKind.REMOVED).count();
            changes.addAll(diff.changes());
        }
        int revertOf = d.revertOf();
        NewVersion version = new NewVersion(d.articleId(), history.latestVersion() + 1, article.title(), article.byline(),
                article.published(), text, sha256(text), d.fingerprint(),
                revertOf <= 0 ? null : history.latestVersion() - revertOf,
                analyzed.sentences().size(), added, removed,
                toJson(analyzed.claims()), toJson(metadata(article)), gzip(d.html()), changes, d.headline());
        return PageOutcome.newVersion(version);
    }

    /**
     * A page half processed: {@code outcome} set when there is nothing to diff (rejected or unchanged), else the
     * analysed new text ({@code text}: the cleaned text without site furniture; {@code article} keeps the whole
     * cleaned page) and ({@code previous}, nullable) the analysed newest stored version.
     */
    public record Draft(PageOutcome outcome, long articleId, byte[] html, VersionHistory history,
                        CleanedArticle article, String text, String fingerprint, int revertOf, AnalyzedText analyzed,
                        AnalyzedText previous, String headline, Optional<ClaimChange> headlineChange,
                        LocalDate date) {

        static Draft done(PageOutcome outcome) {
            return new Draft(outcome, 0, null, null, null, null, null, -1, null, null, null, Optional.empty(), null);
        }

        /** The sentences of both versions (the newest stored version's are normally cached already). */
        public List<String> sentences() {
            if (outcome != null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (previous != null) {
                previous.sentences().forEach(s -> out.add(s.text()));
            }
            analyzed.sentences().forEach(s -> out.add(s.text()));
            return out;
        }
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
