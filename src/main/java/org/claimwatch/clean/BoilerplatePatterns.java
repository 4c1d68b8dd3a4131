package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
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

    /**
     * Every furniture word, exact or not: each token that {@link #isFurnitureToken} takes holds one once its dashes and
     * underscores are dropped (its parts, and two parts joined, are the words or the words and a number).
     */
    private static final WordGate FURNITURE_WORDS = WordGate.of(java.util.List.of(
            FURNITURE.toArray(String[]::new), FURNITURE_EXACT.toArray(String[]::new)));

    /** Token prefixes that state a page option rather than name a box ("has-sidebar", "no-comments"). */
    private static final Set<String> OPTION_PREFIXES = Set.of("has", "no", "with", "is", "show", "hide", "without",
            "enable", "disable");

    /** Token suffixes that state an option's value ("sidebar-enabled--false", "comments-disabled"). */
    private static final Set<String> OPTION_SUFFIXES = Set.of("false", "true", "enabled", "disabled", "off", "on",
            "none", "hidden", "visible");

    /** Class/id names of containers that hold the article body. */
    static final Pattern CONTENT = Pattern.compile(
            "article-?body|articlebody|article-?content|article-?text|articletext|story-?body|story-?content|"
                    + "entry-?content|post-?content|post-?body|post-?entry|postbody|single-?post|"
                    + "main-?content|page-?content|body-?text|bodytext|rich-?text|richtext|(?:^|\\s)prose",
            Pattern.CASE_INSENSITIVE);

    /** Words one of which every {@link #CONTENT} name holds (a cheap test before the pattern). */
    private static final String[] CONTENT_WORDS = {"body", "content", "text", "post", "prose"};

    /**
     * Whether a class/id string names a container of the article body ({@link #CONTENT}). A token written as BEM's
     * {@code block__element} (CSS modules' {@code File_block__element__hash} too) names the element: the block is
     * the container it sits in, so {@code article-content__caption} is a caption, not the article's container.
     */
    static boolean namesContent(String classAndId) {
        if (!containsAny(classAndId.toLowerCase(Locale.ROOT), CONTENT_WORDS)) {
            return false;
        }
        for (String token : classAndId.split("\\s+")) {
            int end = withoutModuleHash(token, 0, token.length());
            int element = end >= 2 ? token.lastIndexOf("__", end - 2) : -1;
            String name = element > 0 ? token.substring(element + 2, end) : token.substring(0, end);
            if (CONTENT.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    /** Class/id substrings that push a candidate's score down (weaker than FURNITURE: text sidebars still lose). */
    private static final String[] NEGATIVE_WORDS = ("combx comment com- contact foot footer footnote masthead media "
            + "meta outbrain promo related scroll shoutbox sidebar skyscraper sponsor shopping tags tool widget share "
            + "social newsletter subscribe recommend teaser card list nav menu trending popular").split(" ");

    /** Class/id substrings that push a candidate's score up. */
    private static final String[] POSITIVE_WORDS = ("article body content entry hentry h-entry main page pagination "
            + "post text blog story prose").split(" ");

    private BoilerplatePatterns() {
    }

    /** Whether a class or id token names furniture: a furniture word is its first or last part (or two parts). */
    static boolean isFurnitureName(String classAndId) {
        return isFurnitureName(classAndId, BoilerplatePatterns::isFurnitureToken);
    }

    /**
     * Like {@link #isFurnitureName(String)}, testing each lower-cased token with {@code tokenTest}, which answers as
     * {@link #isFurnitureToken} does (a memo of it): a string none of whose tokens holds a furniture word, read
     * without its dashes and underscores, is no furniture name, and its tokens are not tested one by one.
     */
    static boolean isFurnitureName(String classAndId, Predicate<String> tokenTest) {
        String lower = classAndId.toLowerCase(Locale.ROOT);
        if (FURNITURE_WORDS.scanJoined(lower) == 0) {
            return false;
        }
        int n = lower.length();
        int start = 0;
        while (start < n) {
            while (start < n && Character.isWhitespace(classAndId.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(classAndId.charAt(end))) {
                end++;
            }
            if (end > start && end - start < 60
                    && tokenTest.test(lower.substring(start, withoutModuleHash(classAndId, start, end)))) {
                return true;
            }
            start = end;
        }
        return false;
    }

    /**
     * Where a class token ends without the hash that CSS modules append to a local name ({@code File_local__AuqrJ}:
     * two underscores and five base64 characters, one of them a capital or a digit), so that the local name is the
     * token's last part; {@code end} when there is none (a BEM element such as {@code story__promo} is all lower case).
     */
    static int withoutModuleHash(String token, int start, int end) {
        int hashStart = end - 5;
        if (hashStart - 2 <= start || token.charAt(hashStart - 1) != '_' || token.charAt(hashStart - 2) != '_') {
            return end;
        }
        boolean hashLike = false;
        for (int i = hashStart; i < end; i++) {
            char c = token.charAt(i);
            if (!(c == '_' || c == '-' || c < 128 && Character.isLetterOrDigit(c))) {
                return end;
            }
            hashLike |= Character.isUpperCase(c) || Character.isDigit(c);
        }
        return hashLike ? hashStart - 2 : end;
    }

    /** Whether one lower-cased class or id token names furniture. */
    static boolean isFurnitureToken(String token) {
        if (FURNITURE_EXACT.contains(token)) {
            return true;
        }
        int firstEnd = nextSeparator(token, 0);
        if (firstEnd == token.length()) {
            return isWord(token);
        }
        if (isWord(token.replace("-", "").replace("_", ""))) {
            return true; // "visually-hidden", "screen-reader-text": one furniture word written in parts
        }
        String first = token.substring(0, firstEnd);
        if (OPTION_PREFIXES.contains(first)) {
            return false;
        }
        int lastStart = token.length();
        while (lastStart > 0 && !isSeparator(token.charAt(lastStart - 1))) {
            lastStart--;
        }
        String last = token.substring(lastStart);
        if (OPTION_SUFFIXES.contains(last)) {
            return false; // a modifier stating an option ("sidebar-enabled--false"), not a box
        }
        if (isWord(first) || isWord(last)) {
            return true;
        }
        int secondStart = skipSeparators(token, firstEnd);
        int secondEnd = nextSeparator(token, secondStart);
        int beforeLastEnd = lastStart;
        while (beforeLastEnd > 0 && isSeparator(token.charAt(beforeLastEnd - 1))) {
            beforeLastEnd--;
        }
        int beforeLastStart = beforeLastEnd;
        while (beforeLastStart > 0 && !isSeparator(token.charAt(beforeLastStart - 1))) {
            beforeLastStart--;
        }
        return isWord(first + token.substring(secondStart, secondEnd))
                || isWord(token.substring(beforeLastStart, beforeLastEnd) + last);
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_';
    }

    private static int nextSeparator(String s, int from) {
        int i = from;
        while (i < s.length() && !isSeparator(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSeparators(String s, int from) {
        int i = from;
        while (i < s.length() && isSeparator(s.charAt(i))) {
            i++;
        }
        return i;
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
        String lower = s.toLowerCase(Locale.ROOT);
        return (containsAny(lower, NEGATIVE_WORDS) ? -25 : 0) + (containsAny(lower, POSITIVE_WORDS) ? 25 : 0);
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
