package org.claimwatch.clean;

import java.util.regex.Pattern;

/**
 * A line that reports what someone said: a quotation of four words or more and, outside it, a verb of speech or an
 * attribution ("said Tomas Berg", "told reporters", "according to", "a déclaré", "dijo"). Such a line is the article's,
 * whatever pitch its quoted words make ("Follow us only on the official account"), so the line rules that read pitches
 * leave it alone. Pure.
 */
final class ReportedSpeech {

    private static final Pattern QUOTATION = Pattern.compile("[\u201c\u201e\u00ab\"](?:[^\u201c\u201d\u201e\u00ab\u00bb\"]"
            + "*?\\s){3,}[^\u201c\u201d\u201e\u00ab\u00bb\"]*?[\u201d\u201c\u00bb\"]");
    private static final Pattern SPEECH = Pattern.compile("(?iu)\\b(?:said|says|say|told|tells|added|adds|according to|"
            + "urged|urges|asked|warned|explained|stated|wrote|insisted|declared|announced|noted|dijo|afirmó|señaló|"
            + "declaró|explicó|según|a déclaré|a dit|a affirmé|a expliqué|selon|sagte|erklärte|laut|ha detto|ha "
            + "dichiarato|secondo|disse|afirmou|segundo|zei|volgens|verklaarde)\\b");
    private static final int MIN_CHARS = 100;

    private ReportedSpeech() {
    }

    /** Whether {@code t}, a line of mostly plain text, quotes someone and says who. */
    static boolean in(String t, double linkDensity) {
        if (t.length() < MIN_CHARS || linkDensity >= 0.3) {
            return false;
        }
        java.util.regex.Matcher q = QUOTATION.matcher(t);
        if (!q.find()) {
            return false;
        }
        String outside = t.substring(0, q.start()) + " " + t.substring(q.end());
        return SPEECH.matcher(outside).find();
    }
}
