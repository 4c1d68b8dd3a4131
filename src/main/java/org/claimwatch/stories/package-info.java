/**
 * Stories: the same event across outlets. Pure core (no Vert.x): grouping articles into stories by weighted
 * term similarity through an inverted index, aligning the claims of a story's articles into groups with a
 * status (agreed, disputed, updated), and the diff of a new article against the story so far. Nothing here
 * returns null unless its Javadoc says so.
 */
package org.claimwatch.stories;
