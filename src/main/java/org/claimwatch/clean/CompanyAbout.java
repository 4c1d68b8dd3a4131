package org.claimwatch.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A press release's "About the company" section in an article's second half: a line "About Vantor Robotics" (or
 * "Über die Kestrel AG", "À propos de ...", "Acerca de ...", in twelve languages) whose next paragraph names that
 * company and describes it as one (founded, headquartered, a listing, a provider of, a web address). The section runs
 * to the next heading or the end. Boilerplate of the release, not the news. Pure.
 */
final class CompanyAbout {

    private static final int MAX_OPENER = 70;

    private static final Pattern OPENER = Pattern.compile("(?iu)^\\W*(?:about|über|à propos de|acerca de|sobre|"
            + "informazioni su|over|o firmie|o společnosti|om|tentang|hakkında)\\s+(?:the |die |der |das |la |le |l['’]|"
            + "el |a |o |de |het )?(?-i:(\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+[\\p{Lu}\\d&][\\p{L}\\d&.'’-]*){0,4}))\\s*:?\\s*$");
    private static final Pattern DESCRIBES = Pattern.compile("(?iu)\\b(?:founded|headquartered|based in|is an? "
            + "(?:[\\p{L}-]+ ){0,3}(?:provider|producer|maker|manufacturer|company|developer|supplier|operator|group|firm)"
            + "|employ(?:s|ing)|mit sitz|gegründet|anbieter|beschäftigt|fondée|siège|fundada|con sede|fondata|sede en|"
            + "opgericht|gevestigd|learn more at|visit|www\\.|https?://)|\\((?:nasdaq|nyse|lse|tsx|asx|sgx|euronext|xetra|"
            + "bse|nse|jse|hkex|six)\\s*:");

    private CompanyAbout() {
    }

    /** Removes the section from {@code kept}; true when there was one. */
    static boolean cut(List<Block> kept) {
        for (int k = kept.size() / 2; k + 1 < kept.size(); k++) {
            String opener = kept.get(k).text();
            if (opener.length() > MAX_OPENER) {
                continue;
            }
            Matcher m = OPENER.matcher(opener);
            if (!m.matches()) {
                continue;
            }
            Block next = kept.get(k + 1);
            if (next.heading() || !names(next.text(), m.group(1)) || !DESCRIBES.matcher(next.text()).find()) {
                continue;
            }
            int end = k + 1;
            while (end < kept.size() && !kept.get(end).heading()) {
                end++;
            }
            kept.subList(k, end).clear();
            return true;
        }
        return false;
    }

    /** Whether {@code text} names the company: one of its words of four letters or more. */
    private static boolean names(String text, String company) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : company.split("[\\s&.,'’-]+")) {
            if (w.length() >= 4 && lower.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
