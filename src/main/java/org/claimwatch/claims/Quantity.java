package org.claimwatch.claims;

/**
 * A normalised number: {@code value} in digits, {@code qualifier} such as "more than" / "at least" /
 * "about" / "up to" (null when none), {@code unit} the noun or unit counted (null when unknown),
 * and the offsets of the written form in the cleaned text.
 */
public record Quantity(double value, String qualifier, String unit, String text, int start, int end) {
}
