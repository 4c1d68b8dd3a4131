package org.claimwatch.claims;

/**
 * A relation between two numbers of one claim, by index into {@link Claim#numbers()}: {@code part} "of"
 * {@code whole} as in "97 of the 251 hostages". {@code kind} is "part-of" (the only kind so far).
 */
public record NumberRelation(int part, int whole, String kind) {
}
