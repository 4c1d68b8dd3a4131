package org.claimwatch.feeds.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A feed item that is new or whose content hash differs from the one stored for its guid. Immutable. */
public record ItemChange(Kind kind, FeedItem item) {

    /** Whether the guid was unknown or known with another content hash. */
    public enum Kind { NEW, UPDATED }

    public ItemChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
    }

    /**
     * The items of {@code items} that are new or updated against {@code knownHashByGuid} (guid to the content hash
     * stored at the last poll), in feed order; unchanged items are left out.
     */
    public static List<ItemChange> detect(Map<String, String> knownHashByGuid, List<FeedItem> items) {
        List<ItemChange> changes = new ArrayList<>();
        for (FeedItem item : items) {
            String known = knownHashByGuid.get(item.guid());
            if (known == null) {
                changes.add(new ItemChange(Kind.NEW, item));
            } else if (!known.equals(item.contentHash())) {
                changes.add(new ItemChange(Kind.UPDATED, item));
            }
        }
        return List.copyOf(changes);
    }
}
