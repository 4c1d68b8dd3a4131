package org.claimwatch.clean;

import java.util.regex.Pattern;

/** Text patterns of boilerplate lines: captions, share bars, follow/newsletter/sponsor lines, list headings. */
final class LinePatterns {

    static final String NETWORKS = "(?:x|twitter|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|"
            + "telegram|whatsapp|pinterest|reddit|snapchat|mastodon|flipboard|google news|apple news|social media"
            // the messaging and news apps outlets are followed on in Asia, Africa and Eastern Europe
            + "|viber|(?-i:LINE)|kakaotalk|kakao|wechat|weibo|naver|zalo|messenger|google discover|discord"
            + "|substack|truth social|the app)";

    /** A line made only of share/network words ("Share: Facebook Twitter Email"). */
    static final Pattern SHARE_BAR = Pattern.compile("(?i)(?:(?:share|share this|share on|share article|share story|"
            + "tweet|email|e-mail|print|copy|copy link|link copied|save|comment|comments|facebook|twitter|x|linkedin|"
            + "whatsapp|pinterest|reddit|telegram|flipboard|messenger|sms|gift|gift article|bookmark|listen|copied|"
            + "share (?:this|the) (?:blog|post|article|story|page)(?: on| via)?|"
            + "listen to (?:this|the) (?:article|story|episode)(?: now)?)"
            + "[\\s:|·•,/]*)+");

    /** The letters (either case) a {@link #SHARE_BAR} line can start with: every share word's first letter. */
    private static final String SHARE_BAR_STARTS = "bcefglmprstwx";

    /** Sponsor and advertising lines. */
    static final Pattern SPONSOR = Pattern.compile("(?i)\\s*(?:sponsor(?:ed)?(?: by| content| post)?\\s*:.*"
            + "|(?:advertisement|advertising|ad|sponsored|sponsored content|paid content|paid post|partner content|"
            + "promoted|promoted content|ad feedback|ad ?choices|report (?:this )?ad)\\W*"
            + "|(?:advertisement\\W*)?(?:continue reading(?: the(?: main)? (?:story|article))?"
            + "|scroll(?: down)? to (?:continue|read)(?: reading)?)"
            + "(?: below| with content)?\\W*"
            + "|story continues below(?: advertisement)?\\W*|article continues below(?: advertisement)?\\W*"
            + "|(?:we|this (?:post|article|site)) may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)"
            + ".*|(?:we|this (?:post|article|site)) (?:may be|are|is|might be) compensated\\b.*|this (?:post|article) (?:may )?contains? affiliate links.*)");

    /** The letters (either case) a {@link #SPONSOR} line can start with, after spaces. */
    private static final String SPONSOR_STARTS = "acpstw";

    /** Photo captions and credits, including a trailing "(photo credit: ...)" or "Photograph: ...". */
    static final Pattern CAPTION = Pattern.compile("(?i)(?:\\(\\s*(?:(?:ap|afp|reuters|epa|getty|file)\\s+)?(?:photo|photos|image|picture|pictured|credit|"
            + "file photo|illustration|graphic|video|screenshot|screengrab)\\b[^()]*\\)"
            + "|\\([^()]{0,60}(?:\\bvia (?:ap|afp|reuters|getty|epa|social media|x|twitter)\\b|/(?:ap|afp|reuters|"
            + "getty images|getty|epa|flash90|shutterstock|alamy|bloomberg|pool|efe|anadolu|sipa|zuma)\\b)[^()]*\\)"
            + "|\\(\\s*(?:getty images|afp|reuters|ap|epa|shutterstock|alamy|bloomberg|pa|efe|anadolu|dpa)\\s*/[^()]{1,60}\\)"
            + "|\\b(?:photograph|photo|photos|image|picture|credit|illustration)s?\\s*(?:credit|by)?\\s*:\\s*"
            + "[^.!?]{1,90}|photo by [^.!?]{1,60} on (?:unsplash|pexels|pixabay)|(?:feature[d]? )?image by [^.!?]{1,80}|\\((?:ap|afp|reuters|getty images)"
            + "(?: photo)?\\))\\s*$");

    /**
     * A short caption naming where its picture comes from ("Image from the opening day.", "Screenshot from the live
     * stream"): the line opens with the medium and "from", and no verb of a sentence about the picture follows.
     */
    static final Pattern SOURCE_CAPTION = Pattern.compile("(?i)\\W*(?:image|photo|picture|screenshot|screengrab|"
            + "still|video still)s? (?:taken )?from (?!.*\\b(?:shows?|showed|shown|reveals?|revealed|appears?|"
            + "appeared|depicts?|suggests?|is|are|was|were|has|have|had)\\b)[^.!?]{1,70}[.]?\\s*");
    static final int MAX_SOURCE_CAPTION = 90;

    /** Short lines that introduce a list of other articles, or otherwise start the page's tail. */
    static final Pattern LIST_HEADING = Pattern.compile("(?i)\\W*(?:latest(?: stories| news| articles| posts)?|"
            + "related(?: articles?| stories| posts?| news| content| reading| coverage| topics| links| videos?)?|"
            + "more (?:stories|news|articles|videos|from [\\w .'&-]{1,40}|on this (?:story|topic)|like this|to read)|"
            + "(?:you|we think you) (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)"
            + "(?: (?:the following|these|this)[\\w ]{0,40})?|"
            + "recommended(?: for you| reading| stories| articles| videos)?|read (?:more|next|also)|trending(?: now| stories)?|"
            + "most (?:popular|read|viewed|shared)|popular (?:posts|stories|articles|now)|further reading|"
            + "(?:\\d+ )?comments?|(?:leave|add) a (?:comment|reply)|post a comment|join the (?:discussion|conversation)|"
            + "about the authors?|share this(?: article| story| post| page)?|editor['’]?s? picks?|what to read next|"
            + "up next|around the web|from (?:our|the) partners|sponsored (?:content|stories|links)|"
            + "don['’]?t miss|top stories|other stories|in other news|also in (?:the )?news|more headlines|keep reading|also on [\\w .]{1,30}|see also|"
            + "recent posts|related posts|similar (?:posts|articles|stories)|tags?|topics?|categories|filed under|"
            + "(?:other|more|similar) (?:posts|articles|stories|recipes|reads|guides)(?: you(?:'ll| may| might| will) "
            + "(?:also )?(?:enjoy|like|love))?|"
            + "explore more|discover more|more in [\\w .&-]{1,30}|read this next|next up|previous (?:post|article)|"
            + "next (?:post|article)|upcoming events|events calendar|community calendar|what['’]s on(?: this "
            + "(?:weekend|week)| today| tonight| in [\\w .'’-]{1,30})?|(?:recent )?obituaries|agenda du week-end"
            + "|agenda de la semaine|avis de décès|todesanzeigen|traueranzeigen|esquelas|necrologie|obituários"
            + "|overlijdensberichten"
            // the same headings in German, French, Spanish, Italian, Portuguese and Dutch
            + "|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|das könnte sie (?:auch )?interessieren"
            + "|(?:à )?lire aussi|sur le même sujet|voir aussi|lea? también|te puede interesar|más noticias"
            + "|noticias relacionadas|leggi anche|potrebbe interessarti|articoli correlati|leia também|veja também"
            + "|mais notícias|notícias relacionadas|lees ook|meer nieuws|gerelateerde artikelen|próximos eventos"
            + "|veranstaltungen|termine|agenda|prossimi eventi|próximos eventos)\\W*");

    /**
     * A heading that opens the page's tail only when short lines or links follow it to the end ("Featured",
     * "Sponsored", "Promoted"): in the text's first part, or before prose, it may head the article's own list.
     */
    static final Pattern TAIL_HEADING = Pattern.compile("(?i)\\W*(?:(?:sponsored|promoted|featured)(?: content| stories"
            + "| articles| posts| links| videos| news| jobs)?|jobs|job listings|careers)\\W*");

    /**
     * "Related: ...", "Read more: ...", "Live updates: ..." single-line pointers to other pages, the word set off by a
     * colon, a bar, "&gt;&gt;", "»" or a spaced dash ("ALSO READ | ...", "Read also - ...").
     */
    static final Pattern POINTER = Pattern.compile("(?i)\\s*(?:related|read more|read also|also read|see also|"
            + "you (?:might|may) also (?:like|enjoy)|"
            + "more|recommended|watch|listen|read next|must read|don['’]?t miss|trending|live updates?|live|"
            + "read|click here|see more|more coverage|more on this|explore|photos|gallery|video|poll|quiz|survey"
            + "|join us|up next|next up|follow(?: live)?)\\s*(?::|\\||>>|»|›|\\s[-–—])\\s*.{0,200}");

    /**
     * The fixed lines of a press release or a page's closing box: "About Acme: Acme is ...", "About the author: ...",
     * "Media contact: ...", "For press inquiries, contact ..."; and a line that opens with "Click here to/for".
     */
    static final Pattern PRESS_BOILERPLATE = Pattern.compile("(?i)\\W*(?:about (?:the )?(?:authors?|writers?|"
            + "reporters?|[A-Z][\\p{L}&.'’ -]{1,40})\\s*:\\s*\\S.*|(?:media|press|investor|public relations)"
            + "(?: (?:and|&) (?:media|press|investor|analyst)s?)? (?:contacts?|relations|inquiries|enquiries|office)\\s*:.*"
            + "|(?-i:SOURCE)\\s+\\p{Lu}[^.!?]{1,60}\\.?|for (?:media|press) (?:inquiries|enquiries|information)"
            + "\\b.*|click here (?:to|for)\\b[^.!?]*[.!?>»\\s]*)");

    /** Reading time, bylines, timestamps and other meta lines. */
    static final Pattern META_LINE = Pattern.compile("(?i)\\s*(?:[·•|]\\s*)?(?:\\d+\\s*(?:-|–)?\\s*min(?:ute)?s?"
            + "(?: read| to read| listen)?|(?:by|written by|posted by|words by|reporting by|edited by|author)\\s*:?"
            + "\\s+[^.!?]{2,60}|(?:published|updated|posted|last updated|last modified|first published|date)"
            + "(?: on| at)?\\s*:?\\s*[^.!?]{0,40}\\d[^.!?]{0,30}|(?:©|copyright|\\(c\\)).{0,200}"
            + "|[^.!?]{0,60}[|·•]\\s*\\d+\\s*min(?:ute)?s?(?: read)?"
            + "|.{0,120}all rights reserved\\.?.{0,60}|image(?:s)? (?:via|courtesy of) .{1,60}"
            + "|(?:(?:photo|image|picture)s? )?courtesy of [^.!?]{1,60}"
            + "|\\(?\\d[\\d,.]*k?\\s*(?:comments?|shares?|likes?|views?|reviews?|reactions?)\\)?"
            + "|(?:home|news)\\s*(?:[>»/›|]\\s*[\\w .&'-]{1,30})+"
            + "|(?:tags|tagged(?: with)?|categories|filed under)\\s*:\\s*[^.!?]{1,120}"
            + "|(?:photo |image )?(?:gallery|slideshow)\\s*[:(]?\\s*\\d+\\s*(?:images|photos|pictures|slides)\\)?"
            + "|\\(with (?:agency )?inputs from [^()]{1,60}\\)|additional reporting (?:by|from) [^.!?]{2,60}\\."
            // a wire's credits: "Reporting by A in B; Editing by C and D"
            + "|(?:(?:additional )?reporting|writing|editing|compiled|sub-?editing) by [^.!?;]{2,80}(?:;\\s*(?:additional "
            + "reporting|reporting|writing|editing|compiled|sub-?editing) by [^.!?;]{2,80})+)\\s*");

    /**
     * The words (either case) a {@link #META_LINE} can start with, after spaces, when it holds none of {@code |·•}
     * and no "all rights reserved" (or else a digit).
     */
    private static final String[] META_LINE_STARTS = {"by", "written", "writing", "editing", "compiled",
        "posted", "words", "reporting", "edited",
        "author", "additional", "gallery", "slideshow", "published", "updated", "last", "first", "date", "\u00a9", "copyright", "(c)", "image", "home",
        "news", "tags", "tagged", "categories", "filed", "courtesy", "photo", "picture", "(with"};

    /** A leading "date 2024-11-09" style dateline stuck to the first sentence. */
    static final Pattern DATELINE_PREFIX = Pattern.compile("(?i)^\\s*(?:date|published|posted|updated)\\s*:?\\s*"
            + "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?\\s+");

    /** The words (either case) a {@link #CALL_TO_ACTION} line can start with, after non-word characters. */
    private static final String[] CALL_TO_ACTION_STARTS = {"subscribe", "sign", "log", "register", "contact", "get",
        "learn", "read", "see", "show", "load", "book", "request", "start", "free", "try", "download", "buy", "shop",
        "order", "join", "newsletter", "home", "about", "services", "share", "copyright", "posts", "projects", "menu",
        "search", "close", "skip", "back", "print", "email", "top", "next", "previous", "jump", "view", "take", "the",
        "your", "stay", "don", "watch", "listen", "vote"};

    /** Calls to action and lone navigation words ("Subscribe", "Get in touch", "Contact us", "Learn more"). */
    static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)\\W*(?:subscribe(?: now| today| for free)?|"
            + "sign ?up(?: now| today| for free)?|sign ?in|log ?in|register(?: now)?|contact(?: us)?|get in touch|"
            + "get started(?: today| now| for free)?|learn more|read more|see more|show more|load more|"
            + "loading(?: posts| comments| paragraph| content)?|book (?:a|your) (?:demo|call|consultation)|"
            + "request a (?:quote|demo)|"
            + "(?:start (?:your )?)?free trial|try (?:it )?(?:for )?free|download(?: now| the app)?|buy now|shop now|"
            + "order now|join(?: now| today| us)?|join (?:our|the) (?:mailing list|newsletter|community|"
            + "facebook group|discord)|newsletters?|home|about(?: us)?|services|share|shares|copyright|posts|"
            + "projects|menu|search|close|skip to (?:main )?content|back to top|print|email|top|next|previous|"
            + "jump to (?:the )?(?:list|recipe|section)|view (?:all|more)|see all|(?:take )?(?:the|your) next step|"
            + "stay connected(?: with (?:me|us))?|start typing(?: to search)?|don['’]?t miss a thing|"
            + "get the free [\\w ]{1,30}|(?:watch|listen)(?: live| now| again)?|vote|(?:view|see) (?:the )?results"
            + "|(?:see|view) all [\\w ]{1,20}|show \\d+ new (?:updates?|posts?|entries|comments?))\\W*");

    /**
     * In-page navigation: "Jump to the list", "Skip to main content", "Back to top", "Back to our top picks" (with
     * arrows).
     */
    private static final Pattern JUMP = Pattern.compile("(?i)\\W*(?:jump to (?:the )?(?:list|recipe|section|content)|"
            + "skip to (?:the )?(?:main )?content|(?:back|return) to (?:the )?top"
            + "|(?:back|return) to (?:our |the )[^.!?]{1,50})\\W*");

    /** A one-paragraph author biography ("Jane Doe is a freelance writer ..."). */
    static final Pattern AUTHOR_BIO = Pattern.compile("(?:[A-Z][\\p{L}.'-]+ ){0,3}[A-Z][\\p{L}.'-]+,? (?:(?:is|was) "
            + "(?:[Aa]n? |[Tt]he |[Oo]ur )(?:[\\p{L}'’-]+ ){0,4}(?i:writer|journalist|reporter|editor|contributor|author|"
            + "researcher|correspondent|columnist|blogger|freelancer|photographer)\\b|(?:covers|writes about|reports on) "
            + "[^.!?]{1,80} for (?:[Tt]he )?[A-Z][^.!?]{1,60}\\.\\s+(?i:(?:you can )?(?:reach|contact|email|follow) "
            + "(?:her|him|them)\\b|(?:she|he|they) (?:can be reached|previously|joined|lives)\\b))");

    /** A line that is only a date: "Sep 16", "March 3, 2025", "3 March 2025", "Tuesday, May 6". */
    static final Pattern DATE_ONLY = Pattern.compile("(?i)\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
            + "(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "[a-z]*\\.?(?:,?\\s+\\d{4})?)\\s*");

    private LinePatterns() {
    }

    /** Whether the whole line is a share bar; a look at its first letter spares most lines the pattern. */
    static boolean isShareBar(String t) {
        return !t.isEmpty() && startsWithOneOf(t, 0, SHARE_BAR_STARTS) && onlyShareBarChars(t)
                && SHARE_BAR.matcher(t).matches();
    }

    /**
     * Whether {@code t} holds only characters a share bar is written in: the ASCII letters of its words, the dash of
     * "e-mail", and its separators (white space, ":|·•,/"). A digit, a full stop or an apostrophe rules it out.
     */
    private static boolean onlyShareBarChars(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || isRegexSpace(c)
                    || ":|\u00b7\u2022,/".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the whole line is a sponsor or advertising line; a first-letter look spares most lines the pattern. */
    static boolean isSponsorLine(String t) {
        int i = 0;
        while (i < t.length() && isRegexSpace(t.charAt(i))) {
            i++;
        }
        return i < t.length() && startsWithOneOf(t, i, SPONSOR_STARTS) && SPONSOR.matcher(t).matches();
    }

    /**
     * Whether the whole line is a meta line ({@code lower} is it lower-cased); a look at its first character and a
     * few markers spares most lines the pattern.
     */
    static boolean isMetaLine(String t, String lower) {
        int i = 0;
        while (i < t.length() && isRegexSpace(t.charAt(i))) {
            i++;
        }
        if (i == t.length()) {
            return false;
        }
        boolean may = startsWithWord(t, i, META_LINE_STARTS) || t.charAt(i) >= '0' && t.charAt(i) <= '9'
                || t.indexOf('|') >= 0 || t.indexOf('\u00b7') >= 0 || t.indexOf('\u2022') >= 0
                || lower.contains("all rights reserved");
        return may && META_LINE.matcher(t).matches();
    }

    /** Whether {@code t} is an in-page navigation phrase ("Jump to the list ⤵", "Skip to content", "Back to top"). */
    static boolean isJumpPhrase(String t) {
        return t.length() < 80 && JUMP.matcher(t).matches();
    }

    /** Whether the whole line is a call to action; a look at its first word spares most lines the pattern. */
    static boolean isCallToAction(String t) {
        int i = 0;
        while (i < t.length() && !isAsciiWordChar(t.charAt(i))) {
            i++;
        }
        return i < t.length() && startsWithWord(t, i, CALL_TO_ACTION_STARTS)
                && CALL_TO_ACTION.matcher(t).matches();
    }

    /**
     * A cheap exact pre-test for a pattern {@code ^\W*(?:...)} whose alternatives each open with one of the ASCII
     * letters {@code lowerFirsts} (in either case) or with a character outside ASCII (a {@code \W}, which the leading
     * run may leave to them): whether the line's first ASCII word character is one of those letters, or a character
     * outside ASCII comes before it.
     */
    static boolean mayOpenWith(String t, String lowerFirsts) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 128) {
                return true;
            }
            if (isAsciiWordChar(c)) {
                return lowerFirsts.indexOf(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) >= 0;
            }
        }
        return false;
    }

    /** The characters of {@code \w} in a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Whether {@code t} has one of the lower-case {@code words} at {@code i}, ignoring case. */
    private static boolean startsWithWord(String t, int i, String[] words) {
        char first = Character.toLowerCase(t.charAt(i));
        for (String w : words) {
            if (w.charAt(0) == first && t.regionMatches(true, i, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t.charAt(i)} is one of the ASCII {@code lowerLetters} in either case ((?i) is ASCII-only). */
    private static boolean startsWithOneOf(String t, int i, String lowerLetters) {
        char c = t.charAt(i);
        return c < 128 && lowerLetters.indexOf(Character.toLowerCase(c)) >= 0;
    }

    /** The characters of {@code \s} in a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
