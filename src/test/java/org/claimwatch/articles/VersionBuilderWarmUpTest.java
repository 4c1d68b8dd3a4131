package org.claimwatch.articles;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up the process stage runs at start goes through the real cleaner-free path: one figure changed, the stamp silent. */
class VersionBuilderWarmUpTest {

    @Test
    void findsTheFigureAndNotTheStamp() {
        assertThat(VersionBuilder.warmUp()).isEqualTo(1);
    }
}
