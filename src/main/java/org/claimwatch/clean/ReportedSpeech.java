package org.claimwatch.clean;

import java.util.regex.Pattern;

/**
 * A line that reports what someone said: a quotation of four words or more and, outside it, a verb of speech or an
 * attribution ("said Tomas Berg", "told reporters", "according to", "a déclaré", "dijo"); or a quotation set with a
 * dash and followed by a verb of speech, in twenty languages. Such a line is the article's,
 * whatever pitch its quoted words make ("Follow us only on the official account"), so the line rules that read pitches
 * leave it alone. Pure.
 */
final class ReportedSpeech {

    private static final String OPENING = "\u201c\u201e\u00ab\"";
    private static final String CLOSING = "\u201d\u201c\u00bb\"";
    private static final Pattern SPEECH = Pattern.compile("(?iu)\\b(?:said|says|say|told|tells|added|adds|according to|"
            + "urged|urges|asked|warned|explained|stated|wrote|insisted|declared|announced|noted|dijo|afirmó|señaló|"
            + "declaró|explicó|según|a déclaré|a dit|a affirmé|a expliqué|selon|sagte|erklärte|laut|ha detto|ha "
            + "dichiarato|secondo|disse|afirmou|segundo|zei|volgens|verklaarde)\\b");
    private static final int MIN_CHARS = 100;
    /**
     * A quotation set with a dash, as Nordic, Finnish, Polish, Spanish, Portuguese, French and Russian papers set
     * them: the line opens with a dash, and after the quoted words, past a comma or a second dash, a verb of speech
     * ("– ..., sanoo tutkija", "– ... – mówi Jan Nowak", "—... —dijo la alcaldesa").
     */
    private static final Pattern DASH_QUOTE = Pattern.compile("(?iu)^\\s*[–—―]\\s?\\S.{15,}?(?:[,.!?…]\\s*[–—―]?\\s*|"
            + "\\s[–—―]\\s*)(?:says|said|säger|sa|sade|siger|sagde|sier|sanoo|sanoi|kertoo|kertoi|toteaa|totesi|"
            + "mówi|powiedział|powiedziała|mówił|mówiła|dodaje|dodał|dodała|říká|řekl|řekla|uvedl|uvedla|hovorí|"
            + "povedal|povedala|говорит|сказал|сказала|заявил|заявила|каже|сказав|сказала|dijo|dice|afirma|afirmó|"
            + "explica|explicó|señala|señaló|asegura|aseguró|añade|añadió|disse|diz|explicou|contou|dit|affirme|"
            + "explique|ajoute|déclare|zegt|zei|sagt|sagte|mondta|mondja|spune|a spus|kaže|rekao|rekla|λέει|είπε)\\b");
    private static final int MIN_DASH_QUOTE = 60;

    /** The words that say whose statement a sentence reports, without a quotation ("the council said"). */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?iu)\\b(?:said|says|told|according to|dijo|según|"
            + "a déclaré|a dit|selon|sagte|laut|ha detto|secondo|disse|segundo|zei|volgens)\\b");

    private ReportedSpeech() {
    }

    /** Whether {@code t}, a line of mostly plain text, quotes someone and says who. */
    static boolean in(String t, double linkDensity) {
        if (t.length() < MIN_DASH_QUOTE || linkDensity >= 0.3) {
            return false;
        }
        char first = t.charAt(0);
        if ((first == '–' || first == '—' || first == '―') && DASH_QUOTE.matcher(t).find()) {
            return true;
        }
        if (t.length() < MIN_CHARS) {
            return false;
        }
        int open = -1;
        for (int i = 0; i < t.length(); i++) {
            if (OPENING.indexOf(t.charAt(i)) >= 0) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = -1;
        int spaces = 0;
        for (int i = open + 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (CLOSING.indexOf(c) >= 0) {
                close = i;
                break;
            }
            spaces += c == ' ' ? 1 : 0;
        }
        if (close < 0 || spaces < 3) {
            return false; // no quotation of four words or more
        }
        return SPEECH.matcher(t.substring(0, open) + " " + t.substring(close + 1)).find();
    }

    /**
     * Whether {@code t} holds a sentence of {@link #MIN_CHARS} characters or more that says whose statement it reports
     * ("..., the council said."): a news report, which a sign-up box's pitch never is.
     */
    static boolean attributes(String t) {
        return t.length() >= MIN_CHARS && ATTRIBUTION.matcher(t).find();
    }
}
