package org.claimwatch.tracker;

import java.time.Instant;

/**
 * One stored claim change as an Atom entry sees it. Text fields may be null (an added claim has no before).
 *
 * @param id the claim change id (stable: the entry id is derived from it)
 */
public record ChangeEntry(long id, long articleId, String kind, String title, String url, String outlet,
                          String before, String after, double significance, Instant created, int fromVersion,
                          int toVersion) {
}
