package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Kinds that must be right (issue 22, Required 4), as literal before/after pairs. */
class HardKindsTest {

    private static List<ClaimChange> diff(String before, String after) {
        return VersionDiff.compare(Claims.analyze(before, null), Claims.analyze(after, null)).changes();
    }

    private static List<ChangeKind> kinds(String before, String after) {
        return diff(before, after).stream().map(ClaimChange::kind).toList();
    }

    @Test
    void aNumberEditedInsideAQuotationIsAQuoteAndANumberChange() {
        List<ClaimChange> c = diff("“We have lost 40 homes in this street alone,” said councillor Ben Hart.",
                "“We have lost 45 homes in this street alone,” said councillor Ben Hart.");
        assertThat(c).extracting(ClaimChange::kind).containsExactlyInAnyOrder(ChangeKind.QUOTE_CHANGED, ChangeKind.NUMBER_CHANGED);
        ClaimChange n = c.stream().filter(x -> x.kind() == ChangeKind.NUMBER_CHANGED).findFirst().orElseThrow();
        assertThat(n.beforeNumbers()).extracting(q -> q.value()).containsExactly(40.0);
        assertThat(n.afterNumbers()).extracting(q -> q.value()).containsExactly(45.0);
    }

    @Test
    void aHedgeEditedInsideAQuotationIsAQuoteAndAHedgeChange() {
        assertThat(kinds("“The dam will probably hold through the weekend,” the engineer said.",
                "“The dam will definitely hold through the weekend,” the engineer said."))
                .containsExactlyInAnyOrder(ChangeKind.QUOTE_CHANGED, ChangeKind.HEDGE_CHANGED);
    }

    @Test
    void innerTextChangedWithBothMarksKeptIsQuoteChanged() {
        assertThat(kinds("The report called it a “complete and utter failure of planning” and sought an inquiry.",
                "The report called it a“complete and utter failure of leadership”and sought an inquiry."))
                .containsExactly(ChangeKind.QUOTE_CHANGED);
        assertThat(kinds("Johnson said the deal was ‘dead in the water’ and would not return.",
                "Johnson said the deal was ‘finished for good’ and would not return."))
                .containsExactly(ChangeKind.QUOTE_CHANGED);
    }

    /** Marks kept around fewer (or more) words than count as a quotation alone: the quote changed, it did not go. */
    @Test
    void aQuoteCutToAWordOrGrownFromOneKeepsItsMarksAndIsChanged() {
        assertThat(kinds("Mbeki called the vote a \"sham\" and said the results were \"rigged from the start\".",
                "Mbeki called the vote a \"sham\"and said the results were\"rigged\"."))
                .containsExactly(ChangeKind.QUOTE_CHANGED);
        assertThat(kinds("The chairman said the turnout figures were “broadly accurate”.",
                "The chairman said the turnout figures were “accurate”.")).containsExactly(ChangeKind.QUOTE_CHANGED);
        assertThat(kinds("The chairman said the count had been “orderly”.",
                "The chairman said the count had been “orderly and transparent throughout”."))
                .containsExactly(ChangeKind.QUOTE_CHANGED);
        assertThat(kinds("The chairman said the turnout figures were “broadly accurate”.",
                "The chairman said the turnout figures were accurate.")).containsExactly(ChangeKind.QUOTE_REMOVED);
    }

    @Test
    void theAcceptanceRunsExampleKeepsBothQuotes() {
        List<ChangeKind> k = kinds("His lawyer described this as the \"worst case scenario\" and accused him of years of "
                        + "\"incessant, manipulative bullying\".",
                "His lawyer described this as the \"worst case scenario\"and accused him of difficult of"
                        + "\"incessant, manipulative bullying\".");
        assertThat(k).doesNotContain(ChangeKind.QUOTE_REMOVED, ChangeKind.QUOTE_ADDED);
    }

    @Test
    void aSentenceAppendedAfterALineWithoutAStopIsAdded() {
        String before = "What we know so far:\n\n- Three villages evacuated\n\n- Main road closed\n\nThe council is watching.";
        List<ClaimChange> c = diff(before, before.replace("evacuated\n", "evacuated Police said 14 people had been rescued.\n"));
        assertThat(c).extracting(ClaimChange::kind).containsExactly(ChangeKind.CLAIM_ADDED);
        assertThat(c.get(0).after()).isEqualTo("Police said 14 people had been rescued.");
        assertThat(kinds(before.replace("evacuated\n", "evacuated Police said 14 people had been rescued.\n"), before))
                .containsExactly(ChangeKind.CLAIM_REMOVED);
        String heading = "Key facts\n\nRescue crews expect to reach the farms by Thursday.";
        assertThat(kinds(heading, heading.replace("Key facts", "Key facts The army said 120 soldiers had been sent.")))
                .containsExactly(ChangeKind.CLAIM_ADDED);
    }

    @Test
    void splitsAfterAOneLetterWordAndAStop() {
        assertThat(Claims.sentences("Spain were drawn in Group D. They will play Italy in the first round."))
                .hasSize(2);
        assertThat(Claims.sentences("Officials said they had moved to Plan B. Trains will run every 30 minutes."))
                .hasSize(2);
        assertThat(kinds("Spain were drawn in Group D. They will play Italy in the first round.",
                "Spain were drawn in Group D. They will play Italy in the first round. Coach Luis de la Fuente said 26 "
                        + "players would travel.")).containsExactly(ChangeKind.CLAIM_ADDED);
    }
}
