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
    void corpusCoversEveryChangeKindAndNoise() throws Exception {
        List<DiffCase> all = new java.util.ArrayList<>(cases);
        all.addAll(DiffCorpus.hardCases(Path.of("src/test/resources/diff")));
        assertThat(all.stream().flatMap(c -> c.expected().stream()).map(DiffCase.Expected::kind).distinct())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(org.claimwatch.diff.ChangeKind.values())
                        .filter(k -> k != org.claimwatch.diff.ChangeKind.CORRECTION_REMOVED)
                        .toArray(org.claimwatch.diff.ChangeKind[]::new));
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

    /** The hard cases (issue 22): noise that must never alert, kinds that must be right, notes, headlines. */
    @Test
    void hardCasesMeetTheGoals() throws Exception {
        DiffScore hard = DiffScore.of(DiffCorpus.hardCases(Path.of("src/test/resources/diff")));
        assertThat(hard.noiseCases()).isGreaterThanOrEqualTo(40);
        assertThat(hard.noiseAlerts()).as(String.join("\n", hard.misses())).isZero();
        assertThat(hard.precision()).as(String.join("\n", hard.misses())).isGreaterThanOrEqualTo(0.98);
        assertThat(hard.recall()).as(String.join("\n", hard.misses())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void typedChangesAreFound() {
        assertThat(score.recall()).as(String.join("\n", score.misses())).isGreaterThanOrEqualTo(0.95);
    }
}
