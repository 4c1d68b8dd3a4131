package org.claimwatch.stories;

/** What a fact carries: a figure, a stance on an assertion ("will close" / "not closed"), or a quote's wording. */
public enum FactKind {
    NUMBER, ASSERTION, QUOTE
}
