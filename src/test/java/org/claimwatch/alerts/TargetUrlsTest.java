package org.claimwatch.alerts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetUrlsTest {

    @Test
    void keepsOnlyTheOrigin() {
        assertThat(TargetUrls.redact("https://hooks.slack.com/services/T000/B000/XXXXSECRET"))
                .isEqualTo("https://hooks.slack.com/…");
    }

    @Test
    void keepsAnExplicitPortAndDropsCredentialsAndQuery() {
        assertThat(TargetUrls.redact("http://user:pw@hooks.example:8443/in?token=abc")).isEqualTo("http://hooks.example:8443/…");
    }

    @Test
    void unparsableUrlsShowNothing() {
        assertThat(TargetUrls.redact("not a url")).isEqualTo("…");
    }
}
