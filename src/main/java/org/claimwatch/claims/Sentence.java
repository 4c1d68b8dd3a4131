package org.claimwatch.claims;

/**
 * A sentence of cleaned text with its character offsets [start, end), the index of the paragraph it
 * belongs to, its check-worthiness ({@code score} in [0,1] and the yes/no decision {@code checkworthy}), and how sure
 * the widget model is that the line it stands in is a page widget's ({@code widget} in [0,1], {@link WidgetLines}).
 */
public record Sentence(int index, String text, int start, int end, int paragraph, double score, boolean checkworthy,
                       double widget) {
}
