package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;

/**
 * Structured data that pages carry as markup text: blocks of keywords, ISO dates and addresses (hidden or
 * aria-hidden), hidden second copies of text that is visible elsewhere, and microdata nodes that only carry a
 * property (an image's address, a word count, a publisher's logo). None of it is prose. Pure.
 */
final class HiddenData {

    /** Microdata properties whose values are metadata, never part of the article's text. */
    private static final Set<String> METADATA_PROPS = Set.of("image", "logo", "publisher", "thumbnail",
            "thumbnailurl", "url", "contenturl", "embedurl", "keywords", "datepublished", "datemodified",
            "datecreated", "uploaddate", "wordcount", "inlanguage", "width", "height", "duration", "encodingformat",
            "isaccessibleforfree", "identifier", "interactionstatistic", "interactioncount", "commentcount",
            "sameas", "copyrightyear", "copyrightholder");
    private static final int MAX_MICRODATA_CHARS = 300;
    private static final int PROBE = 50;
    private static final int PROBES = 5;

    private HiddenData() {
    }

    /**
     * Text that reads as data, not sentences: no sentence ends in it, or at least a fifth of its tokens are web
     * addresses, ISO dates or bare numbers.
     */
    static boolean isData(String text) {
        int tokens = 0;
        int data = 0;
        int sentenceEnds = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            tokens++;
            String tok = text.substring(start, i);
            if (isDataToken(tok)) {
                data++;
            } else {
                char last = tok.charAt(tok.length() - 1);
                if ((last == '.' || last == '!' || last == '?' || last == '。' || last == '！' || last == '？')
                        && tok.length() > 2 && Character.isLetter(tok.charAt(tok.length() - 2))) {
                    sentenceEnds++;
                }
            }
            for (int k = start; k < i; k++) {
                char ch = text.charAt(k);
                if ((ch == '。' || ch == '！' || ch == '？') && k < i - 1) {
                    sentenceEnds++; // sentences in scripts written without spaces end inside a token
                }
            }
        }
        return tokens > 0 && (sentenceEnds == 0 || data * 5 >= tokens);
    }

    private static boolean isDataToken(String tok) {
        String t = tok.toLowerCase(Locale.ROOT);
        if (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("//") || t.startsWith("www.")) {
            return true;
        }
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (Character.isDigit(ch)) {
                digits++;
            } else if (Character.isLetter(ch)) {
                letters++;
            }
        }
        // "2024-05-14T09:30:00Z", "1200x675", "42,": mostly digits
        return digits >= 4 && digits > letters * 2;
    }

    /**
     * Whether a hidden element's text is visible elsewhere on the page too: most of a few probes of its text (as
     * letters and digits, spread over it) occur at least twice in the whole page's text, once being its own.
     */
    static boolean isCopy(Element e, java.util.function.Supplier<String> pageKey) {
        String own = ParagraphFilter.key(e.text());
        if (own.length() < PROBE * 2) {
            return false;
        }
        String all = pageKey.get();
        int probes = Math.min(PROBES, own.length() / PROBE);
        int step = (own.length() - PROBE) / Math.max(1, probes - 1);
        int repeated = 0;
        for (int k = 0; k < probes; k++) {
            String needle = own.substring(k * step, k * step + PROBE);
            int first = all.indexOf(needle);
            if (first >= 0 && all.indexOf(needle, first + 1) >= 0) {
                repeated++;
            }
        }
        return repeated * 5 >= probes * 3;
    }

    /**
     * A node that only carries a metadata property ({@code itemprop="image"}, "keywords", "wordCount", a publisher
     * with its logo): short, or data rather than sentences.
     */
    /** The page's text as letters and digits ({@link ParagraphFilter#key}), computed once on first use. */
    static java.util.function.Supplier<String> pageKey(Element body) {
        String[] memo = new String[1];
        return () -> {
            if (memo[0] == null) {
                memo[0] = ParagraphFilter.key(body.text());
            }
            return memo[0];
        };
    }

    static boolean isMicrodataOnly(Element e, TextStats.Counts c) {
        if (c.chars == 0) {
            return false;
        }
        boolean metadata = false;
        for (String prop : e.attr("itemprop").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (prop.equals("articlebody") || prop.equals("text") || prop.equals("description")) {
                return false;
            }
            metadata |= METADATA_PROPS.contains(prop);
        }
        return metadata && (c.chars < MAX_MICRODATA_CHARS || isData(e.text()));
    }
}
