package org.claimwatch.stories;

import java.time.LocalDate;

/**
 * One outlet's value or wording for a claim group: {@code key} names the group ("hostage:hold",
 * "assert:office:close", "quote:ansari:..."), {@code label} says it in words. For NUMBER: {@code value}, its
 * {@code qualifier} ("more than", nullable) and {@code running} (a count that may grow: "to date", "remain").
 * For ASSERTION: {@code stance} ("close" or "not close"). A STATEMENT has neither (key "statement:ARTICLE:START"). {@code text}, {@code start}, {@code end}: the sentence
 * and its offsets in the article's cleaned text. Nullable: value, qualifier, stance, source, date, url.
 */
public record Fact(String key, String label, FactKind kind, Double value, String qualifier, boolean running,
                   String stance, String text, int start, int end, String source,
                   long articleId, long versionId, String outlet, String url, LocalDate date) {

    /** A short display of the value: "about 1,200", "not close", or the wording of a quote. */
    public String display() {
        return switch (kind) {
            case NUMBER -> (qualifier == null ? "" : qualifier + " ") + formatted(value);
            case ASSERTION -> stance;
            case QUOTE, STATEMENT -> text;
        };
    }

    static String formatted(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%,d", v.longValue())
                : String.format(java.util.Locale.ROOT, "%,.2f", v);
    }
}
