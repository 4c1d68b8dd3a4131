/**
 * The decaying article re-check schedule.
 * Pure and thread-safe; time comes from a {@link java.time.Clock} or an explicit instant.
 * Null contract: parameters and results are non-null unless a component's Javadoc says "may be null".
 */
package org.claimwatch.articles.schedule;
