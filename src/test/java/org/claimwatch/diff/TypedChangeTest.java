package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Literal versions in, exact typed changes out: kinds, values, spans. */
class TypedChangeTest {

    private static final String LEAD = "Qatar has told Hamas to leave Doha, according to a diplomatic source.\n\n";
    private static final String TAIL = "\n\nEgypt and the US have also mediated in the talks.";

    private static DiffResult diff(String before, String after) {
        return VersionDiff.compare(Claims.analyze(LEAD + before + TAIL, null), Claims.analyze(LEAD + after + TAIL, null));
    }

    private static ClaimChange only(DiffResult r) {
        assertThat(r.changes()).hasSize(1);
        return r.changes().get(0);
    }

    @Test
    void numberWithQualifierChangedGivesValuesAndSpans() {
        ClaimChange c = only(diff("Israel’s offensive has killed more than 43,900 Palestinians, the health ministry said.",
                "Israel’s offensive has killed 44,000 Palestinians, the health ministry said."));
        assertThat(c.kind()).isEqualTo(ChangeKind.NUMBER_CHANGED);
        assertThat(c.beforeNumbers()).extracting("value", "qualifier").containsExactly(tuple(43900.0, "more than"));
        assertThat(c.afterNumbers()).extracting("value", "qualifier").containsExactly(tuple(44000.0, null));
        assertThat(c.spans()).containsExactly(new Span(SpanKind.DELETE, 30, 46, "more than 43,900"),
                new Span(SpanKind.INSERT, 30, 36, "44,000"));
        assertThat(c.significance()).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD);
        assertThat(c.beforeSentence()).isEqualTo(1);
        assertThat(c.afterSentence()).isEqualTo(1);
    }

    @Test
    void numberWrittenInWordsChanged() {
        ClaimChange c = only(diff("Two Israeli soldiers were wounded in the clashes.", "Three Israeli soldiers were wounded in the clashes."));
        assertThat(c.kind()).isEqualTo(ChangeKind.NUMBER_CHANGED);
        assertThat(c.spans()).containsExactly(new Span(SpanKind.DELETE, 0, 3, "Two"), new Span(SpanKind.INSERT, 0, 5, "Three"));
    }

    @Test
    void saidBecomingDeniedIsAHedgeChange() {
        ClaimChange c = only(diff("Qatar said it had asked Hamas leaders to leave Doha.", "Qatar denied it had asked Hamas leaders to leave Doha."));
        assertThat(c.kind()).isEqualTo(ChangeKind.HEDGE_CHANGED);
        assertThat(c.spans()).containsExactly(new Span(SpanKind.DELETE, 6, 10, "said"), new Span(SpanKind.INSERT, 6, 12, "denied"));
    }

    @Test
    void believedBecomingConfirmedIsAHedgeChange() {
        ClaimChange c = only(diff("Washington is believed to have pressed the Qatari government.",
                "Washington confirmed it had pressed the Qatari government."));
        assertThat(c.kind()).isEqualTo(ChangeKind.HEDGE_CHANGED);
        assertThat(c.before()).isEqualTo("Washington is believed to have pressed the Qatari government.");
        assertThat(c.after()).isEqualTo("Washington confirmed it had pressed the Qatari government.");
    }

    @Test
    void negationIsAHedgeChange() {
        ClaimChange c = only(diff("Qatar will close the Hamas office this month.", "Qatar will not close the Hamas office this month."));
        assertThat(c.kind()).isEqualTo(ChangeKind.HEDGE_CHANGED);
        assertThat(c.spans()).containsExactly(new Span(SpanKind.INSERT, 11, 14, "not"));
    }

    @Test
    void wordsInsideAQuoteChanged() {
        ClaimChange c = only(diff("“The office no longer serves its purpose,” the source said.",
                "“The office no longer serves any useful purpose,” the source said."));
        assertThat(c.kind()).isEqualTo(ChangeKind.QUOTE_CHANGED);
        assertThat(c.spans()).containsExactly(new Span(SpanKind.DELETE, 29, 32, "its"),
                new Span(SpanKind.INSERT, 29, 39, "any useful"));
    }

    @Test
    void speakerOfAQuoteChangedIsAnAttributionChange() {
        ClaimChange c = only(diff("“We have informed both sides,” said Majed Al-Ansari, the foreign ministry spokesman.",
                "“We have informed both sides,” said a senior Qatari official."));
        assertThat(c.kind()).isEqualTo(ChangeKind.ATTRIBUTION_CHANGED);
        assertThat(c.significance()).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD);
    }

    @Test
    void sourceAfterAccordingToChanged() {
        ClaimChange c = only(diff("More than 100 hostages were freed in a deal, according to Israel’s military.",
                "More than 100 hostages were freed in a deal, according to the Red Cross."));
        assertThat(c.kind()).isEqualTo(ChangeKind.ATTRIBUTION_CHANGED);
        assertThat(c.spans()).extracting(Span::text).containsExactly("Israel’s military", "the Red Cross");
    }

    @Test
    void sentenceWithAQuoteAdded() {
        DiffResult r = diff("Hamas officials denied they were asked to leave.",
                "Hamas officials denied they were asked to leave. “No one has asked us to go,” an official told Reuters.");
        ClaimChange c = only(r);
        assertThat(c.kind()).isEqualTo(ChangeKind.QUOTE_ADDED);
        assertThat(c.before()).isEmpty();
        assertThat(c.after()).isEqualTo("“No one has asked us to go,” an official told Reuters.");
        assertThat(c.beforeSentence()).isEqualTo(-1);
        assertThat(c.afterSentence()).isEqualTo(2);
    }

    @Test
    void sentenceWithAQuoteRemoved() {
        ClaimChange c = only(diff("Hamas officials denied they were asked to leave. “No one has asked us to go,” an official told Reuters.",
                "Hamas officials denied they were asked to leave."));
        assertThat(c.kind()).isEqualTo(ChangeKind.QUOTE_REMOVED);
        assertThat(c.spans()).containsExactly(new Span(SpanKind.DELETE, 0, 54, "“No one has asked us to go,” an official told Reuters."));
    }

    @Test
    void claimAddedAndRemoved() {
        DiffResult r = diff("The last round of talks in Cairo ended without agreement on a ceasefire.",
                "Turkey has offered to host the Hamas office if it leaves Doha.");
        assertThat(r.changes()).extracting(ClaimChange::kind)
                .containsExactlyInAnyOrder(ChangeKind.CLAIM_REMOVED, ChangeKind.CLAIM_ADDED);
        assertThat(r.significant()).isTrue();
    }

    @Test
    void rewordingKeepsTheClaimAndStaysBelowTheAlert() {
        ClaimChange c = only(diff("The talks have become a political football, the source said, and Doha is tired of it.",
                "The negotiations have turned into a political football, the source said, and Doha is tired of it."));
        assertThat(c.kind()).isEqualTo(ChangeKind.CLAIM_REWORDED);
        assertThat(c.significance()).isLessThan(VersionDiff.ALERT_THRESHOLD);
        assertThat(c.spans()).extracting(Span::text).containsExactly("talks", "negotiations", "become", "turned into");
    }

    @Test
    void rewordingThatSwapsAPlaceAlerts() {
        ClaimChange c = only(diff("The overnight strike hit a school in Rafah, medics said.",
                "The overnight strike hit a school in Khan Younis, medics said."));
        assertThat(c.kind()).isEqualTo(ChangeKind.CLAIM_REWORDED);
        assertThat(c.significance()).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD);
        assertThat(c.spans()).extracting(Span::text).containsExactly("Rafah", "Khan Younis");
    }

    @Test
    void mergedSentencesWithANewCountGiveOneNumberChange() {
        DiffResult r = diff("The strike hit a school in Gaza City. At least 17 people were killed, medics said.",
                "The strike hit a school in Gaza City, killing at least 19 people, medics said.");
        assertThat(r.changes()).extracting(ClaimChange::kind).containsExactly(ChangeKind.NUMBER_CHANGED);
        assertThat(r.alignment()).extracting(SentenceLink::kind)
                .containsExactly(LinkKind.UNCHANGED, LinkKind.MERGED, LinkKind.MERGED, LinkKind.UNCHANGED);
    }

    @Test
    void changedDayIsANumberChange() {
        ClaimChange c = only(diff("The ceasefire proposal was presented to both sides on Tuesday.",
                "The ceasefire proposal was presented to both sides on Thursday."));
        assertThat(c.kind()).isEqualTo(ChangeKind.NUMBER_CHANGED);
        assertThat(c.spans()).extracting(Span::text).containsExactly("Tuesday", "Thursday");
    }

    @Test
    void proseGluedToALiveUpdatesLineStillCounts() {
        String glued = "Live updates: Follow the latest on Israel-Gaza Hamas’s political leaders have left Qatar, their base "
                + "in exile since %d, but their headquarters in the Gulf state remains officially open, two sources said.";
        ClaimChange c = only(diff(glued.formatted(2012), glued.formatted(2014)));
        assertThat(c.kind()).isEqualTo(ChangeKind.NUMBER_CHANGED);
    }

    @Test
    void aClaimKeyFromTheExtractorIsUsed() {
        ClaimChange c = only(diff("Israel’s offensive has killed more than 43,900 Palestinians in Gaza.",
                "Israel’s offensive has killed 44,000 Palestinians in Gaza."));
        assertThat(c.key()).isNotBlank().doesNotStartWith("text:");
    }

    @Test
    void comparingAVersionWithItselfFindsNothing() {
        String text = LEAD + "Israel’s offensive has killed more than 43,900 Palestinians." + TAIL;
        DiffResult r = VersionDiff.compare(Claims.analyze(text, null), Claims.analyze(text, null));
        assertThat(r.changes()).isEmpty();
        assertThat(r.significant()).isFalse();
    }

    @Test
    void changesListEveryKindOnce() {
        assertThat(List.of(ChangeKind.values())).extracting(Enum::name).containsExactly("NUMBER_CHANGED", "QUOTE_CHANGED",
                "QUOTE_ADDED", "QUOTE_REMOVED", "ATTRIBUTION_CHANGED", "HEDGE_CHANGED", "CLAIM_ADDED", "CLAIM_REMOVED",
                "CLAIM_REWORDED", "HEADLINE_CHANGED", "CORRECTION_ADDED", "CORRECTION_REMOVED");
    }
}
