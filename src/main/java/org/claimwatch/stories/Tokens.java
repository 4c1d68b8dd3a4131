package org.claimwatch.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words and numbers of a sentence with their offsets, lower-cased; {@code clauseBreak} marks a comma or dash before. */
record Tokens(List<Token> list) {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’\\-]*|\\d[\\d,.]*\\d|\\d");

    record Token(String word, int start, int end, boolean clauseBreak) {
    }

    static Tokens of(String sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        int last = 0;
        while (m.find()) {
            String gap = sentence.substring(last, m.start());
            boolean brk = gap.contains(",") || gap.contains(";") || gap.contains("—") || gap.contains(" - ")
                    || gap.contains(":");
            out.add(new Token(m.group().toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end(), brk));
            last = m.end();
        }
        return new Tokens(List.copyOf(out));
    }

    /** Index of the first token starting at or after {@code offset}, or size() when none. */
    int indexAt(int offset) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).start() >= offset) {
                return i;
            }
        }
        return list.size();
    }

    Token get(int i) {
        return list.get(i);
    }

    int size() {
        return list.size();
    }

    /** True when one of {@code words} occurs in tokens [from, to). */
    boolean any(int from, int to, java.util.Set<String> words) {
        for (int i = Math.max(0, from); i < Math.min(to, list.size()); i++) {
            if (words.contains(list.get(i).word())) {
                return true;
            }
        }
        return false;
    }
}
