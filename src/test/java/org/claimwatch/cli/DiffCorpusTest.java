package org.claimwatch.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff corpus (programmatic and hand-written version pairs from real text) scored end to end. */
class DiffCorpusTest {

    private static List<DiffCase> cases;
    private static DiffScore score;

    @BeforeAll
    static void score() throws Exception {
        cases = DiffCorpus.load(Path.of("src/test/resources/diff"));
        score = DiffScore.of(cases);
    }

    @Test
    void corpusCoversEveryChangeKindAndNoise() {
        assertThat(cases.stream().flatMap(c -> c.expected().stream()).map(DiffCase.Expected::kind).distinct())
                .containsExactlyInAnyOrder(org.claimwatch.diff.ChangeKind.values());
        assertThat(cases.stream().filter(DiffCase::noise).count()).isGreaterThanOrEqualTo(80);
        assertThat(score.expected()).isGreaterThanOrEqualTo(130);
    }

    @Test
    void noiseOnlyPairsNeverAlert() {
        assertThat(score.noiseAlerts()).as(String.join("\n", score.misses())).isZero();
    }

    @Test
    void typedChangesArePrecise() {
        assertThat(score.precision()).as(String.join("\n", score.misses())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void typedChangesAreFound() {
        assertThat(score.recall()).as(String.join("\n", score.misses())).isGreaterThanOrEqualTo(0.95);
    }
}
