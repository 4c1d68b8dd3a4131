package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Boxes told by where their links lead, whatever their words or language: a list whose every item is a link to a place
 * on the same page is the page's own contents (a table of contents, a live blog's key events); a box whose links all
 * lead to social networks, with few words besides, is a follow or share bar; a list whose links all lead to other
 * sites and name documents is a list of sources. Pure.
 */
final class LinkTargets {

    /** Characters of a follow or share bar that are not its links: a label ("Follow us on"), separators. */
    private static final int MAX_BAR_LABEL = 60;
    private static final int MIN_LINKS = 2;
    /** A bar's link names a network or an account, in a few words. */
    private static final int MAX_BAR_LINK = 30;
    /** A source's link names a document in a few words at least. */
    private static final int MIN_SOURCE_WORDS = 3;

    /** Social networks and messengers, matched with their subdomains ("m.facebook.com", "news.google.com" aside). */
    private static final Set<String> SOCIAL = Set.of("facebook.com", "fb.com", "fb.me", "twitter.com", "x.com",
            "instagram.com", "tiktok.com", "youtube.com", "youtu.be", "linkedin.com", "pinterest.com", "threads.net",
            "threads.com", "bsky.app", "whatsapp.com", "wa.me", "t.me", "telegram.me", "telegram.org", "snapchat.com",
            "reddit.com", "vk.com", "ok.ru", "weibo.com", "line.me", "mastodon.social", "flipboard.com", "tumblr.com",
            "twitch.tv", "discord.gg", "discord.com", "viber.com", "xing.com", "douyin.com", "bilibili.com",
            "kakao.com", "naver.me", "band.us", "truthsocial.com", "gab.com", "mewe.com", "quora.com");

    private LinkTargets() {
    }

    /**
     * Whether {@code list} ({@code ul} or {@code ol}) is the page's contents: two items or more, all of its links in-page
     * anchors, and (nearly) all of its text theirs.
     */
    static boolean isContentsList(Element list, TextStats.Counts counts) {
        if (counts.chars == 0 || list.childrenSize() < MIN_LINKS) {
            return false;
        }
        int anchors = 0;
        int anchorChars = 0;
        for (Element a : list.getElementsByTag("a")) {
            if (!a.hasAttr("href")) {
                continue;
            }
            if (!DomTrees.isInPageAnchor(a)) {
                return false;
            }
            anchors++;
            anchorChars += TextStats.visibleChars(a.text());
        }
        return anchors >= MIN_LINKS && anchorChars * 10 >= counts.chars * 9;
    }

    /**
     * Whether {@code e} is a bar of links to social networks: two or more, all of its links, each a few words, with a
     * short label.
     */
    static boolean isSocialBar(Element e, TextStats.Counts counts) {
        if (counts.chars == 0 || counts.chars - counts.linkChars > MAX_BAR_LABEL + counts.chars / 4) {
            return false;
        }
        int social = 0;
        int linkChars = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            if (href.isEmpty()) {
                continue;
            }
            if (a.text().length() > MAX_BAR_LINK || !isSocial(hostOf(a.absUrl("href")))) {
                return false; // a post quoted as its link, an address written out: a sentence's link, not a bar's
            }
            social++;
            linkChars += TextStats.visibleChars(a.text());
        }
        return social >= MIN_LINKS && counts.chars - linkChars <= MAX_BAR_LABEL;
    }

    /**
     * Whether {@code list} names documents elsewhere: two links or more, every one of them to another site than
     * {@code pageHost} and none to a social network, each named in three words or more ("Regional transport report
     * 2024"): a list of sources, where a site's own link boxes lead back to the site.
     */
    static boolean isSourceList(Element list, String pageHost) {
        if (pageHost == null) {
            return false;
        }
        int links = 0;
        for (Element a : list.getElementsByTag("a")) {
            String host = hostOf(a.absUrl("href"));
            if (host == null || sameSite(host, pageHost) || isSocial(host) || words(a.text()) < MIN_SOURCE_WORDS) {
                return false;
            }
            links++;
        }
        return links >= MIN_LINKS;
    }

    private static int words(String t) {
        String s = t.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    static boolean sameSite(String a, String b) {
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
    }

    static boolean isSocial(String host) {
        if (host == null) {
            return false;
        }
        for (String h = host; ; ) {
            if (SOCIAL.contains(h)) {
                return true;
            }
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
                return false;
            }
            h = h.substring(dot + 1);
        }
    }

    /** The lower-case host of an absolute address without "www.", or null. */
    static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
