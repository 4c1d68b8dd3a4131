package org.claimwatch.diff;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Headline changes: a kind of its own, read like a claim, and A/B rotation that is not a storm. */
class HeadlinesTest {

    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void aStanceChangeInsideAHeadlineIsAHedgeAspect() {
        ClaimChange c = Headlines.compare("Qatar to close Hamas office in Doha",
                "Qatar has not permanently closed Hamas office, source says").orElseThrow();
        assertThat(c.kind()).isEqualTo(ChangeKind.HEADLINE_CHANGED);
        assertThat(c.before()).isEqualTo("Qatar to close Hamas office in Doha");
        assertThat(c.aspects()).contains(ChangeKind.HEDGE_CHANGED);
        assertThat(c.significance()).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD);
        assertThat(c.spans()).isNotEmpty();
    }

    @Test
    void aNumberInAHeadlineIsANumberAspectWithItsValues() {
        ClaimChange c = Headlines.compare("Floods kill 12 in Severn valley villages",
                "Floods kill 15 in Severn valley villages").orElseThrow();
        assertThat(c.aspects()).containsExactly(ChangeKind.NUMBER_CHANGED);
        assertThat(c.spans()).extracting(Span::text).containsExactlyInAnyOrder("12", "15");
    }

    @Test
    void aRewordedHeadlineAlertsAndNoiseIsNoChange() {
        assertThat(Headlines.compare("Minister quits over flood response", "Minister resigns after flood response")
                .orElseThrow().significance()).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD);
        assertThat(Headlines.compare("Floods kill 12 in Severn valley", "Floods Kill 12 In Severn Valley")).isEmpty();
        assertThat(Headlines.compare("Mayor calls response “a failure”", "Mayor calls response \"a failure\"")).isEmpty();
        assertThat(Headlines.compare("Goverment confrims flood aid", "Government confirms flood aid")).isEmpty();
        assertThat(Headlines.compare("", "Anything")).isEmpty();
    }

    @Test
    void aBHeadlineRotationIsOneSilentChangeBackNotAStorm() {
        String a = "Qatar to close Hamas office in Doha";
        String b = "Qatar tells Hamas to leave Doha, sources say";
        List<Headlines.Seen> history = new ArrayList<>(List.of(new Headlines.Seen(a, T0)));
        List<ClaimChange> changes = new ArrayList<>();
        String[] rotation = {b, a, b, a, b, a};
        for (int i = 0; i < rotation.length; i++) {
            Instant at = T0.plus(Duration.ofMinutes(15L * (i + 1)));
            Optional<ClaimChange> c = Headlines.compare(history, rotation[i], at);
            c.ifPresent(changes::add);
            history.add(new Headlines.Seen(rotation[i], at));
        }
        assertThat(changes).hasSize(6);
        assertThat(changes.get(0).returning()).isFalse();
        assertThat(changes.get(0).significance()).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD);
        assertThat(changes.subList(1, 6)).allSatisfy(c -> {
            assertThat(c.returning()).isTrue();
            assertThat(c.significance()).isLessThan(VersionDiff.ALERT_THRESHOLD);
        });
        assertThat(changes.get(1).after()).isEqualTo(a);
        assertThat(changes.stream().filter(c -> c.significance() >= VersionDiff.ALERT_THRESHOLD)).hasSize(1);
    }

    @Test
    void aHeadlineReturningAfterADayIsANewChange() {
        String a = "Qatar to close Hamas office in Doha";
        String b = "Qatar tells Hamas to leave Doha, sources say";
        List<Headlines.Seen> history = List.of(new Headlines.Seen(a, T0), new Headlines.Seen(b, T0.plusSeconds(60)));
        ClaimChange c = Headlines.compare(history, a, T0.plus(Duration.ofDays(2))).orElseThrow();
        assertThat(c.returning()).isFalse();
        assertThat(c.significance()).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD);
        assertThat(Headlines.compare(history, b + " ", T0.plusSeconds(120))).isEmpty();
    }
}
