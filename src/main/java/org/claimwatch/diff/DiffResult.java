package org.claimwatch.diff;

import java.util.List;

/** The sentence alignment of two versions and the claim changes found in it. Immutable. */
public record DiffResult(List<SentenceLink> alignment, List<ClaimChange> changes) {

    public DiffResult {
        alignment = List.copyOf(alignment);
        changes = List.copyOf(changes);
    }

    /** True when at least one change reaches {@link VersionDiff#ALERT_THRESHOLD}. */
    public boolean significant() {
        for (ClaimChange c : changes) {
            if (c.significance() >= VersionDiff.ALERT_THRESHOLD) {
                return true;
            }
        }
        return false;
    }
}
