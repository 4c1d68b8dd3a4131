package org.claimwatch.clean;

import java.util.regex.Pattern;

/**
 * The outlet speaking to its reader about its own service: a short line in the house's first person ("our ...") that
 * names one of its services (its newsletters and alerts, its live coverage, its comments, subscribers and readers, its licensing)
 * and turns to the reader or to the page (you, a question, a call to act, "below", "after this ad"). "Our coverage
 * continues below this advertisement", "Comments are open to our subscribers. Log in to join the conversation". A line
 * that counts something (a figure other than a time, a year or a phone number) is news in the first person ("our
 * newsroom will lose 30 jobs") and stays. Callers pass lines that quote no one. Pure, thread-safe.
 */
final class HouseVoice {

    private static final int MAX = 200;

    /** "our" and up to three words before one of the house's services. */
    private static final Pattern SERVICE = Pattern.compile("\\bour (?:[\\p{L}’'-]+ ){0,3}?(?:newsletters?|briefings?"
            + "|e-?mails?|inbox|apps?|alerts|notifications|live (?:coverage|updates|blog|page)|coverage|podcasts?"
            + "|subscribers?|members|readers|comments?|comment section|journalism|syndication|licensing)(?![\\p{L}-])");
    /** The line turning to the reader or to the page. */
    private static final Pattern TURN = Pattern.compile("(?<!thank )\\byou(?:r|rs|'d|’d|'re|’re|'ll|’ll)?\\b|\\?"
            + "|(?:^|[.!?:;—–] )(?:please )?(?:sign up|subscribe|add|log in|sign in|register|contact|email|e-mail|write"
            + "|send|follow|join|download|tap|click|scroll|read|listen|watch|get|tell|share)\\b"
            + "|\\b(?:below|above|further down|after this|before this|here)\\b|\\badvert(?:isement)?s?\\b|\\bads?\\b");
    /** What may carry digits without counting anything: a time, an address for mail or the web, a phone number. */
    private static final Pattern NOT_A_COUNT = Pattern.compile("\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|h)\\b"
            + "|\\b\\d{1,2}:\\d{2}\\b|\\S+@\\S+|\\bhttps?://\\S+|\\bwww\\.\\S+|\\+?\\d[\\d ()-]{6,}\\d|\\b(?:19|20)\\d{2}\\b");

    private HouseVoice() {
    }

    /** Whether lower-cased {@code lower} is the house speaking of its service to the reader. */
    static boolean is(String lower) {
        return lower.length() <= MAX && SERVICE.matcher(lower).find() && TURN.matcher(lower).find() && !counts(lower);
    }

    private static boolean counts(String lower) {
        String rest = NOT_A_COUNT.matcher(lower).replaceAll(" ");
        for (int i = 0; i < rest.length(); i++) {
            if (Character.isDigit(rest.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
