/**
 * Claims: splits cleaned article text into sentences and typed, normalised claims (quantities, quotes,
 * attributions, hedges, statements) with stable keys and a check-worthiness score per sentence.
 * Pure Java, thread-safe, no I/O except loading the shipped models from the class path.
 * Null contract: parameters and record components are non-null unless their Javadoc says nullable.
 */
package org.claimwatch.claims;
