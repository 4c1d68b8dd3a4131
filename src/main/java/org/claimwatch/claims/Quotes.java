package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quoted passages of a sentence and their speaker ("...,” said X", "X said: “..."). A quote that
 * opens and does not close runs to the sentence end (it continues in the next sentence). Thread-safe.
 */
final class Quotes {

    /** A quoted passage [start, end) of the sentence (quote marks included) and its speaker, if stated. */
    record Found(int start, int end, String speaker) {
    }

    static final String SAY = "said|says|say|told|tells|added|adds|stated|explained|explains|warned|warns|noted|notes"
            + "|insisted|insists|declared|wrote|writes|tweeted|posted|announced|announces|claimed|claims|argued|argues"
            + "|asked|asks|replied|continued|stressed|stresses|confirmed|confirms|denied|denies|reported|reports"
            + "|acknowledged|admitted|recalled|urged|cautioned|conceded|estimated";
    /** Fewer words are scare quotes ("lack of good faith") unless a speaker is stated. */
    private static final int MIN_WORDS = 5;
    private static final int MIN_WORDS_WITH_SPEAKER = 3;
    private static final Pattern AFTER_INVERTED = Pattern.compile("^\\s*,?\\s*(?:" + SAY + ")\\s+(?<np>[^,.;:“\"]+)");
    private static final int WINDOW = 100;
    private static final Pattern SAY_WORD = Pattern.compile("\\b(?:" + SAY + ")\\b");
    private static final Pattern SAY_END = Pattern.compile("\\b(?:" + SAY + ")(?:\\s+that)?\\s*[:,]?\\s*$");
    private static final Pattern NP_CHARS = Pattern.compile("[^,.;:“”\"]{1,80}");

    private Quotes() {
    }

    /** The quotes of {@code sentence} (sentence-relative offsets) with speakers as written. */
    static List<Found> find(String sentence) {
        List<int[]> spans = spans(sentence);
        List<Found> out = new ArrayList<>();
        for (int[] s : spans) {
            int words = words(sentence, s[0], s[1]);
            if (words < MIN_WORDS_WITH_SPEAKER) {
                continue;
            }
            String speaker = speaker(sentence, s[0], s[1]);
            if (words >= MIN_WORDS || speaker != null) {
                out.add(new Found(s[0], s[1], speaker));
            }
        }
        return out;
    }

    private static List<int[]> spans(String t) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        boolean straightOpen = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '“' && open < 0) {
                open = i;
            } else if (c == '”') {
                out.add(new int[] {Math.max(open, 0), i + 1});
                open = -1;
                straightOpen = false;
            } else if (c == '"') {
                if (straightOpen && open >= 0) {
                    out.add(new int[] {open, i + 1});
                    open = -1;
                    straightOpen = false;
                } else if (open < 0) {
                    open = i;
                    straightOpen = true;
                }
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, t.length()});
        }
        return out;
    }

    private static int words(String t, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(t.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static String speaker(String t, int start, int end) {
        String after = t.substring(end);
        Matcher m = AFTER_INVERTED.matcher(after);
        if (m.find()) {
            return Sources.name(m.group("np"));
        }
        m = SAY_WORD.matcher(after).region(0, Math.min(after.length(), WINDOW));
        if (m.find()) {
            String np = after.substring(0, m.start()).strip();
            np = np.startsWith(",") ? np.substring(1).strip() : np;
            if (!np.isEmpty() && NP_CHARS.matcher(np).matches() && Sources.isSpeakerPhrase(np)) {
                return Sources.name(np);
            }
        }
        String before = t.substring(0, start);
        m = SAY_END.matcher(before).region(Math.max(0, before.length() - WINDOW), before.length());
        if (m.find()) {
            String np = Sources.phraseBefore(before.substring(0, m.start()));
            if (np != null && Sources.isSpeakerPhrase(np)) {
                return Sources.name(np);
            }
        }
        return null;
    }
}
