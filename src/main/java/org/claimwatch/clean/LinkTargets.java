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
    /** Characters around the links of a line that sends the reader to the outlet's profiles. */
    private static final int MAX_FOLLOW_WORDS = 120;
    private static final int MAX_PROFILE_SEGMENTS = 2;
    /** Path segments of a link to one post, video or story on a network. */
    private static final Set<String> POST_SEGMENTS = Set.of("status", "statuses", "posts", "post", "p", "reel", "reels",
            "video", "videos", "watch", "shorts", "photo", "photos", "story", "stories", "permalink", "comments",
            "events", "live");
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
     * short label; or a line that sends the reader to the outlet's profiles ("Stay with the Valley Courier on X,
     * Facebook and Instagram for the latest"), where every link leads to a profile, not to a post, two of them to one
     * account name (the outlet's on each network), and the words around them make a line of {@link #MAX_FOLLOW_WORDS}
     * characters at most.
     */
    static boolean isSocialBar(Element e, TextStats.Counts counts) {
        if (counts.chars == 0 || counts.chars - counts.linkChars > MAX_FOLLOW_WORDS + counts.chars / 4) {
            return false;
        }
        int social = 0;
        int linkChars = 0;
        boolean profiles = true;
        Set<String> handles = new java.util.HashSet<>();
        boolean sharedHandle = false;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            if (href.isEmpty()) {
                continue;
            }
            if (a.text().length() > MAX_BAR_LINK || !href.contains("//")) {
                return false; // a post quoted as its link, an address written out, a link within the site
            }
            String url = a.absUrl("href");
            if (!isSocial(hostOf(url))) {
                return false;
            }
            profiles &= isProfile(url);
            String h = handle(url);
            sharedHandle |= !h.isEmpty() && !handles.add(h);
            social++;
            linkChars += TextStats.visibleChars(a.text());
        }
        return social >= MIN_LINKS
                && counts.chars - linkChars <= (profiles && sharedHandle ? MAX_FOLLOW_WORDS : MAX_BAR_LABEL);
    }

    /** Where the path of an absolute {@code url} starts (its "/" after the host), or -1 when it has none. */
    private static int pathStart(String url) {
        int start = url.indexOf("//");
        return start < 0 ? -1 : url.indexOf('/', start + 2);
    }

    /** The account a link to a network names: its first path segment, without "@" ("" for the network's home). */
    private static String handle(String url) {
        int path = pathStart(url);
        if (path < 0) {
            return "";
        }
        int end = path + 1;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String h = url.substring(path + 1, end).toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("@") ? h.substring(1) : h;
    }

    /**
     * Whether a link to a network leads to an account ("x.com/valleycourier", "youtube.com/@channel") rather than to
     * one post ("x.com/mayor/status/1790...", "instagram.com/p/Cx1", "youtube.com/watch?v=").
     */
    private static boolean isProfile(String url) {
        int path = pathStart(url);
        if (path < 0) {
            return true;
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c, path);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        if (url.indexOf('?', path) >= 0 && url.indexOf("v=", path) >= 0) {
            return false;
        }
        String[] segments = url.substring(path + 1, end).split("/");
        int n = 0;
        for (String seg : segments) {
            if (seg.isEmpty()) {
                continue;
            }
            if (POST_SEGMENTS.contains(seg) || seg.chars().allMatch(Character::isDigit)) {
                return false;
            }
            n++;
        }
        return n <= MAX_PROFILE_SEGMENTS;
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
