package org.claimwatch.stories.pipeline;

import org.claimwatch.stories.ClaimGroup;
import org.claimwatch.stories.GroupStatus;
import org.claimwatch.stories.StoryChange;
import org.claimwatch.stories.StoryJson;

import java.util.List;

/** A story's claim groups after an article joined it, and the changes that article brought. */
record Regrouped(List<ClaimGroup> groups, List<StoryChange> changes) {

    String groupsJson() {
        return StoryJson.groups(groups).toString();
    }

    int disputed() {
        return (int) groups.stream().filter(g -> g.status() == GroupStatus.DISPUTED).count();
    }
}
