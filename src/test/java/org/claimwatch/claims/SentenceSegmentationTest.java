package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSegmentationTest {

    private static List<String> split(String text) {
        return Segmentation.NEWS_RULES.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void titlesAreNotSentenceEnds() {
        assertThat(split("Mr. Blinken met Dr. Smith and Prof. Lee. They talked."))
                .containsExactly("Mr. Blinken met Dr. Smith and Prof. Lee.", "They talked.");
    }

    @Test
    void acronymInsideSentenceHolds() {
        assertThat(split("The U.S. and Israel rejected it. Egypt did not."))
                .containsExactly("The U.S. and Israel rejected it.", "Egypt did not.");
    }

    @Test
    void acronymAtSentenceEndBreaksBeforeAStarter() {
        assertThat(split("Sanctions were imposed by the U.S. The move angered Moscow."))
                .containsExactly("Sanctions were imposed by the U.S.", "The move angered Moscow.");
    }

    @Test
    void monthAbbreviationAndNumberSignHold() {
        assertThat(split("The attack on Jan. 5 hit No. 10 Downing St. in London. Nobody was hurt."))
                .containsExactly("The attack on Jan. 5 hit No. 10 Downing St. in London.", "Nobody was hurt.");
    }

    @Test
    void initialsHold() {
        assertThat(split("J. K. Rowling and George W. Bush were absent. Neither commented."))
                .containsExactly("J. K. Rowling and George W. Bush were absent.", "Neither commented.");
    }

    @Test
    void decimalsAndThousandsSeparatorsHold() {
        assertThat(split("Revenue rose 1.2m to 43,900 units and 40 000 people. Profit fell 3.5%."))
                .containsExactly("Revenue rose 1.2m to 43,900 units and 40 000 people.", "Profit fell 3.5%.");
    }

    @Test
    void quotedSentencesBeforeTheSpeakerStayTogether() {
        assertThat(split("“We will not leave. We will stay here,” he said. The army declined to comment."))
                .containsExactly("“We will not leave. We will stay here,” he said.", "The army declined to comment.");
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertThat(split("He said: “We have done nothing wrong.” The inquiry continues."))
                .containsExactly("He said: “We have done nothing wrong.”", "The inquiry continues.");
    }

    @Test
    void questionInsideQuoteFollowedByLowercaseHolds() {
        assertThat(split("“Is this the end?” he asked. Nobody answered."))
                .containsExactly("“Is this the end?” he asked.", "Nobody answered.");
    }

    @Test
    void ellipsisMidSentenceHoldsAndAtEndBreaks() {
        assertThat(split("The decision to … close the office is ours. He paused... Then he left."))
                .containsExactly("The decision to … close the office is ours.", "He paused...", "Then he left.");
    }

    @Test
    void dashesDoNotBreak() {
        assertThat(split("The plan — which No. 10 backed — failed. Ministers blamed the Treasury."))
                .containsExactly("The plan — which No. 10 backed — failed.", "Ministers blamed the Treasury.");
    }

    @Test
    void listMarkersStayWithTheirItem() {
        assertThat(split("1. High-protein meals are popular. 2. Plant-based snacks are rising."))
                .containsExactly("1. High-protein meals are popular.", "2. Plant-based snacks are rising.");
    }

    @Test
    void headingsAndListLinesAreTheirOwnSentences() {
        assertThat(split("The war between Israel and Hamas\n- Talks stalled\n- Aid resumed"))
                .containsExactly("The war between Israel and Hamas", "- Talks stalled", "- Aid resumed");
    }

    @Test
    void aSentenceNeverCrossesAParagraph() {
        List<Sentence> sentences = Segmentation.NEWS_RULES.split("Talks stalled as\n\nthe envoy left. Aid resumed.");
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Talks stalled as", "the envoy left.", "Aid resumed.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 1);
    }

    @Test
    void gluedPhotoCreditIsSplitOff() {
        assertThat(split("Washington pressed the Qatari government.Photograph: Nathan Howard/AFP/Getty"))
                .containsExactly("Washington pressed the Qatari government.", "Photograph: Nathan Howard/AFP/Getty");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  First one.  Second one.";
        List<Sentence> sentences = Segmentation.NEWS_RULES.split(text);
        assertThat(sentences).extracting(Sentence::start).containsExactly(2, 14);
        assertThat(sentences).extracting(Sentence::end).containsExactly(12, 25);
    }

    @Test
    void openNlpSplitterKeepsParagraphs() {
        assertThat(Segmentation.OPENNLP.split("Talks stalled.\n\nAid resumed.")).extracting(Sentence::paragraph)
                .containsExactly(0, 1);
    }
}
