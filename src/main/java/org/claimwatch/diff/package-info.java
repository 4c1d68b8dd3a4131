/**
 * Version diff: aligns two analysed versions of an article sentence by sentence and reports typed claim
 * changes (numbers, quotes, attributions, hedges), staying silent on noise. Pure and thread-safe; every
 * parameter and return value is non-null unless its Javadoc says otherwise.
 */
package org.claimwatch.diff;
