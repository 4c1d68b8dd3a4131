package org.claimwatch.db;

import java.util.UUID;

/**
 * The owner written on a lease: {@code stage:instance:uuid}. The instance part (the cluster node id, or {@code local})
 * lets the survivors take back the work of an instance that left the cluster at once, without waiting for its leases
 * to run out; the uuid tells two deployments of one stage apart, so a graceful stop releases only its own leases.
 */
public final class LeaseOwner {

    private LeaseOwner() {
    }

    public static String of(String stage, String instanceId) {
        if (stage.indexOf(':') >= 0 || (instanceId != null && instanceId.indexOf(':') >= 0)) {
            throw new IllegalArgumentException("':' separates a lease owner's parts: " + stage + ", " + instanceId);
        }
        return stage + ":" + (instanceId == null || instanceId.isBlank() ? "local" : instanceId) + ":" + UUID.randomUUID();
    }

    /** The instance part of an owner made by {@link #of}; empty for any other string. */
    public static String instanceOf(String owner) {
        String[] parts = owner == null ? new String[0] : owner.split(":", -1);
        return parts.length == 3 ? parts[1] : "";
    }
}
