package org.claimwatch.clean;

import org.claimwatch.clean.bench.BenchPage;
import org.claimwatch.clean.bench.BenchScorer;
import org.claimwatch.clean.bench.BenchSet;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Regression guard: the cleaner's word-F1 on a committed 25-page WCXB subset must not fall below a floor. */
class BenchRegressionTest {

    /** Measured 0.9626 on this subset when the floor was set; the floor sits a little under it. */
    private static final double WORD_F1_FLOOR = 0.95;

    private static List<BenchPage> subset() throws Exception {
        Path dir = Path.of(BenchRegressionTest.class.getResource("/clean/bench-subset/ground-truth.jsonl").toURI())
                .getParent();
        return BenchSet.load(dir);
    }

    @Test
    void subsetHasAllItsPages() throws Exception {
        assertThat(subset()).hasSize(25);
    }

    @Test
    void wordF1StaysAboveTheFloor() throws Exception {
        BenchScorer.Summary s = BenchScorer.run(subset());
        assertThat(s.wordF1()).isGreaterThanOrEqualTo(WORD_F1_FLOOR);
    }
}
