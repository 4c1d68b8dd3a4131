package org.claimwatch.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The site's closing pitch for itself: one of the last paragraphs names the site and asks the reader to act
 * ("... reach out to Orient Software", "Start building on Google Cloud with free credits"). Pure.
 */
final class SelfPromotion {

    private static final int LAST_BLOCKS = 1;
    private static final int MAX_CHARS = 600;
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:reach out|contact (?:us|our)|get in touch|"
            + "start building|sign up|take the (?:first|next) step|request a|book a|schedule a|call us|free trial|"
            + "free credits)\\b");
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:[:|–—]|\\s-\\s).*$");

    private SelfPromotion() {
    }

    /** Removes the last blocks from the first closing self-promotion on; whether it removed any. */
    static boolean cut(List<Block> kept, String siteName) {
        String name = nameKey(siteName);
        if (name == null) {
            return false;
        }
        for (int i = Math.max(0, kept.size() - LAST_BLOCKS); i < kept.size(); i++) {
            Block b = kept.get(i);
            String t = b.text();
            if (!b.heading() && t.length() <= MAX_CHARS && t.toLowerCase(Locale.ROOT).contains(name)
                    && CUE.matcher(t).find()) {
                kept.subList(i, kept.size()).clear();
                return true;
            }
        }
        return false;
    }

    /** The site's name without a tagline or marks, lower-cased; null when too short to recognise. */
    static String nameKey(String siteName) {
        if (siteName == null) {
            return null;
        }
        String n = NAME_END.matcher(siteName.replace("™", "").replace("®", "")).replaceAll("").strip();
        return n.length() < 4 ? null : n.toLowerCase(Locale.ROOT);
    }
}
