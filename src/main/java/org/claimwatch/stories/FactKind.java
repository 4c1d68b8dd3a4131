package org.claimwatch.stories;

/**
 * What a fact carries: a figure, a stance on an assertion ("will close" / "not closed"), a quote's wording, or (with
 * sentence embeddings) a check-worthy sentence no rule keyed: a STATEMENT, grouped by meaning, never deciding a status.
 */
public enum FactKind {
    NUMBER, ASSERTION, QUOTE, STATEMENT
}
