/**
 * Timing policies for polling: the decaying article re-check schedule, backoff for failing feeds, Retry-After.
 * Pure and thread-safe; time comes from a {@link java.time.Clock} or an explicit instant.
 * Null contract: parameters and results are non-null unless a component's Javadoc says "may be null".
 */
package org.claimwatch.feeds.schedule;
