package org.claimwatch.diff;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claim;
import org.claimwatch.claims.ClaimKind;
import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Passages prepared once per sentence text and reused across the two versions: the same as preparing each alone. */
class PassagesTest {

    private static final String BEFORE = "The agency said 1,200 people had registered by Monday. Related: sign up for our "
            + "newsletter. Turnout was high, officials said. The agency said 1,200 people had registered by Monday.";
    private static final String AFTER = "Turnout was high, officials said. The agency said 1,200 people had registered by "
            + "Monday. Related: sign up for our newsletter. The agency said 1,300 people had registered by Monday.";

    @Test
    void reusedPassagesEqualPassagesPreparedAlone() {
        AnalyzedText before = Claims.analyze(BEFORE, null);
        AnalyzedText after = Claims.analyze(AFTER, null);
        Passages prepared = new Passages();
        List<Passage> a = prepared.of(before);
        List<Passage> b = prepared.of(after);

        assertThat(a).containsExactlyElementsOf(alone(before));
        assertThat(b).containsExactlyElementsOf(alone(after));
        // the moved sentence and the repeated one were reused, at their own index with their own claim keys
        assertThat(b.get(0).tokens()).isSameAs(a.get(2).tokens());
        assertThat(b.get(0).index()).isZero();
        assertThat(a.get(3).tokens()).isSameAs(a.get(0).tokens());
        assertThat(a.get(3).index()).isEqualTo(3);
        assertThat(b.get(2).noise()).isTrue();
        assertThat(b.get(1).claimKeys()).isNotEmpty();
        assertThat(b.get(3).claimKeys()).isNotEmpty();
    }

    /** Each sentence prepared on its own, with the keys of its number and quote claims. */
    private static List<Passage> alone(AnalyzedText text) {
        return java.util.stream.IntStream.range(0, text.sentences().size()).mapToObj(i -> {
            Set<String> keys = new HashSet<>();
            for (Claim c : text.claims()) {
                if ((c.kind() == ClaimKind.QUANTITY || c.kind() == ClaimKind.QUOTE) && c.key() != null
                        && c.sentenceIndex() == i) {
                    keys.add(c.key());
                }
            }
            return Passage.of(i, text.sentences().get(i).text(), keys);
        }).toList();
    }
}
