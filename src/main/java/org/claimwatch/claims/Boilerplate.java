package org.claimwatch.claims;

import java.util.regex.Pattern;

/**
 * Page furniture that survived cleaning: sponsors, follow-us lines, related links, photo credits, cookie notices (in
 * any language that writes "cookie", when the site speaks in them).
 */
final class Boilerplate {

    private static final Pattern LINE = Pattern.compile("(?i)^\\s*(?:"
            + "sponsor(?:ed)?\\b|advertisement\\b|ad\\b:|related\\b|read (?:more|also|next)\\b|also read\\b"
            + "|recommended\\b|more:|see also\\b|watch:|listen:|live updates:|follow (?:us|@|the latest|him|her)\\b"
            + "|sign up\\b|subscribe\\b|share (?:this|on)\\b|click here\\b|download (?:our|the) app\\b"
            + "|(?:photo|photograph|image|picture|video)(?:s| credit)?\\s*:|\\(?photo credit\\b|credit:|©|copyright\\b"
            + "|all rights reserved\\b|this article (?:was|is|has been)\\b|editing by\\b|reporting by\\b"
            + "|[\\w .'-]{0,40}/(?:afp|reuters|ap|getty|epa)\\b"
            + ")");
    private static final Pattern ANYWHERE = Pattern.compile("(?i)(?:"
            + "\\bsponsor(?:ed)?:|follow us on|all rights reserved|\\bsign up for (?:our|the) newsletter|photograph: [^.]+/|"
            + "\\(photo credit:|getty images\\)?$|\\(reuters\\)$|^\\(?(?:photo|image)s? by\\b)");

    private static final int[] TRIGGERS = WordHashes.triggers(java.util.Set.of(
            "sponsor", "sponsored", "follow", "rights", "sign", "photograph", "photo", "photos", "image", "images", "getty", "reuters",
            "credit"));
    private static final int HEAD = 60;
    /** Furniture lines are short; a long sentence that starts like one is prose glued to it. */
    private static final int MAX_WORDS = 25;

    private Boilerplate() {
    }

    /** True when {@code sentence} (with its {@code words}) is page furniture rather than prose. */
    static boolean is(String sentence, WordHashes words) {
        return ConsentNotices.is(sentence) || LINE.matcher(sentence).region(0, Math.min(HEAD, sentence.length())).lookingAt()
                && words.hashes().length <= MAX_WORDS
                || words.any(TRIGGERS) && ANYWHERE.matcher(sentence).find();
    }

    /** True when {@code sentence} is page furniture rather than prose. */
    static boolean is(String sentence) {
        return is(sentence, WordHashes.of(sentence));
    }
}
