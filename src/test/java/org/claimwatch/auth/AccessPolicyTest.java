package org.claimwatch.auth;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy(false);
    private final AccessPolicy publicMode = new AccessPolicy(true);

    @Test
    void pageAndHealthAndSignInAreOpen() {
        assertThat(policy.required("GET", "/")).isEmpty();
        assertThat(policy.required("GET", "/js/app.js")).isEmpty();
        assertThat(policy.required("GET", "/health")).isEmpty();
        assertThat(policy.required("POST", "/api/session")).isEmpty();
    }

    @Test
    void readsNeedAViewer() {
        assertThat(policy.required("GET", "/api/feeds")).contains(Role.VIEWER);
        assertThat(policy.required("GET", "/eventbus/info")).contains(Role.VIEWER);
        assertThat(policy.required("GET", "/feeds/changes.atom")).contains(Role.VIEWER);
    }

    @Test
    void editorialWritesNeedAnEditor() {
        assertThat(policy.required("POST", "/api/feeds")).contains(Role.EDITOR);
        assertThat(policy.required("DELETE", "/api/subscriptions/3")).contains(Role.EDITOR);
        assertThat(policy.required("POST", "/api/stories/3/merge")).contains(Role.EDITOR);
    }

    @Test
    void viewersListWebhookSubscriptionsButDeliveriesAreForEditorsEvenToRead() {
        assertThat(policy.required("GET", "/api/subscriptions")).contains(Role.VIEWER);
        assertThat(policy.required("GET", "/api/subscriptions/3")).contains(Role.VIEWER);
        assertThat(policy.required("POST", "/api/subscriptions")).contains(Role.EDITOR);
        assertThat(policy.required("GET", "/api/subscriptions/3/deliveries")).contains(Role.EDITOR);
        assertThat(policy.required("GET", "/api/deliveries/4/attempts")).contains(Role.EDITOR);
    }

    @Test
    void usersAuditAndUnknownWritesNeedAnAdmin() {
        assertThat(policy.required("GET", "/api/users")).contains(Role.ADMIN);
        assertThat(policy.required("GET", "/api/audit")).contains(Role.ADMIN);
        assertThat(policy.required("POST", "/api/something-new")).contains(Role.ADMIN);
    }

    @Test
    void publicModeOpensOnlyTheLivePageData() {
        assertThat(publicMode.required("GET", "/api/changes")).isEqualTo(Optional.empty());
        assertThat(publicMode.required("GET", "/eventbus/info")).isEmpty();
        assertThat(publicMode.required("GET", "/api/feeds")).contains(Role.VIEWER);
        assertThat(publicMode.required("POST", "/api/changes")).contains(Role.ADMIN);
    }
}
