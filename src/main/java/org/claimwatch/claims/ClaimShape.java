package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of a sentence (issue 15): does it assert something an editor could check, or is it page furniture that
 * only looks like text? Furniture that survives cleaning has shapes of its own, whatever the site:
 * <ul>
 *   <li>{@link Shape#HEADLINE}: a Title-Case line with no lower-case content word, the headline of another story or a
 *   list title ("Top 50 Family Restaurants 2025"): a number in it is a title's, not a claim's;</li>
 *   <li>{@link Shape#FRAGMENT}: a line without a final stop that has no verb, or that breaks off on a function word
 *   ("Cheap flights to"), or that opens in lower case ("and the rest ships in spring."): a menu or teaser piece;</li>
 *   <li>{@link Shape#QUESTION} and {@link Shape#EXHORTATION}: a question, an exclamation, or an imperative that opens
 *   the sentence, addressed to the reader ("Curious how much you could save?", "Tell us what you think!");</li>
 *   <li>{@link Shape#READER}: the promotional first and second person ("We test every product…", "Your guests will
 *   thank you") with no figure in it.</li>
 * </ul>
 * A quotation or an attribution ("…, police said") makes any of them a claim: it reports what a source said. Pure,
 * thread-safe.
 */
public final class ClaimShape {

    /** What a sentence is shaped as. */
    public enum Shape { CLAIM, HEADLINE, FRAGMENT, QUESTION, EXHORTATION, READER }

    /** Words that a Title-Case headline leaves in lower case. */
    private static final Set<String> SMALL = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on",
            "at", "for", "with", "by", "from", "as", "vs", "via", "per", "into", "onto", "over", "under", "up", "off",
            "out", "is", "it", "its", "your", "you", "our", "my", "how", "what", "why", "when", "where", "who", "which",
            "that", "this", "these", "than", "not", "no", "all", "more", "most", "best", "&");
    /** Words a line cannot end on unless it was cut off. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "to", "in",
            "on", "at", "for", "with", "by", "from", "as", "into", "onto", "about", "than", "that", "which", "who", "how",
            "what", "why", "when", "where", "your", "our", "my", "their", "his", "her", "its", "this", "these", "those",
            "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could", "should", "may",
            "more", "very", "so", "if", "while", "because");
    /** Finite and auxiliary verbs, and frequent irregular past forms: a line with one of them states something. */
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "has",
            "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't",
            "won't", "wouldn't", "can't", "couldn't", "said", "says", "told", "made", "took", "went", "came", "got",
            "gave", "found", "left", "met", "held", "saw", "won", "lost", "fell", "rose", "paid", "sent", "built",
            "brought", "bought", "began", "became", "ran", "struck", "shot", "hit", "put", "set", "cut", "kept", "led",
            "spent", "sold", "thought", "knew", "chose", "drove", "flew", "grew", "threw", "wrote", "broke", "spoke",
            "stood", "fought", "caught", "sought", "fled", "hid", "stole", "froze", "sank", "swam", "rang", "wore",
            "tore", "bore", "shut", "quit", "split", "spread", "hurt", "cost", "let", "read", "meant", "heard", "felt",
            "dealt", "lent", "bent", "slept", "swept", "wept", "lay", "laid", "sat", "stuck", "forgot",
            "arose", "dug", "slid", "overtook", "withdrew", "undertook", "oversaw", "upheld", "overturned");
    /** Imperatives that open a line addressed to the reader. */
    private static final Set<String> IMPERATIVES = Set.of("get", "try", "start", "join", "subscribe", "sign", "learn",
            "discover", "download", "shop", "buy", "order", "book", "save", "unlock", "claim", "grab", "upgrade",
            "register", "explore", "find", "see", "check", "contact", "visit", "request", "compare", "use", "enjoy",
            "watch", "listen", "follow", "become", "give", "donate", "support", "install", "enter", "apply", "reserve",
            "browse", "meet", "read", "let", "tell", "share", "click", "tap", "call", "email", "take", "make", "keep",
            "choose", "pick", "stay", "add", "create", "log", "go", "look", "send", "ask", "write", "never", "don't",
            "imagine", "treat", "plan", "view", "leave", "drop", "sell", "upload", "hire", "grow", "build",
            "protect", "boost", "transform", "simplify", "stop", "skip", "scroll", "opt", "sign-up", "pre-order");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves", "you're",
            "you'll", "you've", "you'd"); // not "ya" (Spanish: already) nor "u" (Slavic: at, in)
    /** The first person of a writer or a company speaking for itself (outside quotation marks). */
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'll", "i'd", "we", "we're", "we've",
            "we'll", "we'd", "our", "ours", "ourselves", "my", "mine", "me", "myself", "let's", "us");
    /** Words that may stand before an opening imperative: "Or keep reading …", "So start …". */
    private static final Set<String> LEAD_INS = Set.of("or", "and", "so", "then", "also", "plus", "just", "now", "simply");
    /** A quotation mark: quoted words are a source's, and a quote added or removed always counts. */
    private static final String QUOTATION_MARKS = "\"“”«»„";
    /** Reported speech: the sentence reports what a source said or did. */
    private static final WordSearch ATTRIBUTION = WordSearch.of("(?iu)\\b(?:said|says|say|told|according\\s+to|reported"
            + "|announced|confirmed|denied|stated|claimed|alleged|warned|urged|added|wrote|insisted|admitted"
            + "|acknowledged)\\b", "said", "say", "told", "according", "reported", "announced", "confirmed", "denied",
            "stated", "claimed", "alleged", "warned", "urged", "added", "wrote", "insisted", "admitted", "acknowledged");
    /** A transcript's speaker label ("ROSIE CURTS: …", "UNIDENTIFIED PERSON #1: …"): what follows is speech. */
    private static final Pattern SPEAKER = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’#\\d-]{1,40}:\\s");
    /** The newsroom's own reporting in the first person: "customers we spoke to", "our analysis found". */
    private static final WordSearch REPORTING = WordSearch.of("(?iu)\\b(?:found|find|finds|showed|shows|revealed|reveals"
            + "|obtained|analy[sz]ed|spoke|interviewed|contacted|reviewed|investigation|analysis|reporting|asked)\\b",
            "found", "find", "showed", "shows", "revealed", "reveals", "obtained", "analysed", "analyzed", "spoke",
            "interviewed", "contacted", "reviewed", "investigation", "analysis", "reporting", "asked");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&.-]*");

    private ClaimShape() {
    }

    /** True when {@code sentence} is shaped as an assertion an editor could check (see {@link Shape#CLAIM}). */
    public static boolean asserts(String sentence) {
        return of(sentence) == Shape.CLAIM;
    }

    /** The shape of {@code sentence}. */
    public static Shape of(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return Shape.FRAGMENT;
        }
        String text = sentence.strip();
        String lowerText = WordSearch.lowerAscii(text);
        if (hasQuotationMark(text) || ATTRIBUTION.find(text, lowerText) || SPEAKER.matcher(text).lookingAt()) {
            return Shape.CLAIM;
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Shape.FRAGMENT;
        }
        String opening = words.get(0);
        if (Character.isLowerCase(opening.charAt(0)) && opening.equals(opening.toLowerCase(Locale.ROOT))
                && Character.isLetter(text.charAt(0))) {
            // a sentence does not open in lower case: this line starts in the middle of a cut text
            return Shape.FRAGMENT;
        }
        char last = lastMark(text);
        if (last == '?') {
            return Shape.QUESTION;
        }
        if (last == '!') {
            return Shape.EXHORTATION;
        }
        boolean number = false;
        boolean secondPerson = false;
        boolean firstPerson = false;
        boolean verb = false;
        int content = 0;
        int lowerContent = 0;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (Character.isDigit(w.charAt(0))) {
                number = true;
                continue;
            }
            // "US" and "IT" in capitals are a country and a trade, not pronouns
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            secondPerson |= !acronym && SECOND_PERSON.contains(lower);
            // English writes its "I" in capitals; a lower-case "i" is Italian's article ("per i residenti")
            firstPerson |= !acronym && FIRST_PERSON.contains(lower) && !"i".equals(w);
            // a word of a script without case (Arabic, Hebrew, Devanagari, Thai, Han, kana, Hangul) is no title's
            // capital: such a line is prose when it ends like a sentence, a fragment when it does not
            boolean lowerCase = Character.isLowerCase(w.charAt(0)) || caseless(w.charAt(0));
            verb |= Character.isLowerCase(w.charAt(0)) && (VERBS.contains(lower) || lower.length() > 4 && lower.endsWith("ed"));
            if (!SMALL.contains(lower)) {
                content++;
                lowerContent += lowerCase ? 1 : 0;
            }
        }
        if (opensWithImperative(words, 0) || afterLeadIn(words) || opensWithImperative(words, afterComma(text))) {
            return Shape.EXHORTATION;
        }
        if (!number && (secondPerson || firstPerson && !REPORTING.find(text, lowerText))) {
            return Shape.READER;
        }
        if (content >= 2 && lowerContent == 0) {
            return Shape.HEADLINE;
        }
        boolean stopped = last == '.' || last == ';' || last == ':' || last == '…' || last == ')' || last == '’'
                || last == '\u3002' || last == '\u0964' || last == '\u06d4' // the full stops of CJK, Devanagari, Urdu
                || last == '\u1362' || last == '\u0589' || last == '\u104b' // of Ethiopic, Armenian, Myanmar
                || endsUnmarked(last); // Thai, Lao and Khmer end a sentence with no mark
        if (!stopped && (!verb || DANGLING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)))) {
            return Shape.FRAGMENT;
        }
        return Shape.CLAIM;
    }

    private static boolean hasQuotationMark(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (QUOTATION_MARKS.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at {@code k} is an imperative of the class not followed by a name ("Save the Children said
     * …", "Meet Jane Smith" are names and statements).
     */
    private static boolean opensWithImperative(List<String> words, int k) {
        if (k < 0 || k >= words.size()
                || !IMPERATIVES.contains(words.get(k).toLowerCase(Locale.ROOT).replace('’', '\''))) {
            return false;
        }
        return k + 1 >= words.size() || !Character.isUpperCase(words.get(k + 1).charAt(0))
                || words.get(k + 1).equals("I");
    }

    /** "Or keep reading to learn more …": an imperative after a lead-in conjunction or adverb. */
    private static boolean afterLeadIn(List<String> words) {
        return words.size() > 2 && LEAD_INS.contains(words.get(0).toLowerCase(Locale.ROOT))
                && opensWithImperative(words, 1);
    }

    /**
     * The index of the first word after the first comma when the clause before it has no verb ("From smart homes to
     * solar, explore …", "For more tips, check out …"), else -1.
     */
    private static int afterComma(String text) {
        int comma = text.indexOf(',');
        if (comma < 0 || comma > 80) {
            return -1;
        }
        List<String> before = words(text.substring(0, comma));
        for (String w : before) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (VERBS.contains(lower) || lower.length() > 4 && lower.endsWith("ed")) {
                return -1;
            }
        }
        return before.size();
    }

    /** The last character of the text that is not a closing bracket-free space: its final mark. */
    private static boolean caseless(char c) {
        return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c) && !Character.isTitleCase(c);
    }

    /** Whether {@code c} is of a script that ends its sentences with no mark: Thai, Lao, Khmer. */
    private static boolean endsUnmarked(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.THAI || s == Character.UnicodeScript.LAO
                || s == Character.UnicodeScript.KHMER;
    }

    private static char lastMark(String text) {
        return text.charAt(text.length() - 1);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            while (!w.isEmpty() && (w.endsWith(".") || w.endsWith("-") || w.endsWith("'") || w.endsWith("’"))) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
