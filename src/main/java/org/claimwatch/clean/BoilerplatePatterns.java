package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Class/id and text patterns that mark page furniture rather than article text. Immutable. */
final class BoilerplatePatterns {

    /** Class/id words of furniture that never holds article text (dashes and underscores removed). */
    private static final Set<String> FURNITURE = Set.of(
            "comment", "comments", "commentlist", "commentform", "commentrespond", "commentsection", "commentarea",
            "commentswrap", "disqus", "respond", "share", "sharing", "shares", "sharebar", "sharetools", "social",
            "socials", "sociable", "addthis", "sharethis", "sharedaddy", "newsletter", "subscribe", "subscription",
            "signup", "optin", "mailchimp", "sidebar", "related", "relatedposts", "recommend", "recommended",
            "recommendations", "recirc", "promo", "promos", "advert", "advertisement", "ad", "ads", "adv", "adslot",
            "adunit", "adcontainer", "dfp", "gpt", "sponsor", "sponsored", "banner", "cookie", "cookies", "consent",
            "gdpr", "popup", "modal", "overlay", "lightbox", "breadcrumb", "breadcrumbs", "pagination", "pager",
            "nav", "navbar", "navigation", "menu", "masthead", "footer", "header", "toolbar", "tags", "taglist",
            "tagcloud", "categories", "byline", "bylines", "authorbio", "authorbox", "authorinfo", "authorcard",
            "authordetails", "aboutauthor", "abouttheauthor", "rating", "ratings", "skiplink", "sronly",
            "visuallyhidden", "screenreadertext", "caption", "credit", "credits", "wpcaptiontext", "outbrain",
            "taboola", "trending", "mostpopular", "popular", "morestories", "readmore", "nextpost", "prevpost",
            "postnav", "postnavigation", "donate", "paywall", "login", "entrymeta", "postmeta", "articlemeta",
            "dateline", "timestamp", "newslettersignup", "inlinenewsletter", "alsoread", "seealso",
            "furtherreading", "videoplayer", "podcastplayer", "gallerynav", "slideshownav", "bannerad", "nativead",
            "partner", "partners", "affiliate", "disclaimer", "disclosure");

    /** Ambiguous furniture words that count only as a whole class or id token. */
    private static final Set<String> FURNITURE_EXACT = Set.of("embed", "player", "audio", "alert", "notice", "search",
            "meta", "date", "print", "tags", "follow", "jump", "skip", "popular", "credit", "credits", "caption");

    /** Token prefixes that state a page option rather than name a box ("has-sidebar", "no-comments"). */
    private static final Set<String> OPTION_PREFIXES = Set.of("has", "no", "with", "is", "show", "hide", "without",
            "enable", "disable");

    /** Class/id names of containers that hold the article body. */
    static final Pattern CONTENT = Pattern.compile(
            "article-?body|articlebody|article-?content|article-?text|articletext|story-?body|story-?content|"
                    + "entry-?content|post-?content|post-?body|post-?entry|postbody|single-?post|"
                    + "main-?content|page-?content|body-?text|bodytext|rich-?text|richtext|(?:^|\\s)prose",
            Pattern.CASE_INSENSITIVE);

    /** Class/id words that push a candidate's score down (weaker than FURNITURE: sidebars of text still lose). */
    static final Pattern NEGATIVE = Pattern.compile(
            "combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|"
                    + "shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|share|social|newsletter|"
                    + "subscribe|recommend|teaser|card|list|nav|menu|trending|popular",
            Pattern.CASE_INSENSITIVE);

    /** Class/id words that push a candidate's score up. */
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose",
            Pattern.CASE_INSENSITIVE);

    private BoilerplatePatterns() {
    }

    /** Whether a class or id token names furniture: a furniture word is its first or last part (or two parts). */
    static boolean isFurnitureName(String classAndId) {
        for (String token : classAndId.split("\\s+")) {
            if (!token.isEmpty() && token.length() < 60 && isFurnitureToken(token.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFurnitureToken(String token) {
        if (FURNITURE_EXACT.contains(token)) {
            return true;
        }
        String[] parts = token.split("[-_]+");
        int n = parts.length;
        if (n == 0 || n > 1 && OPTION_PREFIXES.contains(parts[0])) {
            return false;
        }
        return isWord(parts[0]) || isWord(parts[n - 1])
                || n > 1 && (isWord(parts[0] + parts[1]) || isWord(parts[n - 2] + parts[n - 1]));
    }

    private static boolean isWord(String part) {
        int end = part.length();
        while (end > 0 && Character.isDigit(part.charAt(end - 1))) {
            end--;
        }
        return FURNITURE.contains(end == part.length() ? part : part.substring(0, end));
    }

    /** The element's class and id joined, for matching. */
    static String classAndId(Element e) {
        String cls = e.className();
        String id = e.id();
        if (id.isEmpty()) {
            return cls;
        }
        return cls.isEmpty() ? id : cls + " " + id;
    }

    /** +25 for content-like class/id words, -25 for furniture-like ones (both may apply). */
    static int classWeight(Element e) {
        String s = classAndId(e);
        if (s.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE.matcher(s).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(s).find()) {
            w += 25;
        }
        return w;
    }
}
