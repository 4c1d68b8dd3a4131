package org.claimwatch.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Readers' comments left under the article when their boxes have no telling names: after the first paragraph, a
 * comments heading ("Comments (2)", "Réactions des lecteurs (14)", "Comentarios", in sixteen languages) followed by
 * a commenter's line (a name and a time or a date: "Jorge M. hace 2 horas", "Modou 04/02/2025 à 12:05"), or by
 * nothing. From the heading to the end is the thread. A name and a time without that heading is a live blog's post,
 * and stays. Pure.
 */
final class CommentThread {

    private static final Pattern HEADING = Pattern.compile("(?iu)^\\W*(?:(?:readers?['’]?|users?['’]?|your)\\s+)?"
            + "(?:comments?|reactions?|réactions|comentarios|comentários|commenti|kommentare|reacties|reakcje|komentarze|"
            + "yorumlar|σχόλια|комментарии|коментарі|תגובות|התגובות|تعليقات|التعليقات)(?:\\s+(?:des|de los|dei|der|van)"
            + "\\s+(?:lecteurs|lectores|lettori|leser|lezers))?\\s*(?:\\(\\d+\\)|\\d+)?\\W*$");

    private static final String TIME = "(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}(?:,?\\s+(?:à|a las|at|um|alle|às|om|klo)?"
            + "\\s*\\d{1,2}[:h.]\\d{2})?|\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?|(?:hace|il y a|vor|há)\\s+\\d+\\s+\\p{L}+"
            + "|\\d+\\s+(?:hours?|minutes?|mins?|days?|weeks?|months?|h|min|d)\\s+ago|\\d+\\s+\\p{L}+\\s+(?:fa|geleden|önce|"
            + "temu|назад)|just now|yesterday|ayer|hier|gestern|ieri|ontem)";
    private static final Pattern COMMENTER = Pattern.compile("(?u)^\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "\\s+(?i:" + TIME + ")\\s*$");

    private static final int MAX_HEADING = 45;
    private static final int MAX_COMMENTER = 60;

    private CommentThread() {
    }

    /**
     * Removes the thread from {@code kept} ({@code keptAt}: each kept block's index in {@code blocks}); true when there
     * was one. A heading that a line rule already dropped ("Comments (2)") still opens the thread after it.
     */
    static boolean cut(List<Block> kept, List<Integer> keptAt, List<Block> blocks) {
        for (int h = kept.size() - 1; h > 0; h--) {
            String t = kept.get(h).text();
            if (t.length() <= MAX_HEADING && HEADING.matcher(t).matches()
                    && (h + 1 == kept.size() || commenter(kept.get(h + 1).text()))) {
                cut(kept, keptAt, h);
                return true;
            }
            int at = keptAt.get(h);
            if (commenter(t) && at > 0 && (h == 0 || keptAt.get(h - 1) < at - 1)) {
                String before = blocks.get(at - 1).text();
                if (before.length() <= MAX_HEADING && HEADING.matcher(before).matches()) {
                    cut(kept, keptAt, h);
                    return true;
                }
            }
        }
        return false;
    }

    private static void cut(List<Block> kept, List<Integer> keptAt, int from) {
        kept.subList(from, kept.size()).clear();
        keptAt.subList(from, keptAt.size()).clear();
    }

    static boolean commenter(String t) {
        return t.length() <= MAX_COMMENTER && COMMENTER.matcher(t).matches();
    }
}
