package org.claimwatch.alerts;

import org.claimwatch.db.SqlResource;

/** Every SQL statement of alerts, each loaded once from {@code sql/alerts/<verb>-<object>.sql}. */
enum AlertSql {
    SELECT_ACTIVE_SUBSCRIPTIONS("select-active-subscriptions"),
    INSERT_DELIVERY("insert-delivery"),
    LEASE_DUE_DELIVERIES("lease-due-deliveries"),
    RECORD_ATTEMPT("record-attempt"),
    RELEASE_DELIVERIES("release-deliveries"),
    RELEASE_DEPARTED_DELIVERY_LEASES("release-departed-delivery-leases"),
    SELECT_DIGEST_ROWS("select-digest-rows"),
    DELETE_DELIVERIES("delete-deliveries"),
    DISABLE_SUBSCRIPTION("disable-subscription"),
    INSERT_SUBSCRIPTION("insert-subscription"),
    SELECT_SUBSCRIPTIONS("select-subscriptions"),
    SELECT_SUBSCRIPTION_SECRETS("select-subscription-secrets"),
    UPDATE_SUBSCRIPTION("update-subscription"),
    DELETE_SUBSCRIPTION("delete-subscription"),
    ROTATE_SECRET("rotate-secret"),
    SELECT_DELIVERIES("select-deliveries"),
    SELECT_ATTEMPTS("select-attempts"),
    REDELIVER("redeliver"),
    PRUNE_DELIVERIES("prune-deliveries");

    private final String sql;

    AlertSql(String name) {
        this.sql = SqlResource.load("alerts/" + name);
    }

    String sql() {
        return sql;
    }
}
