/**
 * URL canonicalisation and the outbound network guard. Pure and thread-safe; nothing here resolves or connects.
 * Null contract: parameters and results are non-null unless a component's Javadoc says "may be null".
 */
package org.claimwatch.net;
