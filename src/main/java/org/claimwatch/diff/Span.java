package org.claimwatch.diff;

/**
 * A word-level edit: characters [start, end) of the change's before text (DELETE) or after text (INSERT),
 * with the words themselves. Immutable.
 */
public record Span(SpanKind kind, int start, int end, String text) {
}
