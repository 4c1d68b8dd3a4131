package org.claimwatch.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Root is decided by the effective uid in /proc/self/status, never by who owns /proc/self. */
class EmbeddedPostgresUserTest {

    @Test
    void theEffectiveUidIsTheSecondFieldOfTheUidLine() {
        assertThat(EmbeddedPostgres.effectiveUid("Uid:\t999\t999\t999\t999")).isEqualTo(999);
        assertThat(EmbeddedPostgres.effectiveUid("Uid:\t0\t1000\t0\t1000")).isEqualTo(1000);
        assertThat(EmbeddedPostgres.effectiveUid("Uid:\t0\t0\t0\t0")).isZero();
    }

    @Test
    void isRootAgreesWithThisProcess() throws Exception {
        String uidLine = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow();
        assertThat(EmbeddedPostgres.isRoot()).isEqualTo(uidLine.split("\\s+")[2].equals("0"));
    }
}
