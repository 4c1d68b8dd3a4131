package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/** Class/id and text patterns that mark page furniture rather than article text. Immutable. */
final class BoilerplatePatterns {

    /** Class/id words of furniture that never holds article text. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?:comments?|comment-?(?:list|form|respond|section|area|s?wrap)|disqus|respond|"
                    + "share|sharing|shares|sharebar|share-?tools|social|socials|sociable|addthis|sharethis|sharedaddy|"
                    + "newsletter|subscribe|subscription|signup|sign-?up|optin|mailchimp|"
                    + "sidebar|related|relatedposts|recommend|recommended|recommendations|recirc|"
                    + "promo|promos|advert|advertisement|ad|ads|adv|ad-?slot|ad-?unit|ad-?container|dfp|gpt|sponsor|"
                    + "sponsored|banner|cookie|cookies|consent|gdpr|popup|modal|overlay|lightbox|"
                    + "breadcrumb|breadcrumbs|pagination|pager|nav|navbar|navigation|menu|masthead|"
                    + "footer|header|toolbar|tags|tag-?list|tag-?cloud|taglist|categories|byline|bylines|"
                    + "author-?(?:bio|box|info|card|details)|about-?(?:the-?)?author|authorbox|"
                    + "rating|ratings|skip-?link|sr-only|"
                    + "visually-?hidden|screen-?reader-?text|caption|credit|credits|wp-caption-text|"
                    + "outbrain|taboola|trending|most-?popular|popular|more-?stories|read-?more|readmore|"
                    + "next-?post|prev-?post|post-?nav|post-?navigation|donate|paywall|login|"
                    + "entry-meta|post-meta|article-?meta|dateline|timestamp|"
                    + "newsletter-?signup|inline-?newsletter|also-?read|see-?also|further-?reading|"
                    + "video-?player|podcast-?player|gallery-?nav|slideshow-?nav|"
                    + "banner-?ad|native-?ad|partner|partners|affiliate|disclaimer|disclosure)",
            Pattern.CASE_INSENSITIVE);

    /** One class or id token naming furniture: the furniture word is its first or last dash-separated part. */
    private static final Pattern FURNITURE_TOKEN = Pattern.compile(
            "(?i)(?!(?:has|no|with|is|show|hide|without|enable|disable)[-_])(?:(?:" + FURNITURE.pattern()
                    + ")\\d*(?:[-_].*)?|.*[-_](?:" + FURNITURE.pattern() + ")\\d*)");

    /** Ambiguous furniture words that count only as a whole class or id token. */
    private static final Pattern FURNITURE_EXACT = Pattern.compile("(?i)embed|player|audio|alert|notice|search|meta|"
            + "date|print|tags|follow|jump|skip|popular|credit|credits|caption");

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

    /** Whether any class or id token of the element names furniture (share bar, sidebar, related list...). */
    static boolean isFurnitureName(String classAndId) {
        for (String token : classAndId.split("\\s+")) {
            if (!token.isEmpty() && token.length() < 60 && (FURNITURE_TOKEN.matcher(token).matches() || FURNITURE_EXACT.matcher(token).matches())) {
                return true;
            }
        }
        return false;
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
