package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page widget's line that ticks between two fetches never alerts; the article's own figures in a line of the same
 * shape do, and so does a headline compared on its own. Our own wording.
 */
class WidgetLineDiffTest {

    private static final String HEAD = "The ferry ran aground off the island on Sunday night, the coastguard said.\n\n";
    private static final String TAIL = "\n\nAn inquiry into the cause will open next month, the ministry said.";

    private static DiffResult between(String before, String after) {
        return VersionDiff.compare(Claims.analyze(HEAD + before + TAIL, null), Claims.analyze(HEAD + after + TAIL, null));
    }

    @Test
    void aWeatherStripTickingIsSilent() {
        assertThat(between("Lyon 14°C · averses · vent SO 22 km/h", "Lyon 17°C · éclaircies · vent S 9 km/h")
                .significant()).isFalse();
    }

    @Test
    void aRotatingTeaserIsSilent() {
        assertThat(between("Read also: Bus fares rise in May. Council blames fuel costs",
                "Read also: Heatwave warning extended to Sunday").significant()).isFalse();
    }

    @Test
    void theArticlesKeyFiguresChangingAlert() {
        assertThat(between("Key figures: 12 dead · 48 injured · 300 homes evacuated",
                "Key figures: 15 dead · 48 injured · 300 homes evacuated").significant()).isTrue();
    }

    @Test
    void aHeadlineOfBoardShapeStillAlerts() {
        assertThat(Headlines.compare("Powerball jackpot Saturday: $312 million",
                "Powerball jackpot Saturday: $340 million")).isPresent();
    }
}
