package org.claimwatch.stories;

import java.util.List;

/** Claims of a story's articles about the same thing, with every outlet's value and the group's status. */
public record ClaimGroup(String key, String label, FactKind kind, GroupStatus status, List<Fact> values) {

    public ClaimGroup {
        values = List.copyOf(values);
    }

    /** The number of distinct articles in the group. */
    public long articles() {
        return values.stream().mapToLong(Fact::articleId).distinct().count();
    }
}
