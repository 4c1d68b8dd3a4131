package org.claimwatch.claims;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A call to action (issue 15, class 3): a short sentence that opens with an imperative of the closed class that promo
 * boxes, newsletter and app sign-ups and shop teasers use ("Get …", "Try our …", "Unlock …", "Don't miss …"), speaks
 * to the reader or sells (you/your/our/us, free, % off, trial, premium, subscription, today, now), and carries no
 * quotation, no attribution ("…, police told residents" is news) and no amount of money or date (service journalism's
 * "Check your eligibility for the new $500 rebate" carries a fact an editor wants flagged). It asserts nothing
 * checkable: never a claim, never an alert. Pure, thread-safe.
 */
public final class CallToAction {

    /** Sentence-opening imperatives of promotion (lower case, after any bullet, emoji or opening punctuation). */
    private static final Set<String> VERBS = Set.of("get", "try", "start", "join", "subscribe", "sign", "learn",
            "discover", "download", "shop", "buy", "order", "book", "save", "unlock", "claim", "grab", "invest",
            "upgrade", "register", "explore", "find", "see", "check", "contact", "visit", "request", "compare",
            "use", "enjoy", "watch", "listen", "follow", "become", "give", "donate", "support", "install", "enter",
            "apply", "reserve", "browse", "meet", "read");
    /** "Don't miss", "Do not miss". */
    private static final Pattern DONT = Pattern.compile("(?i)^(?:don['’]t|do not|never)\\s+(?:miss|forget|wait)\\b");
    /** Whom it speaks to, or what it sells. */
    private static final Pattern PITCH = Pattern.compile("(?iu)\\b(?:you|your|yours|our|us|free|trial|premium"
            + "|subscription|subscribers?|newsletter|inbox|app|discount|coupon|deal|today|now)\\b|\\d\\s*%\\s*off\\b");
    /** Reported speech or a quotation: the sentence reports a source, it does not pitch. */
    private static final Pattern REPORTED = Pattern.compile("(?iu)[\"“”«»]|\\b(?:said|says|told|according to|urged"
            + "|warned|advised|asked|added|wrote|announced|stated)\\b");
    /** A fact a pitch may carry that an editor would want flagged: an amount of money, a year or a calendar date. */
    private static final Pattern FACT = Pattern.compile("(?iu)[$€£¥]\\s*\\d|\\d\\s*(?:dollars|euros|pounds|million|billion"
            + "|bn|m\\b)|\\b(?:19|20)\\d{2}\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d");
    /** The first words {@link #DONT} can match: "don", "do" or "never" in any case. */
    private static final Set<String> DONT_WORDS = Set.of("don", "do", "never");
    private static final int MAX_WORDS = 24;

    private CallToAction() {
    }

    public static boolean is(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return false;
        }
        // the opening word first: most sentences fail there, before any pattern runs over the whole sentence
        String text = sentence.strip();
        int start = skip(text, 0, false);
        if (start == text.length()) {
            return false;
        }
        String word = text.substring(start, skip(text, start, true)).toLowerCase(Locale.ROOT);
        boolean imperative = VERBS.contains(word) && !nounUse(text.substring(start))
                || DONT_WORDS.contains(word) && DONT.matcher(text.substring(start)).lookingAt();
        return imperative && words(text) <= MAX_WORDS && !REPORTED.matcher(text).find() && !FACT.matcher(text).find()
                && PITCH.matcher(text).find();
    }

    /**
     * Where the run of letters ({@code \p{L}}, {@code letters} true) or of other code points ({@code letters} false)
     * that starts at {@code from} ends. Past the other code points from 0, then past the letters, it finds the opening
     * word that {@code ^[^\p{L}]*(\p{L}+)} finds, without a matcher per sentence.
     */
    private static int skip(String text, int from, boolean letters) {
        int k = from;
        while (k < text.length()) {
            int c = text.codePointAt(k);
            if (Character.isLetter(c) != letters) {
                return k;
            }
            k += Character.charCount(c);
        }
        return k;
    }

    /** "Save the Children …", "Order of the day …": a verb of the class that opens a name or a noun phrase. */
    private static boolean nounUse(String opening) {
        String[] w = opening.split("\\s+", 3);
        if (w.length < 2) {
            return true;
        }
        String next = w[1].replaceAll("[^\\p{L}]", "");
        return next.equals("of") || !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                && !next.equals("Our") && !next.equals("Your") && !w[1].startsWith("I");
    }

    private static int words(String sentence) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean letter = Character.isLetterOrDigit(sentence.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
