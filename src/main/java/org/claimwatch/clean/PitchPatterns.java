package org.claimwatch.clean;

import java.util.regex.Pattern;

/** Lines that pitch to the reader: follow, newsletter, donation and app appeals, buttons, paywalls, consent notices. */
final class PitchPatterns {

    /**
     * (Found anywhere in a line.) "Follow us on X", "Like us on Facebook", "Join our WhatsApp channel", "Add us to
     * your Google News feed" and the like.
     */
    static final Pattern FOLLOW = Pattern.compile("(?i)(?=[fljsab])(?:\\bfollow (?:us|me|@\\w+|[\\w .]{1,40}?) (?:on|at|via) "
            + LinePatterns.NETWORKS + "|\\bfollow us\\b|\\blike us on facebook|\\bjoin (?:us|our [\\w ]{0,30}) on " + LinePatterns.NETWORKS
            // joining, as a call: the sentence opens with it ("... would join a Telegram channel" is news)
            + "|(?:^|[.!?:—–]\\s+)\\W*join (?:our|the|[\\w .'’&-]{1,40}) (?:whatsapp|telegram|signal|viber) (?:channel|group|community)"
            + "|\\bsubscribe to our (?:youtube|channel)"
            + "|\\bfind us on " + LinePatterns.NETWORKS + "|\\bfollow on " + LinePatterns.NETWORKS
            + "|\\badd [\\w .&'’-]{1,40} to your (?:google news|news ?feed|feed|timeline|home ?screen|reading list|"
            + "favou?rites|preferred sources)\\b|\\bbecome a fan (?:of [\\w .&'’-]{1,40} )?on facebook\\b"
            // a topic's or an author's follow button
            + "|^\\W*follow [\\w .&'’-]{1,40}? to (?:get|receive) (?:\\w+ )?(?:alerts|notifications|updates|e-?mails)\\b)");

    /** Newsletter sign-up lines. */
    static final Pattern NEWSLETTER = Pattern.compile("(?i)" + startsAt("bdegimnsuy") + "(?:\\bsign up (?:for|to) (?:our|the|my)\\b"
            + "|\\bsubscribe (?:to|for) (?:our|the|my) [\\w ]{0,40}(?:newsletter|updates|emails|list|podcast)"
            + "|\\bnewsletter sign-?up|\\bget (?:our|the) [\\w ]{0,40}newsletter|\\bdelivered (?:straight |directly )?"
            + "to your inbox|\\bin your inbox\\b|\\benter your email|\\bsubscribe now\\b"
            + "|\\bsign up now\\b|\\bsubscribe here\\b|\\bby signing up,? you agree"
            + "|\\bby clicking [\\w ]{1,30}, you (?:confirm|agree)|\\bunsubscribe at any time|\\bstraight to your inbox"
            + "|\\byou(?:'re|’re| are) (?:now )?subscribed\\b"
            + "|\\bsign up (?:for free |now |today )?to (?:read|continue|keep reading|unlock)\\b"
            + "|^\\W*get (?:the|our|all the|today['’]s)\\b[^.!?]{0,60}\\b(?:by|via|in your) e-?mail\\b"
            + "|\\byou (?:received|are receiving|got) this (?:e-?mail|newsletter|message) because\\b"
            + "|\\bmanage (?:your )?(?:e-?mail )?preferences\\b|^\\W*unsubscribe\\b)");

    /** Affiliate disclosures, donation appeals, notification and rating prompts (found anywhere in a short line). */
    static final Pattern APPEAL = Pattern.compile("(?i)" + startsAt("aefghilmopqrstv") + "(?:\\baffiliate (?:links?|marketer|commission)|"
            + "\\bearn (?:us |me )?(?:a )?(?:small )?commissions?\\b|\\bqualifying purchases\\b|\\bpreferred source on google|"
            + "\\bfunded by (?:readers|our readers|members)|\\bsupport (?:our|independent) journalism|"
            + "\\breceive notifications\\b|\\bturn on notifications|\\bleave a (?:star )?rating|"
            + "\\bplease leave (?:us |me )?an? (?:review|rating)|\\badvertising on (?:our|this) (?:site|website) helps|"
            + "\\breader donations\\b|\\b(?:one-off|one-time|monthly|recurring) (?:or (?:monthly|one-off|one-time|"
            + "recurring) )?donations?\\b|"
            + "\\b(?:links?|products?) (?:in|on|within) this (?:article|post|page|story) (?:are|may be|might be) "
            + "affiliate|"
            + "\\badd [\\w ]{0,30}as an? (?:preferred|reliable|trusted)[\\w ]{0,30}source|"
            + "\\bview (?:it|this (?:email|newsletter)) in your browser|\\bhelp (?:me|us) spread the word|"
            + "\\brate this (?:recipe|article|post)|\\bget updates from this (?:writer|author)|"
            + "\\bfor free to get updates|\\bif you (?:liked|enjoyed) this (?:article|post|story),? please)");

    /**
     * (Found anywhere in a short line.) Prompts to the reader and credits of the page: app downloads, news tips,
     * comment prompts, "listen to this article", deal disclaimers, republication and production credits, reader
     * call-outs, "thanks for reading".
     */
    static final Pattern READER_PROMPT = Pattern.compile("(?i)" + startsAt("abcdfghilprstwy") + "(?:"
            + "\\b(?:download|get|install) (?:our|the [\\w ]{1,30}) app\\b|"
            + "\\b(?:got|have) a (?:news )?tip\\b|\\bsend (?:us )?(?:your )?(?:news )?tips\\b|"
            + "\\b(?:got|have) a story idea\\b|\\b(?:do you )?have something to add to (?:this|the) (?:story|article)\\b|\\b(?:got|have) a (?:story|tip|news tip) or a (?:tip|story)\\s*\\?|\\b(?:got|have you got|do you have) a story\\s*\\?|\\bwe pay for "
            + "(?:your )?stories\\b|^\\W*readers like you\\b|\\byour (?:contribution|support|donation|gift) helps "
            + "(?:fund|us|keep|pay|power)\\b|\\breader-supported publication\\b|\\bto receive new posts\\b|"
            + "^\\W*(?:was|is) this (?:article|story|page|guide|information) (?:helpful|useful)\\s*\\??\\s*$|"
            + "\\bhave your say\\b|\\b(?:leave|post|add|share) (?:a|your) (?:comments?|thoughts|reply) "
            + "(?:below|in the comments)|\\blet us know in the comments|"
            + "\\blisten to this (?:article|story)\\b|\\b(?:accurate|correct) (?:at|as of) the time of "
            + "(?:publishing|publication|writing|posting)\\b|"
            + "\\b(?:this|the) (?:article|story|post|piece) (?:originally|first) appeared (?:on|in|at)\\b|"
            + "\\bread the original (?:article|story)\\b|\\brepublished (?:from|with permission)|"
            + "\\b(?:this|the) (?:article|story|report|piece|series|project) (?:was|is) (?:produced|published|written|"
            + "reported|made possible|supported|funded) (?:in partnership|in collaboration|with (?:the )?support|"
            + "with funding|by a grant|through a grant)|"
            + "\\b(?:do you have|have you got|got) an? (?:story|experience) (?:about|of|with)\\b|"
            + "^\\W*thank(?:s| you) for reading\\b|\\b(?:(?:rely|depend|count) on|because of|thanks to|supported by|funded by) (?:readers|supporters|members|people) like you\\b|"
            + "\\bif you (?:value|appreciate|enjoy|like) (?:our|this|the) (?:reporting|journalism|work|coverage)\\b|"
            + "\\bplease consider (?:making )?(?:a )?(?:contribution|donation|donating|supporting us|subscribing)\\b)");

    /** A closing sales pitch: "Want to ...?", "Ready to ...?", "Looking for ...?" and the like. */
    static final Pattern PITCH = Pattern.compile("(?i)\\W*(?:want to|ready to|looking for|need (?:help|a|an)|"
            + "interested in|do you (?:want|need)|struggling with|get (?:a|your) free|try [\\w ]{1,30} (?:for )?free|"
            + "start (?:your|a) free|request a|contact us|get in touch|call us|reach out|"
            + "to get started,? (?:request|contact|call|reach out|sign up|book|schedule))\\b.{0,250}");

    /**
     * A shop button or its lead-in: "Buy on Amazon", "Buy now from one of our trusted retail partners:"; a price at
     * a shop: "$21.99 at Amazon".
     */
    static final Pattern SHOP_BUTTON = Pattern.compile("(?i)\\W*(?:buy (?:it |this )?(?:now )?(?:on|at|from) "
            + "[^.!?]{1,50}|[$€£]\\s?\\d[\\d.,]*\\s+(?:at|from|on|@)\\s+(?-i:\\p{Lu})[\\w.&' -]{1,30})");

    /** (Found anywhere in a line that is no sentence.) "Talk To Our Social Media Marketing Experts" and the like. */
    static final Pattern EXPERT_CALL = Pattern.compile("(?i)\\b(?:talk|speak|chat) (?:to|with) (?:our|an?|one of our) "
            + "[\\w ]{0,40}?(?:experts?|specialists?|advisors?|consultants?)\\b");

    /**
     * The text of a button: a short imperative ("View Premium Services", "Get a demo", "Start your free trial"),
     * or a call to action. Only for links standing alone at the end of a small box.
     */
    static final Pattern BUTTON = Pattern.compile("(?i)\\W*(?:(?:view|see|explore|discover|get|try|start|join|shop|"
            + "buy|learn|download|sign|subscribe|book|request|claim|unlock|compare|check|visit|talk|contact|call|"
            + "apply|register|order|upgrade|schedule|save|reserve|grab|enrol|enroll)\\b[\\w'’&-]*"
            + "(?:\\s+[\\w'’&$.-]+){0,3})\\W*");

    /** (Found anywhere in a short line.) A line that opens a closing pitch: subscriptions, donations, log-in. */
    static final Pattern TAIL_OPENER = Pattern.compile("(?i)" + opensWith("abcfpst") + "(?:^\\W*(?:subscribe|sign up|join|get|become)\\b"
            + "[^.!?]{0,60}\\b(?:newsletters?|mailing list|subscribers?|members?|updates)\\b|^\\W*subscribe to\\b"
            + "|(?:share|tell us) your story|favou?r to ask|promotion has (?:expired|ended)|already have an account"
            + "|already a (?:member|subscriber)|comment via|thank you for subscribing|by subscribing"
            + "|become a (?:paid )?(?:member|patron|subscriber)|^\\W*(?:support|donate to) (?:us|our)\\b)");

    /** Phrases of a paywall or registration wall. */
    static final Pattern PAYWALL = Pattern.compile("(?i)" + opensWith("abclrstuy0-9") + "(?:subscribe (?:now )?to (?:continue|keep) reading|"
            + "to continue reading,? (?:please )?(?:subscribe|log ?in|sign ?in|register)|"
            + "(?:this|the) (?:article|story|content|post) is (?:only )?(?:available|reserved|exclusive) (?:to|for) "
            + "(?:paid |paying )?(?:subscribers|members)|already a (?:subscriber|member)\\?|subscribers? only|"
            + "(?:log|sign) ?in to (?:continue|read|keep reading)|register (?:now )?to (?:continue|read)|"
            + "you(?:'ve| have) reached (?:your|the) (?:free )?(?:article|story)? ?limit|"
            + "unlock (?:this|full) (?:article|story|access)|become a (?:subscriber|member) to (?:read|continue)|"
            + "create a free account to\\b|you(?:'ve|’ve| have) read \\d+ of (?:your )?\\d+ free (?:articles|stories)"
            + "|\\d+ free (?:articles|stories) (?:left|remaining)|^\\W*continue reading (?:with|for) (?:an? |"
            + "your )?(?:subscription|membership|free account|account)\\W*$)");

    /** Cookie and consent notices. */
    static final Pattern CONSENT = Pattern.compile("(?i)" + startsAt("acdejoptwy") + "(?:\\bwe use cookies\\b|\\b(?:this|our) (?:web)?site uses "
            + "cookies\\b|\\baccept (?:all )?cookies\\b|\\bcookie (?:policy|settings|preferences)\\b"
            + "|\\byou are using an outdated browser|\\benable javascript\\b|\\bjavascript is (?:disabled|required)"
            + "|\\b(?:you(?:'re|’re| are)|you seem to be|you appear to be) (?:using|running) an? ad[ -]?blocker"
            + "|\\b(?:disable|turn off|pause) (?:your|the) ad[ -]?blocker|\\bwhitelist (?:our|this) (?:site|website|domain)"
            + "|\\b(?:allow|accept|enable) (?:the )?cookies\\b|\\b(?:this|the) (?:content|video|post|embed) is (?:hosted|"
            + "provided) by a third[- ]party|\\bthird[- ]party content\\b)");

    private PitchPatterns() {
    }

    /**
     * Where a match of a pattern whose every alternative opens with {@code ^} or with {@code \b} and one of
     * {@code letters} can start, put before its alternatives: a zero-width look that changes no match, and lets the
     * engine pass over every other position at one test instead of trying each alternative there (issue 15).
     */
    static String startsAt(String letters) {
        return "(?:^|\\b(?=[" + letters + "]))";
    }

    /** As {@link #startsAt}, for a pattern whose alternatives open with {@code ^} or one of {@code chars}. */
    private static String opensWith(String chars) {
        return "(?:^|(?=[" + chars + "]))";
    }
}
