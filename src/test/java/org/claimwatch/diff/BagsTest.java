package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Word bags built once per sentence text (passages reused across versions) are the bags built sentence by sentence. */
class BagsTest {

    private static final String BEFORE = "Officials said 12 people were killed in Rafah on Monday. The army denied it. "
            + "Officials said 12 people were killed in Rafah on Monday. Aid trucks were stopped at the crossing.";
    private static final String AFTER = "The army denied it. Officials said 14 people were killed in Rafah on Monday. "
            + "Aid trucks were stopped at the crossing. Officials said 12 people were killed in Rafah on Monday.";

    @Test
    void sharedPassagesGiveTheSameBagsAsPassagesPreparedAlone() {
        Passages prepared = new Passages();
        List<Passage> a = prepared.of(Claims.analyze(BEFORE, null));
        List<Passage> b = prepared.of(Claims.analyze(AFTER, null));
        assertThat(b.get(0).tokens()).isSameAs(a.get(1).tokens()); // the memo is exercised
        Bags shared = new Bags(a, b);
        Bags alone = new Bags(fresh(a), fresh(b));

        assertThat(shared.idsA).isDeepEqualTo(alone.idsA);
        assertThat(shared.cntA).isDeepEqualTo(alone.cntA);
        assertThat(shared.idsB).isDeepEqualTo(alone.idsB);
        assertThat(shared.cntB).isDeepEqualTo(alone.cntB);
        assertThat(shared.df).containsExactly(alone.df);
        assertThat(shared.weight).containsExactly(alone.weight);
        // a reused bag belongs to its own sentence: the edited figure is in new sentence 1 only
        assertThat(shared.dice(0, 3)).isEqualTo(1.0);
        assertThat(shared.dice(0, 1)).isLessThan(1.0);
        assertThat(shared.dice(1, 0)).isEqualTo(1.0);
    }

    private static List<Passage> fresh(List<Passage> ps) {
        return ps.stream().map(p -> Passage.of(p.index(), p.text(), p.claimKeys())).toList();
    }
}
