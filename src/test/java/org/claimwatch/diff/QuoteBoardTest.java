package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A market's quote line ticks: a name of a few words, its level and its signed move ("SMI 12'104.50 +0.35%",
 * "Hang Seng 17,650.33 ▲ 212.40"), whatever the script of its minus sign or its grouping of digits. A sentence about a
 * market, or a line that says more than a name, still alerts when its figures move. Our own wording, written before
 * the rule (session 21), the class of the market tickers of TUNE volatile-batch63, -65 and -82. First run: 3 of 7
 * quote lines alerted (Swiss grouping, an index whose name holds a figure, a "pts" word; the other four were already
 * minor), 0 of 3 controls missed.
 */
class QuoteBoardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DAX 18.432,10 +0,62 % | DAX 18.391,55 −0,22 %",
        "SMI 12'104.50 +0.35% | SMI 12'088.20 −0.13%",
        "Hang Seng 17,650.33 ▲ 212.40 | Hang Seng 17,598.10 ▼ 52.23",
        "BIST 100 9.812,45 +1,05% | BIST 100 9.790,12 −0,23%",
        "Brent 82.15 -0.40% | Brent 81.90 -0.70%",
        "Nikkei 225  39,104.22  −88.10 | Nikkei 225  39,310.05  +117.73",
        "CAC 40 7 912,45 pts +0,31 % | CAC 40 7 899,02 pts −0,17 %",
    })
    void aQuoteLineTickingIsMinor(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The DAX closed at 18,432 points, up 0.6%. | The DAX closed at 18,391 points, down 0.2%.",
        "Unemployment in the region rose to 5.1% from 4.8% +0.3 | Unemployment in the region rose to 5.4% from 4.8% +0.6",
        "Evacuated: 1,200 residents +300 | Evacuated: 1,900 residents +700",
    })
    void aMarketSentenceOrAFactThatMovesAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isTrue();
    }
}
