package org.claimwatch.clean;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/** Decides whether an extraction is a storable article, and if not, why. Pure. */
final class VerdictJudge {

    /** Fewer characters of main text than this is TOO_SHORT. */
    static final int MIN_CHARS = 250;
    private static final int PAYWALL_MAX_CHARS = 1500;
    private static final Set<String> LISTING_TYPES = Set.of("product", "productgroup", "collectionpage", "itemlist",
            "searchresultspage", "profilepage", "contactpage", "aboutpage", "offercatalog", "event", "jobposting",
            "softwareapplication", "mobileapplication", "place", "store", "realestatelisting");

    /** A verdict and its reason (null for OK). */
    record Judgement(Verdict verdict, String reason) {
    }

    private VerdictJudge() {
    }

    static Judgement judge(List<Paragraph> paragraphs, PageMetadata meta, Supplier<String> pageText, String url) {
        int chars = 0;
        int sentences = 0;
        for (Paragraph p : paragraphs) {
            int length = TextStats.weightedLength(p.text());
            chars += length;
            if (!p.heading() && length >= 100 && ParagraphFilter.hasWords(p.text(), 15)) {
                sentences++;
            }
        }
        if (chars < PAYWALL_MAX_CHARS) {
            Matcher m = PitchPatterns.PAYWALL.matcher(pageText.get());
            if (m.find()) {
                return new Judgement(Verdict.PAYWALL, "main text has " + chars + " characters and the page says \""
                        + m.group() + "\"");
            }
            if (meta.paywalled()) {
                return new Judgement(Verdict.PAYWALL, "main text has " + chars
                        + " characters and the page's JSON-LD says isAccessibleForFree=false");
            }
        }
        String type = meta.schemaType() == null ? null : meta.schemaType().toLowerCase(Locale.ROOT);
        if (type != null && LISTING_TYPES.contains(type) && sentences < 3) {
            return new Judgement(Verdict.NOT_AN_ARTICLE, "the page describes itself as a " + meta.schemaType());
        }
        if (isHomePage(url) && !JsonLdReader.isArticleType(meta.schemaType())) {
            return new Judgement(Verdict.NOT_AN_ARTICLE, "the URL is a site's home page");
        }
        if (chars >= MIN_CHARS && sentences == 0 && paragraphs.size() >= 8 && chars < paragraphs.size() * 40) {
            return new Judgement(Verdict.NOT_AN_ARTICLE, "the main text is " + paragraphs.size()
                    + " short lines and no paragraph of prose (a listing or index page)");
        }
        if (chars < MIN_CHARS) {
            return new Judgement(Verdict.TOO_SHORT, "main text has " + chars + " characters, fewer than " + MIN_CHARS);
        }
        return new Judgement(Verdict.OK, null);
    }

    private static boolean isHomePage(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI u = URI.create(url.strip());
            String path = u.getPath();
            return u.getHost() != null && (path == null || path.isEmpty() || path.equals("/"))
                    && (u.getQuery() == null || u.getQuery().isEmpty());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
