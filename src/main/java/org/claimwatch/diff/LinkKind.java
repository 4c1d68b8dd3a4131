package org.claimwatch.diff;

/** How an old sentence reappears in the new version (ADDED: a new sentence with no old counterpart). */
public enum LinkKind {
    UNCHANGED, EDITED, REMOVED, MOVED, SPLIT, MERGED, ADDED
}
