package org.claimwatch.clean;

import java.util.regex.Pattern;

/**
 * Lines that speak about the page rather than the news: notices of its machinery (a plugin or a newer browser
 * needed, content not available in a region, the age of the page, a gallery's controls), news-agency captions ("In
 * this March 4 photo, ..."), a share line that is a label and a link, and pointers to the outlet's own policies or
 * to its error form. Each test is behind a cheap word check. Pure.
 */
final class NoticePatterns {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String WEEKDAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?";
    private static final String MEDIUM = "(?:photos?|photographs?|images?|pictures?|video grabs?|frame grabs?|"
            + "screen ?grabs?|stills?|handout photos?|file photos?)";

    /** (Found anywhere in a short line.) What the page needs to show its content, or where it is not shown. */
    private static final Pattern MACHINERY = Pattern.compile("(?i)(?:\\byour browser (?:does ?n[o']t|doesn’t|cannot|"
            + "can['’]?t|is unable to) (?:support|play|display|show)|\\b(?:update|upgrade) your browser\\b"
            + "|\\bneeds? an? (?:newer|modern|more recent|supported) browser|\\b(?:flash(?: player)?|javascript|"
            + "an? (?:newer|modern) browser|a plug-?in) (?:is|are|must be) (?:required|needed|enabled|installed)"
            + "|\\bmust be (?:enabled|installed) (?:to|in order to) (?:view|play|watch|see)"
            + "|\\b(?:is|are) (?:not|no longer|currently not) available in your (?:region|country|location|area)\\b"
            + "|^\\W*(?:this )?(?:video|audio|clip|content|media|embed)(?: is)? (?:unavailable|not available|"
            + "no longer available)\\W*$"
            + "|^\\W*(?:this|the) (?:article|story|post|piece|page|content) is (?:more|over) than (?:a|an|one|two|"
            + "three|four|five|six|seven|eight|nine|ten|\\d+) (?:years?|months?|weeks?|days?) old\\W*$)");

    static final String[] MACHINERY_WORDS = {"browser", "flash", "javascript", "plug", "must be enabled",
        "must be installed", "available in your", "unavailable", "not available", "s old", "r old", "k old", "h old", "y old"};

    private static final String[] CONTROL_OPENERS = {"image", "photo", "picture", "slide", "item", "video",
        "toggle", "hide", "show", "expand", "collapse", "close", "enlarge", "zoom", "view", "open", "see", "full"};

    /** A gallery's or a picture's control, a line of its own ("Image 3 of 12", "Toggle caption", "Enlarge"). */
    private static final Pattern CONTROL = Pattern.compile("(?i)\\W*(?:(?:image|photo|picture|slide|item|video)s? "
            + "\\d+ (?:of|/) \\d+|(?:toggle|hide|show|expand|collapse|close) (?:the )?(?:captions?|image|photo|"
            + "gallery|more)|(?:enlarge|expand|zoom(?: in)?|view|open|see) (?:this |the )?(?:image|photo|picture|"
            + "gallery|larger(?: image)?|full[- ]?screen|in (?:gallery|full ?screen))(?: in (?:the )?(?:gallery|full ?screen|"
            + "a new (?:tab|window)))?|enlarge|full ?screen)\\W*");

    /**
     * A news agency's caption, opening the line: "In this March 4, 2024 photo, ...", "FILE - In this file photo
     * taken ...", "In a Tuesday, May 7 photo, ...", "This undated photo provided by ... shows ...". A photo posted
     * somewhere ("In a photo posted on ...") is reported, not shown, and stays.
     */
    private static final Pattern AGENCY_CAPTION = Pattern.compile("(?i)\\W*(?:file\\s*(?:photo\\s*)?[-–—:]\\s*)?"
            + "(?:in (?:this|these)\\b(?:[^,;.!?]|[.,](?=\\s*\\d)|(?<=\\d{4}),){0,60}?\\b" + MEDIUM + "(?:,|\\s+(?:provided|released|made|taken|"
            + "obtained|shot|distributed|from|by|courtesy|supplied|posted by)\\b)"
            + "|in an? (?:" + WEEKDAY + "|" + MONTH + ")[^!?;]{0,40}?\\b" + MEDIUM + "(?:,|\\s+(?:provided|"
            + "released|made|taken|obtained|from|by)\\b)"
            + "|(?:this|these) (?:[\\w.,'’-]+ ){0,6}?" + MEDIUM + " (?:provided|released|made available|obtained|"
            + "taken|supplied|distributed|shows?)\\b).*");

    private static final String[] CAPTION_OPENERS = {"in this", "in these", "in a ", "in an ", "this ", "these ",
        "file"};

    /** A photo credit alone: "Courtesy Leeds City Council" (the "of" form is a meta line). */
    private static final Pattern COURTESY = Pattern.compile("\\W*(?i:courtesy)\\s*:?\\s+(?:[A-Z][\\p{L}\\d.&'’-]*"
            + "(?:\\s+(?:of|the|and|for|de|la|[A-Z][\\p{L}.&'’-]*)){0,6})\\W*");

    /**
     * A label that offers the page's own link, and the link: "Read or share this story: https://...", "Permalink:
     * http://...". A source's or a resource's address ("Website: https://...") is the article's.
     */
    private static final Pattern SHARE_LINK = Pattern.compile("(?i)\\W*[\\w'’ ]{0,30}\\b(?:share|shared|"
            + "permalink|permanent link|short ?(?:url|link)|link to (?:this|the) (?:story|article|page|post)|"
            + "(?:this|the) (?:story|article|page|post)(?:['’]s)? (?:url|link))\\b[\\w'’ ]{0,30}:\\s*"
            + "(?:https?://|www\\.)\\S+\\s*");

    /** A pointer to the outlet's own policies: "... about our review policy here", "Our standards: ...". */
    private static final Pattern POLICY_POINTER = Pattern.compile("(?i)(?:\\bour (?:own )?(?:ethics|editorial|"
            + "review|reviews|corrections?|comments?|commenting|community|privacy|reporting|journalistic|"
            + "sourcing|trust|fact-?checking) (?:policy|policies|standards|guidelines|principles)\\b"
            + "|^\\W*our (?:standards|principles)\\s*:)");

    static final String[] POLICY_WORDS = {"polic", "standards", "guidelines", "principles"};

    /** A prompt to report an error: "Spotted a mistake? Let us know.", "Report an error". */
    private static final Pattern ERROR_PROMPT = Pattern.compile("(?i)(?:\\bif you (?:spot|find|see|notice) an? (?:mistake"
            + "|error|typo|inaccuracy)\\b|\\b(?:spotted|found|seen|notice[ds]?|see) an? "
            + "(?:mistake|error|typo|inaccuracy)(?: in (?:this|the|our) (?:article|story|report|piece|post))?\\s*\\?|^\\W*(?:to )?(?:report|submit|suggest|flag) (?:an? )?(?:error|"
            + "correction|typo|mistake|inaccuracy)s?\\b)");

    static final String[] ERROR_WORDS = {"mistake", "error", "typo", "inaccura", "correction"};

    /** A disclosure of how a product was reviewed: "This phone was reviewed on a unit loaned by the maker". */
    private static final Pattern REVIEW_UNIT = Pattern.compile("(?i)\\b(?:was|were|has been|have been) (?:tested|"
            + "reviewed) (?:on|using|with) (?:an? |the )?(?:[\\w-]+ ){0,3}(?:unit|copy|code|sample|device|model|key|"
            + "loaner)s? (?:provided|loaned|lent|supplied|sent|given)\\b");

    static final String[] LENT_WORDS = {"provided", "loaned", "lent", "supplied", "sent", "given"};

    /**
     * An excerpt of another page, cut off by an ellipsis and a link to read on: "... the \u2026 Read more \u00bb",
     * "... Continue reading \u2192" (a title may follow in the link).
     */
    private static final Pattern EXCERPT = Pattern.compile("(?is).*(?:\u2026|\\.\\.\\.)\\s*\\[?\\s*(?:(?:read|view|see)\\s+more"
            + "|more|continue reading|keep reading|read on|full (?:story|article|post)|read the (?:full|rest of the) "
            + "(?:story|article|post))\\s*\\]?\\s*[\u00bb\u203a\u2192>]*[^.!?]{0,120}");

    /**
     * (Found anywhere in a short line.) Standing notes of the outlet: legal and opinion disclaimers, a delayed-data
     * note, a price that may have changed, a print-edition note, a syndication note, an embedded post's fallback,
     * a link to the same article in another language, a map's or a player's chrome.
     */
    private static final Pattern STANDING_NOTE = Pattern.compile("(?i)" + PitchPatterns.startsAt("1abcdfgilmnopqrtv")
            + "(?:\\bfor (?:informational|information|"
            + "educational|general information) purposes only\\b|\\bdoes not constitute (?:financial|investment|legal|"
            + "medical|tax|professional) advice\\b|\\bpast performance is not (?:indicative|a guarantee|a reliable)"
            + "|\\b(?:views|opinions) expressed (?:in this [\\w-]+ |here(?:in)? |above )?are (?:those of the (?:author|"
            + "writer)s?|the (?:author|writer)['’]s own|solely)|\\bdo(?:es)? not necessarily (?:reflect|represent) the "
            + "(?:views|opinions|positions?|policy)\\b|\\b(?:data|quotes|prices) (?:is |are )?delayed (?:by )?(?:at least )?\\d+ minutes"
            + "|\\bprices? (?:may|might|could) have changed since (?:publication|publishing)"
            + "|\\ba version of this (?:article|story) (?:appears|appeared|was published) in print\\b"
            + "|\\b(?:this|the) (?:article|story) (?:appears|appeared) in (?:the )?[\\w ]{0,30}print edition"
            + "|\\bis republished (?:here )?(?:under|with|via)\\b|\\brepublished (?:here )?under (?:a )?creative commons"
            + "|^\\W*view this (?:post|photo|video|profile|reel) on (?:instagram|facebook|tiktok|x|twitter|threads|youtube)"
            + "|^\\W*an? (?:post|photo|video|reel) shared by [^()]{1,60}\\(@[\\w.]+\\)"
            + "|^\\W*(?:read|view) (?:this|the) (?:article|story|page) in (?:english|spanish|french|german|italian|"
            + "portuguese|dutch|arabic|chinese|russian|ukrainian|polish|turkish|japanese|korean|hindi)\\W*$"
            + "|^\\W*map data\\s*©|\\breport a map error|^\\W*tap (?:the map|to interact|to expand|to zoom)"
            + "|^\\W*(?:now playing|autoplay\\s*:?\\s*(?:on|off))\\W*$"
            + "|\\bmay not be (?:published|reproduced|republished|copied|used)\\b[^.]{0,60}\\b(?:redistributed|distributed|"
            + "reproduced|rewritten)"
            // gambling and offer terms, press-release sources, reprints, syndicated feeds, sponsors' messages
            + "|\\bt\\s?&\\s?cs? apply\\b|\\bnew customers only\\b|\\bgamble ?aware|\\b(?:gamble|bet|play) responsibly\\b"
            + "|\\b18\\+ only\\b"
            + "|^\\W*story source\\s*:|\\bmaterials? (?:provided|supplied) by\\b|\\bcontent may be edited for "
            + "(?:style|length|clarity)|\\breprints? (?:and|&) (?:licensing|permissions)\\b|\\blicensing requests\\b"
            + "|\\b(?:auto-?generated|published) from an? (?:syndicated|wire|agency|news agency) feed\\b"
            + "|^\\W*an? (?:message|word) from (?:our sponsor|[^:]{1,40}):)");

    static final String[] STANDING_WORDS = {"purposes only", "constitute", "past performance", "expressed",
        "necessarily", "delayed", "changed since", "in print", "print edition", "republished", "view this",
        "shared by", "article in ", "story in ", "page in ", "map data", "map error", "tap the", "tap to",
        "now playing", "autoplay", "may not be", "t&c", "t & c", "new customers", "gamble", "responsibly", "18+", "story source",
        "materials provided", "material provided", "materials supplied", "edited for", "reprint",
        "licensing request", "syndicated feed", "wire feed", "agency feed", "message from", "word from"};

    /** A line of a market board alone: "AAPL 189.43 +1.12%", "DAX 18.214,60 −0,31 %" (one quote or more). */
    private static final Pattern QUOTE_LINE = Pattern.compile("(?:\\p{Lu}[\\p{L}\\d.&/^-]{0,9}(?:\\s\\p{Lu}[\\p{Lu}\\d]{1,5})?"
            + "(?:\\s\\d{2,4})?\\s+(?:[$€£¥]?\\s?\\d[\\d.,]*"
            + "\\s*)?[+\\-−▲▼]\\s?\\d[\\d.,]*\\s*%?\\s*(?:\\([+\\-−]?\\d[\\d.,]*\\s*%\\))?\\s*[|•·]?\\s*)+");

    /** A counter of a gallery alone: "1 of 24", "3/12". */
    private static final Pattern COUNT_OF = Pattern.compile("\\W*\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}\\W*");

    private NoticePatterns() {
    }

    /** Whether {@code t} (lower-cased {@code lower}, at most a short line) notes the page's machinery. */
    static boolean isMachinery(String t, String lower, long words) {
        return (words & LineWords.MACHINERY) != 0 && MACHINERY.matcher(t).find()
                || t.length() < 12 && COUNT_OF.matcher(t).matches()
                || t.length() < 120 && (t.indexOf('%') >= 0 || t.indexOf('−') >= 0 || t.indexOf('+') >= 0
                || t.indexOf('▲') >= 0 || t.indexOf('▼') >= 0)
                && QUOTE_LINE.matcher(t).matches()
                || t.length() < 40 && startsWithAny(lower, firstLetter(lower), CONTROL_OPENERS)
                && CONTROL.matcher(t).matches();
    }

    /** Whether {@code t} reads as one quote of a market board ("Morwell $362,000 −1.4%"). */
    static boolean isQuoteLine(String t) {
        return QUOTE_LINE.matcher(t).matches();
    }

    /** Whether {@code t} is a news agency's caption or a credit alone. */
    static boolean isAgencyCaption(String t, String lower) {
        if (t.length() < 60 && lower.contains("courtesy") && COURTESY.matcher(t).matches()) {
            return true;
        }
        return startsWithAny(lower, firstLetter(lower), CAPTION_OPENERS) && hasMedium(lower)
                && AGENCY_CAPTION.matcher(t).matches();
    }

    /** Whether {@code t} is a label and a link and nothing else. */
    static boolean isShareLink(String t) {
        return t.length() < 160 && (t.contains("http") || t.contains("www.")) && SHARE_LINK.matcher(t).matches();
    }

    /** Whether {@code t} points to the outlet's own policies or error form, or discloses a loaned review unit. */
    static boolean isHousePointer(String t, long words) {
        return (words & LineWords.OUR) != 0 && (words & LineWords.POLICY) != 0 && POLICY_POINTER.matcher(t).find()
                || (words & LineWords.ERROR) != 0 && ERROR_PROMPT.matcher(t).find()
                || (words & LineWords.REVIEWED) != 0 && (words & LineWords.LENT) != 0 && REVIEW_UNIT.matcher(t).find();
    }

    /** Whether {@code t} is two or more calls to action joined by a dot or a bar ("Vote · View results"). */
    static boolean isCallsToAction(String t) {
        if (t.indexOf('\u00b7') < 0 && t.indexOf('|') < 0 && t.indexOf('\u2022') < 0) {
            return false;
        }
        for (String part : t.split("[\u00b7|\u2022]")) {
            if (!part.isBlank() && !LinePatterns.isCallToAction(part.strip())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code t} is a standing note of the outlet (a disclaimer, a print or syndication note, chrome). */
    static boolean isStandingNote(String t, long words) {
        return (words & LineWords.STANDING) != 0 && STANDING_NOTE.matcher(t).find();
    }

    /** Whether {@code t} is an excerpt of another page that ends in an ellipsis and a link to read on. */
    static boolean isExcerpt(String t, String lower) {
        return (t.indexOf('\u2026') >= 0 || t.contains("...")) && (lower.contains("more") || lower.contains("read")
                || lower.contains("full ")) && EXCERPT.matcher(t).matches();
    }

    private static int firstLetter(String lower) {
        int i = 0;
        while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean hasMedium(String lower) {
        return lower.contains("photo") || lower.contains("image") || lower.contains("picture")
                || lower.contains("grab") || lower.contains("still");
    }

    private static boolean startsWithAny(String lower, int i, String[] words) {
        for (String w : words) {
            if (lower.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }
}
