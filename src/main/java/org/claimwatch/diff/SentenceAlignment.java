package org.claimwatch.diff;

import java.util.List;

/** The sentence links for the caller and the groups of aligned sentences for change classification. */
record SentenceAlignment(List<SentenceLink> links, List<Group> groups) {
}
