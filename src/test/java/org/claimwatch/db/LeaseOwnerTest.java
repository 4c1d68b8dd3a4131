package org.claimwatch.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeaseOwnerTest {

    @Test
    void anOwnerNamesItsStageAndInstanceAndIsUniquePerDeployment() {
        String a = LeaseOwner.of("fetch", "5f0c1a2b-node");
        assertThat(a).startsWith("fetch:5f0c1a2b-node:");
        assertThat(LeaseOwner.instanceOf(a)).isEqualTo("5f0c1a2b-node");
        assertThat(LeaseOwner.of("fetch", "5f0c1a2b-node")).isNotEqualTo(a);
    }

    @Test
    void withoutAnInstanceIdTheInstanceIsLocal() {
        assertThat(LeaseOwner.instanceOf(LeaseOwner.of("poll", ""))).isEqualTo("local");
        assertThat(LeaseOwner.instanceOf(LeaseOwner.of("poll", null))).isEqualTo("local");
    }

    @Test
    void ownersOfEarlierVersionsHaveNoInstance() {
        assertThat(LeaseOwner.instanceOf("poll-0b6c4f5e-8a8e-4a59-9b1e-1f6f0f0f0f0f")).isEmpty();
        assertThat(LeaseOwner.instanceOf(null)).isEmpty();
    }

    @Test
    void aColonInAPartIsRefused() {
        assertThatThrownBy(() -> LeaseOwner.of("fetch", "a:b")).isInstanceOf(IllegalArgumentException.class);
    }
}
