package org.claimwatch.clean;

import java.util.List;

/**
 * The cheap first test of the line rules: which rules' words a lower-cased line holds, found in one pass by a
 * {@link WordGate} over every rule's word list. A rule's pattern runs only when its bit is set. The lists stay with
 * their rules; the bits are compile-time constants, so reading one does not load the gate. Pure.
 */
final class LineWords {

    static final long FOLLOW = 1L;
    static final long NEWSLETTER = 1L << 1;
    static final long CONSENT = 1L << 2;
    static final long PAYWALL = 1L << 3;
    static final long APPEAL = 1L << 4;
    static final long READER = 1L << 5;
    static final long PRESS = 1L << 6;
    static final long EXPERT = 1L << 7;
    static final long MACHINERY = 1L << 8;
    static final long POLICY = 1L << 9;
    static final long ERROR = 1L << 10;
    static final long LENT = 1L << 11;
    static final long STANDING = 1L << 12;
    static final long FOREIGN_PROMPT = 1L << 13;
    static final long FOREIGN_WORD = 1L << 14;
    static final long REVIEWED = 1L << 15;
    static final long OUR = 1L << 16;
    static final long TRANSLATION = 1L << 17;
    static final long CRISIS = 1L << 18;
    static final long BIO = 1L << 19;
    static final long PLAYER = 1L << 20;
    static final long PROMOTION = 1L << 21;
    static final long PITCH = 1L << 22;
    static final long OFFER = 1L << 23;
    static final long COMMENTS = 1L << 24;
    static final long CREDIT = 1L << 25;
    static final long AD_LABEL = 1L << 26;
    /** {@link HouseNotices}' and {@link PageCredits}' classes. */
    static final long NOTICE_COMMENTS = 1L << 27;
    static final long NOTICE_FOLLOW = 1L << 28;
    static final long NOTICE_ERRORS = 1L << 29;
    static final long NOTICE_OFFER = 1L << 30;
    static final long NOTICE_SPONSOR = 1L << 31;
    static final long NOTICE_FUNDING = 1L << 32;
    static final long NOTICE_DATA = 1L << 33;
    static final long NOTICE_CALL = 1L << 34;
    static final long NOTICE_EASTERN = 1L << 35;
    /** Any of the {@link ServiceNotes} classes. */
    static final long SERVICE = TRANSLATION | CRISIS | BIO | PLAYER | PROMOTION | PITCH | OFFER | COMMENTS | CREDIT
            | AD_LABEL;

    private static final WordGate GATE = WordGate.of(List.of(LineRules.FOLLOW_WORDS, LineRules.NEWSLETTER_WORDS,
            LineRules.CONSENT_WORDS, LineRules.PAYWALL_WORDS, LineRules.APPEAL_WORDS, LineRules.READER_WORDS,
            LineRules.PRESS_WORDS, LineRules.EXPERT_WORDS, NoticePatterns.MACHINERY_WORDS, NoticePatterns.POLICY_WORDS,
            NoticePatterns.ERROR_WORDS, NoticePatterns.LENT_WORDS, NoticePatterns.STANDING_WORDS,
            ForeignLines.PROMPT_STEMS, ForeignLines.FUNCTION_WORDS, new String[] {"reviewed", "tested"},
            new String[] {"our "}, ServiceNotes.TRANSLATION_WORDS, ServiceNotes.CRISIS_WORDS, ServiceNotes.BIO_WORDS,
            ServiceNotes.PLAYER_WORDS, ServiceNotes.PROMOTION_WORDS, ServiceNotes.PITCH_WORDS, ServiceNotes.OFFER_WORDS,
            ServiceNotes.COMMENT_WORDS, ServiceNotes.CREDIT_WORDS, ServiceNotes.AD_LABEL_WORDS,
            HouseNotices.COMMENT_WORDS, HouseNotices.FOLLOW_WORDS,
            HouseNotices.ERROR_WORDS, HouseNotices.OFFER_WORDS, HouseNotices.SPONSOR_WORDS, HouseNotices.FUNDING_WORDS,
            PageCredits.DATA_WORDS, PublisherNotices.CALL_WORDS, PublisherNotices.EASTERN_WORDS));

    private LineWords() {
    }

    /** The bits of the rules whose words {@code lower} holds. */
    static long of(String lower) {
        return GATE.scan(lower);
    }
}
