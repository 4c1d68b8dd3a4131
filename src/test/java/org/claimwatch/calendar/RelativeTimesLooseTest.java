package org.claimwatch.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's stamp of how long ago it was updated, written as newsrooms write it rather than word for word as CLDR
 * does: a word of CLDR's phrase left out ("5 menit lalu" for "5 menit yang lalu"), an abbreviation's full stop at the
 * end ("pre 7 min."). A sentence that mentions a duration is still none. Written before the change (session 21), our
 * own wording; the class is the relative-timestamp pairs of TUNE volatile-batch56 and -60. First run: 2 of 4 stamps
 * missed (the Polish and Malay ones were CLDR's words), 0 of 4 sentences taken.
 */
class RelativeTimesLooseTest {

    @ParameterizedTest
    @ValueSource(strings = {"Diperbarui 12 menit lalu", "Ažurirano pre 9 min.", "Aktualizacja 15 min temu",
        "Dikemas kini 3 jam lalu"})
    void aStampWrittenLooselyIsAStamp(String line) {
        assertThat(RelativeTimes.isStamp(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The ceasefire began 12 hours ago, the army said.", "Rescuers searched for 10 hours",
        "Selama 5 menit", "Polisi tiba 20 menit kemudian"})
    void aSentenceWithADurationIsNone(String line) {
        assertThat(RelativeTimes.isStamp(line)).as(line).isFalse();
    }
}
