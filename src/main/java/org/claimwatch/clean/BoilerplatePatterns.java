package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/** Class/id and text patterns that mark page furniture rather than article text. Immutable. */
final class BoilerplatePatterns {

    /** Class/id words of furniture that never holds article text. */
    static final Pattern FURNITURE = Pattern.compile(
            "(?:^|[-_\\s])(?:comments?|comment-?(?:list|form|respond|section|area|s?wrap)|disqus|respond|"
                    + "share|sharing|shares|sharebar|share-?tools|social|socials|sociable|addthis|sharethis|sharedaddy|"
                    + "newsletter|subscribe|subscription|signup|sign-?up|optin|mailchimp|"
                    + "sidebar|widget|widgets|related|relatedposts|recommend|recommended|recommendations|recirc|"
                    + "promo|promos|advert|advertisement|ad|ads|adv|ad-?slot|ad-?unit|ad-?container|dfp|gpt|sponsor|"
                    + "sponsored|banner|cookie|cookies|consent|gdpr|popup|modal|overlay|lightbox|"
                    + "breadcrumb|breadcrumbs|pagination|pager|nav|navbar|navigation|menu|masthead|"
                    + "footer|header|toolbar|tags|tag-?list|tag-?cloud|taglist|categories|byline|bylines|"
                    + "author-?(?:bio|box|info|card|details)|about-?(?:the-?)?author|authorbox|"
                    + "print|rating|ratings|toc|table-?of-?contents|skip|skip-?link|sr-only|"
                    + "visually-?hidden|screen-?reader-?text|caption|credit|credits|wp-caption-text|"
                    + "outbrain|taboola|trending|most-?popular|popular|more-?stories|read-?more|readmore|"
                    + "next-?post|prev-?post|post-?nav|post-?navigation|jump|follow|donate|paywall|login|"
                    + "search|meta|entry-meta|post-meta|article-?meta|dateline|timestamp|date|"
                    + "newsletter-?signup|inline-?newsletter|also-?read|see-?also|further-?reading|"
                    + "embed|video-?player|player|audio|podcast-?player|gallery-?nav|slideshow-?nav|"
                    + "alert|notice|banner-?ad|native-?ad|partner|partners|affiliate|disclaimer|disclosure)"
                    + "(?:$|[-_\\s\\d])",
            Pattern.CASE_INSENSITIVE);

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
