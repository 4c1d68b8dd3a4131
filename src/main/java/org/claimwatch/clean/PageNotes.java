package org.claimwatch.clean;

import java.util.regex.Pattern;

/**
 * A note in which the page speaks of itself and of how it is made or served: it refreshes, it came from another
 * outlet, it was not edited here, it appears in a print issue ("This blog refreshes on its own", "This article was
 * supplied by Coastal Wire and has not been edited by our newsroom"). Its subject is the page ("this story", "this
 * page", "this live blog"); its predicate is the page's machinery; it holds no figure but a year. Pure.
 */
final class PageNotes {

    private static final Pattern NOTE = Pattern.compile("(?iu)^\\W*this\\s+(?:live\\s+)?(?:page|blog|liveblog|story|"
            + "article|feature|report|piece|post|content|coverage|live\\s+page)\\b.{0,140}?\\b(?:refresh(?:es|ed)?|"
            + "updates?\\s+(?:automatically|on\\s+its\\s+own|continuously)|will\\s+(?:be\\s+)?update(?:d)?|is\\s+(?:being\\s+)?"
            + "updated\\s+(?:automatically|continuously|regularly|throughout)|(?:supplied|provided|distributed|syndicated|"
            + "republished|shared)\\s+(?:by|through|via|with|under)|(?:has|have|was|were)\\s+not\\s+(?:been\\s+)?edited|"
            + "(?:also\\s+)?appear(?:s|ed)?\\s+in\\s+(?:the|our)\\b.{0,60}\\b(?:issue|edition|magazine)|content[-\\s]sharing)");
    private static final Pattern OTHER_FIGURE = Pattern.compile("(?<![\\d])(?!(?:19|20)\\d\\d(?!\\d))\\d+");
    private static final int MAX_CHARS = 220;

    private PageNotes() {
    }

    static boolean is(String t, String lower) {
        return t.length() < MAX_CHARS && lower.contains("this ") && NOTE.matcher(t).find()
                && !OTHER_FIGURE.matcher(t).find();
    }
}
