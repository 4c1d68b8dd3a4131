package org.claimwatch.diff;

import org.claimwatch.calendar.MonthNames;
import org.claimwatch.claims.ClaimShape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rewording that changes what a claim says though no typed change names it (issue 15: "lawful" became "unlawful",
 * "faster" became "more slowly", "admis" became "respins", "remain missing" became "died"): a content word taken out
 * and another put in, outside quotes, in a sentence that asserts something on both sides. A pair is no change when
 * the new word respells the old (a typo, a British or American spelling, an inflection of the same stem: "salvato"
 * and "salvati"), spells out its abbreviation ("Sgt." and "Sergeant"), is the same hedge ("probably" and "likely"),
 * one neutral verb of speech for another ("said" and "stated"), shares a sense with it in WordNet ("talks" and
 * "negotiations", {@link Thesaurus}), or is a word moved from elsewhere in the sentence.
 * Pure.
 */
final class ContentSwap {

    /** A day's number with its ordinal ending, in the languages of the month names. */
    private static final Pattern ORDINAL = Pattern.compile(
            "^(\\d{1,2})(?:st|nd|rd|th|er|re|e|º|ª|\\.)$");

    /** Neutral verbs of speech: one for another changes no claim ("denied", "claimed", "admitted" are not here). */
    private static final Set<String> SAID = Set.of(
            "said", "says", "stated", "states", "told", "tells", "added", "noted", "explained", "indicated",
            "remarked", "commented", "declared", "mentioned", "reporters", "journalists",
            "dijo", "indicó", "afirmó", "señaló", "explicó", "declaró", "aseguró", "manifestó", "informó", "comentó",
            "disse", "afirmou", "declarou", "explicou", "informou", "indicou", "dit", "déclaré", "affirmé",
            "expliqué", "indiqué", "précisé", "souligné", "detto", "dichiarato", "spiegato", "affermato",
            "sottolineato", "sagte", "erklärte", "betonte", "teilte", "mit", "zei", "verklaarde", "declarat",
            "precizat", "afirmat", "spus", "explicat", "söyledi", "ifade", "etti", "belirtti", "dedi", "قال",
            "أوضح", "صرح", "أفاد", "ذكر", "أضاف", "وقال", "وأوضح", "وصرح", "وأفاد", "وذكر", "وأضاف", "сказав",
            "заявив", "повідомив", "зазначив", "додав", "сказала", "заявила", "повідомила", "зазначила",
            // the Baltic and Nordic languages, Finnish, Polish, Czech, Russian, Greek, Catalan, more Spanish, Hebrew,
            // Persian, Hindi, Bengali, Swahili and Indonesian
            "ütles", "sõnas", "teatas", "märkis", "lisas", "selgitas", "sacīja", "teica", "paziņoja", "norādīja",
            "piebilda", "skaidroja", "sakė", "teigė", "pareiškė", "nurodė", "pažymėjo", "pridūrė", "paaiškino",
            "sanoi", "kertoi", "totesi", "lisäsi", "sa", "sade", "uppgav", "berättade", "förklarade", "sagde",
            "udtalte", "forklarede", "oplyste", "uttalte", "forklarte", "opplyste", "powiedział", "powiedziała",
            "stwierdził", "stwierdziła", "oświadczył", "oświadczyła", "dodał", "dodała", "zaznaczył", "zaznaczyła",
            "poinformował", "poinformowała", "řekl", "řekla", "uvedl", "uvedla", "prohlásil", "prohlásila", "dodal",
            "dodala", "sdělil", "sdělila", "сказал", "заявил", "сообщил", "отметил", "добавил", "пояснил",
            "сообщила", "отметила", "добавила", "пояснила", "δήλωσε", "ανέφερε", "είπε", "τόνισε",
            "σημείωσε", "πρόσθεσε", "εξήγησε", "indicat", "assenyalat", "expresó", "sostuvo", "agregó",
            "añadió", "apuntó", "acrescentou", "אמר", "אמרה", "מסר", "מסרה", "הוסיף", "הוסיפה", "ציין", "ציינה",
            "گفت", "افزود", "कहा", "बताया", "বলেন", "জানান", "alisema", "amesema", "alieleza", "aliongeza",
            "mengatakan", "menuturkan", "ujar", "kata");

    /** Words of a link's or a document's label ("which you can read here", "by following this link", "(PDF)"). */
    private static final Set<String> LINK_WORDS = Set.of("read", "here", "link", "click", "following", "pdf",
            "website", "available", "readers", "find", "full", "online");

    /** "every winter" and "each winter". */
    private static final Set<String> EACH = Set.of("every", "each");

    /** Light verbs, whose sense is their object's: one for another is no change ("gave no end date", "set no end date"). */
    private static final Set<String> LIGHT = Set.of("give", "gives", "gave", "given", "giving", "set", "sets",
            "setting", "make", "makes", "made", "making", "get", "gets", "got", "gotten", "getting", "put", "puts",
            "putting", "take", "takes", "took", "taken", "taking", "do", "does", "did", "done", "doing");

    /** More words than this on either side make a rewrite, read the same both ways (diffs mirror each other). */
    private static final int MAX_WORDS = 8;

    private ContentSwap() {
    }

    /** Whether the edits take a content word out and put another in, with no respelling between them. */
    static boolean replaced(List<Edit> edits, Facts a, Facts b) {
        if (!ClaimShape.asserts(a.text) || !ClaimShape.asserts(b.text)) {
            return false;
        }
        List<Token> removed = side(edits, a, b, true);
        List<Token> inserted = side(edits, b, a, false);
        removed.removeIf(r -> inserted.removeIf(i -> same(r, i)));
        return !removed.isEmpty() && !inserted.isEmpty() && removed.size() <= MAX_WORDS && inserted.size() <= MAX_WORDS;
    }

    /** The content words that {@code f}'s side of the edits holds outside quotes and {@code other} does not. */
    private static List<Token> side(List<Edit> edits, Facts f, Facts other, boolean before) {
        Set<String> there = new HashSet<>();
        for (Token t : other.tokens) {
            there.add(t.norm());
        }
        List<Token> out = new ArrayList<>();
        for (Edit e : edits) {
            int from = before ? e.fromA() : e.fromB();
            int to = before ? e.toA() : e.toB();
            for (int k = from; k < to; k++) {
                Token t = f.tokens.get(k);
                if (!f.inQuote[k] && content(t) && !there.contains(t.norm())) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean same(Token r, Token i) {
        String x = r.norm().replace("ß", "ss");
        String y = i.norm().replace("ß", "ss");
        if (x.equals(y) || fold(x).equals(fold(y)) || Typos.isTypo(r, i) || SAID.contains(x) && SAID.contains(y) || EACH.contains(x) && EACH.contains(y)
                || LIGHT.contains(x) && LIGHT.contains(y)) {
            return true;
        }
        String hx = Lexicon.hedge(x);
        if (hx != null && Objects.equals(hx, Lexicon.hedge(y))) {
            return true;
        }
        if (sameWord(x, y)) {
            return true;
        }
        return sameStem(x, y) || abbreviates(x, y) || abbreviates(y, x) || Contrasts.saysTheSame(x, y)
                || Thesaurus.synonyms(x, y);
    }

    /** "programme" and "program", "interceptó" and "interceptado": a long shared opening, not a prefix of negation. */
    private static boolean sameStem(String x, String y) {
        int n = 0;
        int max = Math.min(x.length(), y.length());
        while (n < max && x.charAt(n) == y.charAt(n)) {
            n++;
        }
        return n >= 5 && n * 10 >= Math.max(x.length(), y.length()) * 6 || n >= 4 && n == max && max >= 4
                && Math.max(x.length(), y.length()) - max <= 3;
    }

    /** Whether {@code shortForm} abbreviates {@code word}: same first letter, its letters in order ("sgt", "sergeant"). */
    private static boolean abbreviates(String shortForm, String word) {
        if (shortForm.length() < 2 || shortForm.length() > 4 || word.length() <= shortForm.length()
                || shortForm.charAt(0) != word.charAt(0)) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < word.length() && k < shortForm.length(); i++) {
            if (word.charAt(i) == shortForm.charAt(k)) {
                k++;
            }
        }
        return k == shortForm.length();
    }

    /**
     * The same word respelled: with or without diacritics, one month's names ("Okt." and "Oktober"), a day with or
     * without its ordinal ending ("14" and "14th", "1er", "3º").
     */
    static boolean sameWord(String x, String y) {
        if (fold(x).equals(fold(y))) {
            return true;
        }
        String dx = ORDINAL.matcher(x).replaceFirst("$1");
        if (!dx.isEmpty() && Character.isDigit(dx.charAt(0)) && dx.equals(ORDINAL.matcher(y).replaceFirst("$1"))) {
            return true;
        }
        Integer month = MonthNames.month(x);
        return month != null && month.equals(MonthNames.month(y));
    }

    /**
     * A word without its diacritics and with the letters that stand for a Latin one read as that letter: "Yıldız" is
     * "Yildiz", "Łódź" "lodz", "straße" "strasse" (a name respelled with or without its marks is the same name).
     */
    static String fold(String s) {
        String t = s.replace("ß", "ss");
        boolean ascii = true;
        for (int i = 0; i < t.length() && ascii; i++) {
            ascii = t.charAt(i) < 0x80;
        }
        if (ascii) {
            return t;
        }
        t = t.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ħ', 'h');
        return java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static boolean content(Token t) {
        String n = t.norm();
        return !t.number() && !Lexicon.STOP.contains(n) && !Lexicon.CONNECTIVES.contains(n) && !LINK_WORDS.contains(n)
                && (n.length() >= 3 || n.codePoints().anyMatch(c -> c > 0x2e80));
    }
}
