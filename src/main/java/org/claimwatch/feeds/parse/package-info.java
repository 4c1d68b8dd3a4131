/**
 * Feed parsing: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x into {@link org.claimwatch.feeds.parse.ParsedFeed}.
 * Pure and thread-safe; no network access, DTDs and entity declarations are refused, never expanded.
 * Null contract: parameters and results are non-null unless a component's Javadoc says "may be null".
 */
package org.claimwatch.feeds.parse;
