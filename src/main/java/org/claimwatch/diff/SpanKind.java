package org.claimwatch.diff;

/** DELETE: words taken out of the before text; INSERT: words put into the after text. */
public enum SpanKind {
    DELETE, INSERT
}
