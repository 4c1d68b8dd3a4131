package org.claimwatch.claims;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SeedsEndToEndTest {

    private static final LocalDate ARTICLE = LocalDate.of(2024, 11, 9);

    /** The seed's text: each blank-line-separated HTML chunk through jsoup, joined by blank lines. */
    private static AnalyzedText seed(String name) throws IOException {
        try (InputStream in = SeedsEndToEndTest.class.getResourceAsStream("/fixtures/seeds/" + name)) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> paragraphs = new ArrayList<>();
            for (String chunk : html.split("\\n\\s*\\n")) {
                String text = Jsoup.parse(chunk).text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
            return Claims.analyze(String.join("\n\n", paragraphs), ARTICLE);
        }
    }

    private static List<Claim> containing(AnalyzedText a, ClaimKind kind, String words) {
        return a.claims().stream().filter(c -> c.kind() == kind && c.text().contains(words)).toList();
    }

    @Test
    void seed000DeathTollIsMoreThan43900Palestinians() throws IOException {
        AnalyzedText a = seed("000_1b74732b20eaeb3a.txt");
        assertThat(containing(a, ClaimKind.QUANTITY, "43,900").stream().flatMap(c -> c.numbers().stream()))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
                .contains(tuple(43900.0, "more than", "Palestinians"));
    }

    @Test
    void seed000DeathTollIsAttributedToTheMinistry() throws IOException {
        AnalyzedText a = seed("000_1b74732b20eaeb3a.txt");
        assertThat(containing(a, ClaimKind.ATTRIBUTION, "43,900")).extracting(Claim::source)
                .containsExactly("the enclave's Ministry of Health");
    }

    @Test
    void seed000AlAnsariQuoteHasItsSpeaker() throws IOException {
        AnalyzedText a = seed("000_1b74732b20eaeb3a.txt");
        assertThat(containing(a, ClaimKind.QUOTE, "The leaders of Hamas that are within the negotiating team"))
                .extracting(Claim::speaker).containsExactly("Majed Al Ansari");
        assertThat(containing(a, ClaimKind.QUOTE, "The office of Hamas in Doha was created"))
                .extracting(Claim::speaker).containsExactly("Mr Al Ansari");
    }

    @Test
    void seed001NinetySevenOfTheHostagesIsARelation() throws IOException {
        AnalyzedText a = seed("001_4a97c181142f56f4.txt");
        Claim claim = containing(a, ClaimKind.QUANTITY, "97 of the 251").get(0);
        assertThat(claim.numbers()).extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(97.0, "hostages"), tuple(251.0, "hostages"));
        assertThat(claim.relations()).containsExactly(new NumberRelation(0, 1, "part-of"));
        assertThat(claim.hedge()).isEqualTo("it is believed");
    }

    @Test
    void seed001PollPercentagesAreQuantities() throws IOException {
        AnalyzedText a = seed("001_4a97c181142f56f4.txt");
        assertThat(containing(a, ClaimKind.QUANTITY, "69 percent").stream().flatMap(c -> c.numbers().stream()))
                .extracting(Quantity::value, Quantity::unit).contains(tuple(69.0, "percent"), tuple(20.0, "percent"));
    }

    @Test
    void seed001SponsorLinesAreNotClaims() throws IOException {
        AnalyzedText a = seed("001_4a97c181142f56f4.txt");
        assertThat(a.claims()).noneMatch(c -> c.text().startsWith("Sponsor:"));
    }

    @Test
    void seed003SpaceSeparatedThousandsWithHedgeByClaim() throws IOException {
        AnalyzedText a = seed("003_47cd22b97e75be95.txt");
        assertThat(containing(a, ClaimKind.QUANTITY, "40 000").stream().flatMap(c -> c.numbers().stream()))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
                .contains(tuple(40000.0, "more than", "Gazans"));
        assertThat(a.claims()).noneMatch(c -> c.text().contains("follow us on X"));
    }

    @Test
    void seed004DiplomaticSourceIsTheAttribution() throws IOException {
        AnalyzedText a = seed("004_dd1c6c10d092cc48.txt");
        assertThat(containing(a, ClaimKind.ATTRIBUTION, "political football")).extracting(Claim::source)
                .containsExactly("a diplomatic source");
        assertThat(containing(a, ClaimKind.QUOTE, "As a consequence")).extracting(Claim::speaker)
                .containsExactly("the source");
    }

    @Test
    void seed004PhotoCreditIsNotAClaim() throws IOException {
        AnalyzedText a = seed("004_dd1c6c10d092cc48.txt");
        assertThat(a.claims()).noneMatch(c -> c.text().contains("Photograph:"));
    }

    @Test
    void everySeedHasCheckworthySentencesAndValidOffsets() throws IOException {
        for (String name : List.of("000_1b74732b20eaeb3a.txt", "001_4a97c181142f56f4.txt", "002_57689197f019bb9c.txt",
                "003_47cd22b97e75be95.txt", "004_dd1c6c10d092cc48.txt")) {
            AnalyzedText a = seed(name);
            assertThat(a.checkworthy()).as(name).isTrue();
            assertThat(a.claims()).as(name).allSatisfy(c ->
                    assertThat(a.text().substring(c.start(), c.end())).isEqualTo(c.text()));
        }
    }
}
