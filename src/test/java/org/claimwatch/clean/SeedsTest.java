package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed fragments: boilerplate gone, every body paragraph kept (expected texts written from reading them). */
class SeedsTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CleanedArticle seed(String name) throws IOException {
        return Cleaner.clean(resource("/fixtures/seeds/" + name + ".txt").getBytes(StandardCharsets.UTF_8),
                "https://news.example/" + name, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_1b74732b20eaeb3a", "001_4a97c181142f56f4", "002_57689197f019bb9c",
            "003_47cd22b97e75be95", "004_dd1c6c10d092cc48"})
    void seedCleansToItsExpectedText(String name) throws IOException {
        CleanedArticle a = seed(name);
        assertThat(a.verdict()).isEqualTo(Verdict.OK);
        assertThat(a.text() + "\n").isEqualTo(resource("/clean/seeds/" + name + ".expected.txt"));
    }

    @Test
    void liveUpdatesKickerIsDroppedAndAnchorTextKeptInline() throws IOException {
        String text = seed("000_1b74732b20eaeb3a").text();
        assertThat(text).doesNotContain("Live updates").doesNotContain("Israel-Gaza")
                .startsWith("Hamas's political leaders have left Qatar")
                .contains("Khalil Al Hayaa").contains("negotiations for a truce in the Gaza war")
                .endsWith("high death toll among Palestinian civilians in Gaza.");
    }

    @Test
    void sponsorLinesMastheadAndPhotoCaptionsAreDropped() throws IOException {
        String text = seed("001_4a97c181142f56f4").text();
        assertThat(text).doesNotContain("Sponsor").doesNotContain("QWIKET").doesNotContain("THE AMERICA ONE NEWS")
                .doesNotContain("NextImg").doesNotContain("Turkish Presidency via AP")
                .doesNotContain("Avshalom Sassoni/Flash90")
                .startsWith("DOHA, Qatar — A Hamas office")
                .endsWith("the bodies of two IDF soldiers who were killed in 2014.");
    }

    @Test
    void repeatedPhotoCaptionsAreDropped() throws IOException {
        String text = seed("002_57689197f019bb9c").text();
        assertThat(text).doesNotContain("photo credit").doesNotContain("credit: REUTERS")
                .doesNotContain("Majed Al-Ansari speaks during weekly press briefing")
                .doesNotContain("A demonstrator waves Turkish and Palestinian flags")
                .contains("Al-Ansari said leaders of the Hamas negotiating team were not in Doha.")
                .endsWith("Sam Halpern contributed to this report.");
    }

    @Test
    void followUsTailAndDatelineAreDropped() throws IOException {
        String text = seed("003_47cd22b97e75be95").text();
        assertThat(text).doesNotContain("follow us on X").doesNotContain("date 2024-11-09")
                .startsWith("Qatar has told Hamas leaders to leave the country")
                .contains("The war between Israel and Hamas")
                .endsWith("Hamas does not separate civilians and fighters in its statistics.");
    }

    @Test
    void latestStoriesSidebarRelatedLineAndCaptionsAreDropped() throws IOException {
        String text = seed("004_dd1c6c10d092cc48").text();
        assertThat(text).doesNotContain("Latest Stories").doesNotContain("Related:")
                .doesNotContain("Photograph: Nathan Howard").doesNotContain("5 min read")
                .doesNotContain("Emma Graham-Harrison").doesNotContain("Faye Leung")
                .startsWith("The Qatari government is planning to close Hamas’s political office")
                .endsWith("there is no immediate sign that any breakthrough is possible.");
    }
}
