package org.claimwatch.clean;

import org.claimwatch.calendar.DateLine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line rules: whether one collected block, by its text alone, is boilerplate (a share bar, a sponsor, follow,
 * newsletter, consent or appeal line, a caption, a pointer, a press release's fixed lines, a call to action, an
 * author's bio, a link line, a meta or date line), and which rule says so. Each test is behind a cheap word or
 * length check before its pattern. Pure.
 */
final class LineRules {

    static final int SHORT_LINE = 300;

    static final String[] FOLLOW_WORDS = {"follow", "like us", "join", "subscribe to our", "find us", "whatsapp",
        "telegram",
        " to your ", "become a fan"};

    static final String[] NEWSLETTER_WORDS = {"sign up", "subscribe", "newsletter", "inbox", "email", "e-mail",
        "preferences",
        "signing up", "by clicking"};

    static final String[] APPEAL_WORDS = {"affiliate", "commission", "qualifying purchases",
        "preferred source", "funded by", " journalism", "notifications", "rating", "rate this", "get updates",
        "if you liked", "if you enjoyed", "please leave", "spread the word", "trusted", "reliable", "browser",
        "advertising on", "donation"};

    /** Words one of which every {@link LinePatterns#READER_PROMPT} line holds. */
    static final String[] READER_WORDS = {
        "download", "install", "get our", " app!", "a tip", "a news tip", "send us", "send your",
        "your say", "a comment", "your comment", "comments below", "in the comments", "listen to this",
        "the time of", "appeared", "read the original", "republish", "in partnership", "in collaboration",
        "with support", "with the support", "with funding", "a grant", "have a story", "got a story",
        "pay for your", "pay for stories", "readers like you", "helps fund", "helps us", "helps keep", "helps pay",
        "helps power", "reader-supported", "new posts", "article helpful", "story helpful", "page helpful",
        "guide helpful", "information helpful", "article useful", "story useful", "page useful",
        "an experience", "for reading", "like you", "your thoughts", "a reply", "if you value",
        "if you appreciate", "if you enjoy", "if you like", "please consider", "something to add"};

    /** Words one of which every {@link LinePatterns#EXPERT_CALL} holds. */
    static final String[] EXPERT_WORDS = {"expert", "specialist", "advisor", "consultant"};

    /** Words one of which every {@link LinePatterns#PRESS_BOILERPLATE} line holds. */
    static final String[] PRESS_WORDS = {"about", "contact", "inquiries", "enquiries", "office",
        "click here", "source ", "relations"};

    static final String[] CONSENT_WORDS = {"cookie", "browser", "javascript", "blocker", "whitelist",
        "third party", "third-party"};

    static final String[] PAYWALL_WORDS = {"subscri", "log in", "login", "sign in", "register", "limit",
        "unlock", "free account", "members", "free articles", "free stories"};

    private static final String[] CAPTION_WORDS = {"photo", "image", "picture", "credit", "illustration", "graphic",
        "video", "screen", "via ", "/", "(ap", "(afp", "(reuters", "getty"};

    /**
     * A caption either ends in a parenthesis or names its medium ("Photo: ...", "image by ..."): every other line is
     * spared the caption pattern.
     */
    private static final String[] CAPTION_NOUNS = {"photo", "image", "picture", "credit", "illustration"};

    static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…\"”’')\\]。！？」』）]\\s*$");

    private static final Pattern STATEMENT_VERB = Pattern.compile("\\b(?:is|are|was|were|has|have|had)\\b");

    private static final int DATED_META_MAX = 140;
    private static final int WEATHER_MAX = 90;
    /** A temperature: "11°", "-4 °C", "H 13°". */
    private static final Pattern TEMPERATURE = Pattern.compile("[-−]?\\d{1,2}(?:[.,]\\d)?\\s?°");

    /** The words of a page's time stamps: two dates after them are a byline's posted and updated stamps. */
    private static final Pattern STAMPS = Pattern.compile("(?iu)\\b(?:posted|published|updated|modified|actualizado"
            + "|publicado|mis à jour|publié|aktualisiert|veröffentlicht|aggiornato|pubblicato|atualizado|bijgewerkt"
            + "|gepubliceerd)\\b");

    /** A calendar date: "Sep 9, 2025", "20 October 2025", "2025-10-20", "10/20/2025". */
    private static final Pattern DATE_IN_LINE = Pattern.compile("(?i)\\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
            + "sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|"
            + "\\d{1,2}/\\d{1,2}/\\d{2,4})\\b");

    /** Two ends of a span of days: "May 31-June 4", "23 May – 28 September", "4-7 March". */
    private static final Pattern DATE_RANGE = Pattern.compile("(?i)\\d\\s*[-\u2013\u2014]\\s*(?:\\d|(?:jan|feb|mar|apr|"
            + "may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
            + "\\.?\\s*[-\u2013\u2014]\\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

    static boolean isBoilerplate(Block b) {
        return boilerplateRule(b) != null;
    }

    /** The name of the line rule that makes {@code b} boilerplate, or null. */
    static String boilerplateRule(Block b) {
        return boilerplateRule(b, false);
    }

    /**
     * As {@link #boilerplateRule(Block)}; on a page that says it is in English ({@code english}) the rules of the
     * other languages ({@link ForeignLines}) are skipped.
     */
    static String boilerplateRule(Block b, boolean english) {
        String t = b.text();
        if (!hasLetter(t)) {
            return "filter.no-letters";
        }
        if (t.length() > 600) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.length() < 120 && LinePatterns.isShareBar(t)) {
            return "filter.share-bar";
        }
        if (t.length() < 400 && LinePatterns.isSponsorLine(t)) {
            return "filter.sponsor";
        }
        if (!b.heading() && (isCaption(lower) || NoticePatterns.isAgencyCaption(t, lower))) {
            return "filter.caption";
        }
        if (!b.heading() && NoticePatterns.isExcerpt(t, lower)) {
            return "filter.excerpt";
        }
        if (t.length() >= 400) {
            return null;
        }
        // the rules' words, found in one pass: each pattern below runs only when its words are there
        long words = LineWords.of(lower);
        if (NoticePatterns.isStandingNote(t, words)) {
            return "filter.standing-note";
        }
        if (ServiceNotes.isSmsPitch(t)) {
            return "filter.sms-pitch";
        }
        String service = (words & LineWords.SERVICE) != 0 ? ServiceNotes.rule(t, lower, words) : null;
        if (service != null) {
            return service;
        }
        String foreign = english ? null : ForeignLines.rule(b, t, lower, words);
        if (foreign != null) {
            return foreign;
        }
        if (t.length() > SHORT_LINE || ReportedSpeech.in(t, b.linkDensity())) {
            return null; // a long line, or one that quotes someone, is no pitch of the site's
        }
        if (PageNotes.is(t, lower)) {
            return "filter.page-note";
        }
        if ((words & LineWords.FOLLOW) != 0 && PitchPatterns.FOLLOW.matcher(t).find()) {
            return "filter.follow";
        }
        if ((words & LineWords.NEWSLETTER) != 0 && PitchPatterns.NEWSLETTER.matcher(t).find()) {
            return "filter.newsletter";
        }
        if ((words & LineWords.CONSENT) != 0 && PitchPatterns.CONSENT.matcher(t).find()) {
            return "filter.consent";
        }
        if (t.length() < 200 && (words & LineWords.PAYWALL) != 0 && PitchPatterns.PAYWALL.matcher(t).find()) {
            return "filter.paywall";
        }
        if (NoticePatterns.isMachinery(t, lower, words) && !(b.tableRow() && NoticePatterns.isQuoteLine(t))) {
            return "filter.notice"; // a titled table's row of a name, a price and a change is the story's figures
        }
        if (NoticePatterns.isShareLink(t)) {
            return "filter.share-link";
        }
        if (NoticePatterns.isHousePointer(t, words)) {
            return "filter.house-pointer";
        }
        if ((words & LineWords.APPEAL) != 0 && PitchPatterns.APPEAL.matcher(t).find()
                || (words & LineWords.READER) != 0 && PitchPatterns.READER_PROMPT.matcher(t).find()) {
            return "filter.appeal";
        }
        if (!b.heading() && (words & LineWords.OUR) != 0 && HouseVoice.is(lower)) {
            return "filter.house-voice"; // after the named pitches, and never a box's heading (it opens a tail)
        }
        boolean latin = HouseNotices.latin(t);
        String notice = HouseNotices.rule(t, lower, words, latin);
        if (notice == null) {
            notice = PublisherNotices.rule(t, words, latin);
        }
        if (notice == null) {
            notice = PageCredits.rule(t, words, latin);
        }
        if (notice != null) {
            return notice;
        }
        if (colonNearStart(t) && LinePatterns.POINTER.matcher(t).matches()) {
            return "filter.pointer";
        }
        if (t.length() < 400 && !b.heading() && (words & LineWords.PRESS) != 0
                && LinePatterns.PRESS_BOILERPLATE.matcher(t).matches()) {
            return "filter.press-boilerplate";
        }
        if (t.length() < 80 && (LinePatterns.isCallToAction(t)
                || (lower.contains("buy ") || t.indexOf('$') >= 0 || t.indexOf('€') >= 0 || t.indexOf('£') >= 0)
                && PitchPatterns.SHOP_BUTTON.matcher(t).matches() || NoticePatterns.isCallsToAction(t))) {
            return "filter.call-to-action";
        }
        if (t.length() < 120 && (words & LineWords.EXPERT) != 0 && !SENTENCE_END.matcher(t).matches()
                && PitchPatterns.EXPERT_CALL.matcher(t).find()) {
            return "filter.expert-call";
        }
        if (t.length() < 500 && (lower.contains(" is ") || lower.contains(" was ") || lower.contains(" covers ")
                || lower.contains(" writes about ") || lower.contains(" reports on "))
                && LinePatterns.AUTHOR_BIO.matcher(t).lookingAt()) {
            return "filter.author-bio";
        }
        if (b.linkDensity() > 0.8 && t.length() < 120 && !b.listItem() && !isLinkedSentence(t)) {
            return "filter.link-line";
        }
        if (t.length() < 140 && !b.listItem() && LinePatterns.isMetaLine(t, lower)) {
            return "filter.meta-line";
        }
        if (t.length() <= WEATHER_MAX && isWeatherStrip(t)) {
            return "filter.weather";
        }
        if (t.length() < 32 && LinePatterns.DATE_ONLY.matcher(t).matches()
                || t.length() <= DateLine.MAX && !b.listItem() && DateLine.is(t)) {
            return "filter.date-only";
        }
        return t.length() < DATED_META_MAX && !b.listItem() && !b.heading() && isDatedMetaLine(t)
                ? "filter.dated-meta-line" : null;
    }

    /**
     * A weather strip in any language ("Galway 9° Showers H 12° L 6°"): two temperatures or more on a short line of
     * a dozen words at most that is no sentence (a sentence about temperatures ends in a full stop).
     */
    static boolean isWeatherStrip(String t) {
        if (t.indexOf('°') < 0 || t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || ParagraphFilter.hasWords(t, 13)) {
            return false;
        }
        Matcher m = TEMPERATURE.matcher(t);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n >= 2;
    }

    /**
     * A short line that is a date plus fields (a byline, a category, "Updated") rather than a sentence: it holds one
     * date, does not end like a sentence, and joins its parts with field separators ("|", "•", "·", a spaced dash).
     * A date range or a "label:" before the date makes it a listing's entry ("Expo: May 31-June 4, 2026 | Denver").
     */
    static boolean isDatedMetaLine(String t) {
        if (t.endsWith(".") && !t.endsWith("a.m.") && !t.endsWith("p.m.") || t.endsWith("!") || t.endsWith("?")
                || !hasDigit(t)) {
            return false; // (a time's "a.m." ends no sentence)
        }
        Matcher m = DATE_IN_LINE.matcher(t);
        if (!m.find()) {
            return false;
        }
        String before = t.substring(0, m.start());
        String rest = before + " " + t.substring(m.end());
        if (before.indexOf(':') >= 0 || DATE_RANGE.matcher(t).find()
                || DATE_IN_LINE.matcher(rest).find() && !STAMPS.matcher(t).find()) {
            return false; // two dates make a listing's entry, unless they are the posted and updated stamps
        }
        boolean separated = rest.indexOf('|') >= 0 || rest.indexOf('\u2022') >= 0 || rest.indexOf('\u00b7') >= 0
                || rest.contains(" - ") && STAMPS.matcher(t).find()
                || rest.contains(" \u2013 ") || rest.contains(" \u2014 ") || t.indexOf('\u2022') >= 0;
        return separated && !ParagraphFilter.hasWords(t, STAMPS.matcher(t).find() ? 26 : 20);
    }

    private static boolean hasLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A statement that is all one link ("The scope is available at the shop down the road."): headlines of teasers and
     * navigation lines do not end in a full stop, and calls to action ("Explore ways to ...") state nothing.
     */
    private static boolean isLinkedSentence(String t) {
        return t.endsWith(".") && ParagraphFilter.hasWords(t, 6) && STATEMENT_VERB.matcher(t).find();
    }

    static boolean isCaption(String lower) {
        if (lower.length() <= LinePatterns.MAX_SOURCE_CAPTION && lower.contains(" from ")
                && LinePatterns.SOURCE_CAPTION.matcher(lower).matches()) {
            return true; // ("... from ..." is in every source caption)
        }
        // Captions end in their credit, so only the tail of the line needs the (costly) pattern. The nouns are caption
        // words too: a tail with a noun, or ending in a parenthesis and holding a caption word, is asked.
        String tail = lower.length() > 160 ? lower.substring(lower.length() - 160) : lower;
        return (hasAny(tail, CAPTION_NOUNS) || endsWithParenthesis(tail) && hasAny(tail, CAPTION_WORDS))
                && LinePatterns.CAPTION.matcher(tail).find();
    }

    /**
     * Whether the last character is ')', before trailing spaces (as the pattern's {@code \s} counts them) and a final
     * line terminator (where the pattern's {@code $} also matches).
     */
    private static boolean endsWithParenthesis(String s) {
        int i = s.length() - 1;
        if (i >= 0 && "\u0085\u2028\u2029".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        while (i >= 0 && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && s.charAt(i) == ')';
    }

    static boolean hasAny(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a pointer's separator (a colon, a bar, "&gt;&gt;", "»", a spaced dash) sits in the first 40 characters. */
    private static boolean colonNearStart(String t) {
        int end = Math.min(t.length(), 40);
        for (int i = 1; i < end; i++) {
            char c = t.charAt(i);
            if (c == ':' || c == '|' || c == '»' || c == '›' || c == '>'
                    || (c == '-' || c == '–' || c == '—') && t.charAt(i - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    private LineRules() {
    }
}
