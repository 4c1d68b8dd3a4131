package org.claimwatch.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One linear pass over raw HTML before parsing: drops scripts, styles, SVG, templates and comments (keeping JSON-LD
 * aside) and caps the size, so parsing cost and memory stay bounded on huge pages. Pure and thread-safe.
 */
final class HtmlPrefilter {

    /**
     * Pages longer than this (after dropping scripts and styles) are cut; no article needs more (the largest of the
     * 711 dev pages keeps about 0.5 M characters after the cut of scripts and styles).
     */
    static final int MAX_CHARS = 1_500_000;

    private static final String[] DROPPED = {"script", "style", "svg", "template", "noscript", "iframe"};

    /** The filtered markup (spans of the page, read without a copy) and the JSON-LD blocks found in it. */
    record Result(KeptSpans markup, List<String> jsonLd) {
        /** The filtered markup as one string. */
        String html() {
            return markup.toString();
        }
    }

    private HtmlPrefilter() {
    }

    static Result filter(String html) {
        KeptSpans.Builder out = new KeptSpans.Builder(html);
        List<String> jsonLd = new ArrayList<>();
        int n = html.length();
        int i = 0;
        int spanStart = 0; // the kept text is out plus html[spanStart, i)
        while (i < n && out.length() + i - spanStart < MAX_CHARS) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                i = n;
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                out.keep(spanStart, lt);
                i = end < 0 ? n : end + 3;
                spanStart = i;
                continue;
            }
            String tag = droppedTagAt(html, lt);
            if (tag == null) {
                i = lt + 1;
                continue;
            }
            int openEnd = html.indexOf('>', lt);
            if (openEnd < 0) {
                i = lt;
                break;
            }
            out.keep(spanStart, lt);
            int close = indexOfIgnoreCase(html, "</" + tag, openEnd);
            int contentEnd = close < 0 ? n : close;
            if (tag.equals("script") && isJsonLd(html, lt, openEnd)) {
                jsonLd.add(html.substring(openEnd + 1, contentEnd));
            }
            if (html.charAt(openEnd - 1) == '/' && !tag.equals("script")) {
                i = openEnd + 1; // self-closing <svg/> and the like
            } else {
                int closeEnd = close < 0 ? n : html.indexOf('>', close);
                i = closeEnd < 0 ? n : closeEnd + 1;
            }
            spanStart = i;
        }
        out.keep(spanStart, i);
        return new Result(out.build(), jsonLd);
    }

    private static String droppedTagAt(String html, int lt) {
        if (lt + 1 >= html.length() || "sStTnNiI".indexOf(html.charAt(lt + 1)) < 0) {
            return null;
        }
        if (lt + 2 < html.length() && html.charAt(lt + 2) < 128) {
            char first = (char) (html.charAt(lt + 1) | 0x20);
            String seconds = first == 's' ? "ctv" : first == 't' ? "e" : first == 'n' ? "o" : "f";
            if (seconds.indexOf(html.charAt(lt + 2) | 0x20) < 0) {
                return null; // no tag's second letter: "<span", "<section", "<td", "<img", "<nav"
            }
        }
        for (String tag : DROPPED) {
            int end = lt + 1 + tag.length();
            if (end < html.length() && html.regionMatches(true, lt + 1, tag, 0, tag.length())) {
                char c = html.charAt(end);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) {
                    return tag;
                }
            }
        }
        return null;
    }

    private static boolean isJsonLd(String html, int from, int to) {
        return html.substring(from, to).toLowerCase(Locale.ROOT).contains("ld+json");
    }

    /** The next index of {@code needle} (which starts with '<') at or after {@code from}, ignoring case; -1 if none. */
    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int i = s.indexOf('<', from);
        while (i >= 0) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
            i = s.indexOf('<', i + 1);
        }
        return -1;
    }
}
