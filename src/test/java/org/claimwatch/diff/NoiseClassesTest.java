package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each class of noise that must never alert, as literal before/after pairs (issue 22, Required 3). */
class NoiseClassesTest {

    private static final String TAIL = "\n\nRescue crews expect to reach the farms by Thursday.";

    private static DiffResult diff(String before, String after) {
        return VersionDiff.compare(Claims.analyze(before + TAIL, null), Claims.analyze(after + TAIL, null));
    }

    private static void assertSilent(String before, String after) {
        DiffResult r = diff(before, after);
        assertThat(r.significant()).as(r.changes().toString()).isFalse();
    }

    @Test
    void spellingFixesInHedgeAndCertaintyWords() {
        assertSilent("Prosecutors allgeed that the firm hid losses.", "Prosecutors alleged that the firm hid losses.");
        assertSilent("The governor confrimed that the dam was inspected.", "The governor confirmed that the dam was inspected.");
        assertSilent("Four people are beleived to be trapped.", "Four people are believed to be trapped.");
        assertSilent("The operator denied it opened the gates.", "The operator deined it opened the gates.");
        assertSilent("The alarm had apparantly been switched off, police said.",
                "The alarm had apparently been switched off, police said.");
    }

    /** A spelled-out number misspelled or fixed is no count: the figure is the same word. */
    @Test
    void aMisspelledNumberWordFixedIsNoNumberChange() {
        assertSilent("The storm left fourty homes without power.", "The storm left forty homes without power.");
        assertSilent("“Thre people died when the roof collapsed,” the chief said.",
                "“Three people died when the roof collapsed,” the chief said.");
        assertSilent("Officials said ninety percent had left.", "Officials said ninty percent had left.");
        assertThat(diff("The storm left forty homes without power.", "The storm left fifty homes without power.")
                .significant()).isTrue();
        assertThat(diff("Officials said six people were rescued.", "Officials said sixty people were rescued.")
                .significant()).isTrue();
        assertThat(diff("None of the crew was hurt.", "One of the crew was hurt.").significant()).isTrue();
    }

    @Test
    void aRealNeighbourOfAHedgeWordIsNoSlip() {
        assertThat(diff("Residents were relieved the river fell.", "Residents were believed the river fell.").significant())
                .isTrue();
        assertThat(Respellings.isSlip("could", "would")).isFalse();
        assertThat(Respellings.isSlip("confrimed", "confirmed")).isTrue();
    }

    @Test
    void aSpellingFixInsideAQuotation() {
        assertSilent("“Nobody told us the water was comming,” said Maria Ortiz.",
                "“Nobody told us the water was coming,” said Maria Ortiz.");
        assertSilent("“The levee was probabley overtopped,” the engineer said.",
                "“The levee was probably overtopped,” the engineer said.");
    }

    @Test
    void quoteMarksAndSpacesAreNormalised() {
        String q = "“We have done everything we can to keep people safe,” the fire chief said.";
        assertThat(diff(q, q.replace('“', '"').replace('”', '"')).changes()).isEmpty();
        assertThat(diff(q, q.replace("“", "“ ").replace(",”", ", ”")).changes()).isEmpty();
        assertThat(diff(q, q.replace(" ", "  ")).changes()).isEmpty();
        String glued = "It was a \"complete and utter failure of planning\" and an inquiry is due.";
        assertThat(diff(glued, glued.replace("a \"", "a\"").replace("\" and", "\"and")).changes()).isEmpty();
    }

    @Test
    void numbersGluedToLettersAreNotCounts() {
        assertSilent("The Lexus LC 500 costs more, and only 300 will be sold.", "The Lexus LC500 costs more and only 300 will be sold.");
        assertSilent("The Eagles won in Week 15 by 10 points.", "The Eagles won in week-15 by 10 points.");
        assertSilent("It runs at 60fps and draws 5W, the company said.", "It runs at 60 fps and draws 5 W, the company said.");
        assertSilent("Users were limited to 100kbps, the regulator said.", "Users were limited to 100 kbps, the regulator said.");
        assertSilent("Shares of Tencent (HKEX: 0700) fell 3%, the exchange said.", "Shares of Tencent (0700.HK) fell 3%, the exchange said.");
        assertSilent("Carriers of a BRCA1 mutation face a higher risk, and 1,200 enrolled.",
                "Carriers of a BRCA-1 mutation face a higher risk and 1,200 enrolled.");
    }

    @Test
    void aDayOfTheMonthBesideItsMonthIsOneDate() {
        assertSilent("Polls close at 10pm on November 5th, officials said.", "Polls close at 10pm on 5th November, officials said.");
        assertSilent("The company said on Oct. 12 that it would cut 400 jobs.", "The company said on 12 October that it would cut 400 jobs.");
        assertSilent("The trial opens on the 3rd of June, and 12 witnesses will testify.", "The trial opens on June 3, and 12 witnesses will testify.");
        assertThat(diff("The vote is on 12 October, officials said.", "The vote is on 19 October, officials said.").changes())
                .extracting(ClaimChange::kind).containsExactly(ChangeKind.NUMBER_CHANGED);
    }

    @Test
    void singleQuotedPhrasesAreNotQuotationsUnlessSomeoneSaysThem() {
        assertSilent("Residents call the stretch ‘flood alley’ and say it floods every winter.",
                "Residents call the stretch flood alley and say it floods each winter.");
        assertSilent("Critics compared the strikes to the ‘Winter of Discontent’ of the 1970s.",
                "Critics likened the strikes to the Winter of Discontent of the 1970s.");
        assertThat(QuoteRanges.find("Johnson said the deal was ‘dead in the water’ on Monday.")).hasSize(1);
        assertThat(QuoteRanges.find("‘We will go,’ she said.")).hasSize(1);
        assertThat(QuoteRanges.find("The ‘Partygate’ affair went on.")).isEmpty();
    }

    @Test
    void malformedSingleQuotesAreNotQuotations() {
        assertThat(QuoteRanges.find("A fixture of the ‘90s club scene, he said it’s back.")).isEmpty();
        assertThat(QuoteRanges.find("Critics said it was a ‘vanity project‘ and a waste.")).isEmpty();
        assertSilent("The band, a fixture of the ‘90s club scene, said it’s planning 12 dates.",
                "The band, a fixture of the ‘90s club scene, said it’s planning twelve dates.");
    }
}
