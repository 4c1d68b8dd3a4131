package org.claimwatch.diff;

/** Spelling fixes: a word replaced by itself misspelled or corrected is no change of claim. Pure. */
final class Typos {

    private Typos() {
    }

    /**
     * True when replacing {@code a} by {@code b} is a spelling fix: a small edit distance between words outside
     * the lexicon, or a slip of a hedge or cue word fixed or made ({@link Respellings}).
     */
    static boolean isTypo(Token a, Token b) {
        if (a.number() != b.number()) {
            return misspelledNumberWord(a.number() ? a : b, a.number() ? b : a);
        }
        if (a.number() || b.number() || Contrasts.sameClass(a.norm(), b.norm()) || Numbers.isScale(a.norm())
                || Numbers.isScale(b.norm()) || otherDays(a.norm(), b.norm())) {
            return false;
        }
        if (Lexicon.isMeaningful(a.norm()) || Lexicon.isMeaningful(b.norm())) {
            return Respellings.isSlip(a.norm(), b.norm());
        }
        String x = a.norm();
        String y = b.norm();
        int len = Math.min(x.length(), y.length());
        if (len < 4 || Contrasts.negatedByPrefix(x, y)) {
            return false;
        }
        int d = distance(x, y);
        return d <= 1 || (d <= 2 && len >= 8);
    }

    /** Two weekdays, with their case endings ("tiistaina", "torstaina"), that are two days. */
    private static boolean otherDays(String x, String y) {
        Integer a = org.claimwatch.calendar.DayNames.dayWithEnding(x);
        Integer b = a == null ? null : org.claimwatch.calendar.DayNames.dayWithEnding(y);
        return b != null && !a.equals(b);
    }

    /**
     * True when {@code other} is {@code number} (a spelled-out number) misspelled: "fourty" → "forty", "Thre" →
     * "Three", "ninety" → "ninty". The other word is letters only, not a word we know (a stop word such as "none"
     * or "on" stays a change) and within one edit (two for long words); short number words ("one", "ten") and
     * "half"/"dozen" are left out: too many real words lie one letter away.
     */
    private static final java.util.Set<String> NOT_COUNTS = java.util.Set.of("half", "dozen", "dozens");

    private static boolean misspelledNumberWord(Token number, Token other) {
        String n = number.norm();
        String o = other.norm();
        if (!Tokenizer.NUMBER_WORDS.contains(n) || n.length() < 4 || NOT_COUNTS.contains(n) || o.length() < 4
                || !o.chars().allMatch(Character::isLetter)
                || Lexicon.STOP.contains(o) || Lexicon.isMeaningful(o)) {
            return false;
        }
        int d = distance(n, o);
        return d <= 1 || d <= 2 && Math.min(n.length(), o.length()) >= 6;
    }

    /**
     * True when {@link #distance}{@code (a, b) <= 1}: equal, or one insertion, deletion, substitution or adjacent
     * swap apart. Linear, without the table.
     */
    static boolean withinOneEdit(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        while (i < n && i < m && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (n != m) {
            return n < m ? a.regionMatches(i, b, i + 1, n - i) : b.regionMatches(i, a, i + 1, m - i);
        }
        if (i >= n - 1) {
            return true;
        }
        return a.regionMatches(i + 1, b, i + 1, n - i - 1)
                || a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, n - i - 2);
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 2) {
            return 3;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
