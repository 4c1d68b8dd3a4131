/**
 * Feed autodiscovery: the feeds a site page links to, and the usual feed paths to try. Pure and thread-safe.
 * Null contract: parameters and results are non-null unless a component's Javadoc says "may be null".
 */
package org.claimwatch.feeds.discover;
