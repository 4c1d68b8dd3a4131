package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimKindsTest {

    private static List<Claim> claims(String text) {
        return Claims.analyze(text, null).claims();
    }

    private static Claim first(String text, ClaimKind kind) {
        return claims(text).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void quoteWithSpeakerAfterIt() {
        String text = "“The leaders of Hamas are now not in Doha,” Foreign Ministry spokesman Majed Al Ansari said.";
        Claim quote = first(text, ClaimKind.QUOTE);
        assertThat(quote.speaker()).isEqualTo("Majed Al Ansari");
        assertThat(quote.text()).isEqualTo("“The leaders of Hamas are now not in Doha,”");
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
    }

    @Test
    void quoteWithInvertedSpeaker() {
        assertThat(first("“They've been gone for three weeks,” said one of the sources.", ClaimKind.QUOTE).speaker())
                .isEqualTo("one of the sources");
    }

    @Test
    void quoteWithSpeakerBeforeIt() {
        assertThat(first("The minister said: “We have done nothing wrong at all.”", ClaimKind.QUOTE).speaker())
                .isEqualTo("The minister");
    }

    @Test
    void pronounSpeakerResolvesToTheLastNamedSpeaker() {
        String text = "“The talks are suspended for now,” Majed Al-Ansari said on Tuesday. "
                + "“The office no longer has any function,” he added.";
        List<Claim> quotes = claims(text).stream().filter(c -> c.kind() == ClaimKind.QUOTE).toList();
        assertThat(quotes).extracting(Claim::speaker).containsExactly("Majed Al-Ansari", "Majed Al-Ansari");
    }

    @Test
    void quoteContinuingInTheNextSentenceKeepsItsSpeaker() {
        String text = "“They cannot continue to mediate in these talks,” the source said. "
                + "“As a consequence, the office no longer serves its purpose.”";
        List<Claim> quotes = claims(text).stream().filter(c -> c.kind() == ClaimKind.QUOTE).toList();
        assertThat(quotes).extracting(Claim::speaker).containsExactly("the source", "the source");
    }

    @Test
    void scareQuotesAreNotQuotes() {
        assertThat(claims("Qatar cited a “lack of good faith” in the talks.")).noneMatch(c -> c.kind() == ClaimKind.QUOTE);
    }

    @Test
    void attributionAccordingTo() {
        assertThat(first("Hamas holds 100 hostages, according to Israel's military.", ClaimKind.ATTRIBUTION).source())
                .isEqualTo("Israel's military");
    }

    @Test
    void attributionToldOutlet() {
        assertThat(first("Two sources told The National that the office would close.", ClaimKind.ATTRIBUTION).source())
                .isEqualTo("Two sources");
    }

    @Test
    void attributionSaidWithParticiplePhraseTrimmed() {
        assertThat(first("Talks have collapsed, according to a diplomatic source briefed on the situation.",
                ClaimKind.ATTRIBUTION).source()).isEqualTo("a diplomatic source");
    }

    @Test
    void attributionNamedSpeakerWithRole() {
        assertThat(first("The office has not been closed, Qatari foreign ministry spokesperson Majed Al-Ansari said.",
                ClaimKind.ATTRIBUTION).source()).isEqualTo("Majed Al-Ansari");
    }

    @Test
    void attributionInvertedSaidTheSources() {
        assertThat(first("Hamas's relations with Qatar, said the sources, are strained.", ClaimKind.ATTRIBUTION).source())
                .isEqualTo("the sources");
    }

    @Test
    void hedgeBelievedTo() {
        Claim hedge = first("Washington is believed to have pressed the Qatari government.", ClaimKind.HEDGE);
        assertThat(hedge.hedge()).isEqualTo("is believed");
    }

    @Test
    void hedgeAllegedlyAndReportedly() {
        assertThat(first("Allegedly, this happened ten days ago.", ClaimKind.HEDGE).hedge()).isEqualTo("allegedly");
        assertThat(first("Security chiefs were reportedly expected to warn ministers.", ClaimKind.HEDGE).hedge())
                .isEqualTo("were reportedly");
    }

    @Test
    void hedgeConfirmedAndDenied() {
        assertThat(first("On Tuesday, Qatar confirmed that negotiators were not present.", ClaimKind.HEDGE).hedge())
                .isEqualTo("confirmed");
        assertThat(first("Hamas officials have repeatedly denied they were asked to leave.", ClaimKind.HEDGE).hedge())
                .isEqualTo("denied");
    }

    @Test
    void hedgeIsCarriedOnQuantityClaims() {
        assertThat(first("Hamas is believed to be holding 100 hostages.", ClaimKind.QUANTITY).hedge()).isEqualTo("is believed");
    }

    @Test
    void checkworthyFactWithoutOtherMarkersIsAStatement() {
        Claim statement = first("The Hamas office in Doha was opened in 2012 at the request of the Obama administration.",
                ClaimKind.STATEMENT);
        assertThat(statement.start()).isZero();
        assertThat(statement.numbers()).isEmpty();
    }

    @Test
    void boilerplateCarriesNoClaims() {
        assertThat(claims("Sponsor: QWIKET: 5 reasons to bet today.\n\nFollow us on X for 24 hour news.\n\n"
                + "Related: Qatar to close 2 offices\n\nPhotograph: Nathan Howard/AFP/Getty")).isEmpty();
    }

    @Test
    void boilerplateSentencesAreNotCheckworthy() {
        assertThat(Claims.analyze("Sponsor: QWIKET: 5 reasons to bet today.", null).sentences())
                .allSatisfy(s -> assertThat(s.checkworthy()).isFalse());
    }

    @Test
    void claimsPointBackToTheirSentence() {
        AnalyzedText analyzed = Claims.analyze("Talks stalled. Israel killed 12 militants, officials said.", null);
        assertThat(analyzed.claims()).allSatisfy(c -> assertThat(c.sentenceIndex()).isEqualTo(1));
    }

    @Test
    void sponsorLineInsideAMastheadIsBoilerplate() {
        assertThat(claims("THE AMERICA ONE NEWS Jul 19, 2025 | 0 | Remer,MN Sponsor: QWIKET: Elevate your game!")).isEmpty();
    }
}
