package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeTest {

    @Test
    void repairsDoubleEncodedPunctuationAndSpaces() {
        assertThat(Mojibake.repair("Embrace has you covered.\u00c2\u00a0Your coverage"))
                .isEqualTo("Embrace has you covered.\u00a0Your coverage");
        assertThat(Mojibake.repair("the ministry\u00e2\u20ac\u2122s figure")).isEqualTo("the ministry\u2019s figure");
    }

    @Test
    void repairsLatin1ReadingsAndTrimmedNoBreakSpaces() {
        assertThat(Mojibake.repair("and your pet\u00e2\u0080\u0099s future.\u00c2")).isEqualTo("and your pet\u2019s future.");
        assertThat(Mojibake.repair("rates vary widely. \u00c2 \u00c2 \u00c2")).isEqualTo("rates vary widely.");
    }

    @Test
    void leavesRealAccentsAlone() {
        assertThat(Mojibake.repair("Crème brûlée at the Élysée")).isEqualTo("Crème brûlée at the Élysée");
        assertThat(Mojibake.repair("São Paulo, Âge d'or")).isEqualTo("São Paulo, Âge d'or");
    }

    @Test
    void cleanedPageHasNoMojibake() {
        String html = "<html><head><meta charset=\"utf-8\"><title>T</title></head><body><article><p>"
                + "Officials said the toll had risen again.\u00c2\u00a0The ministry\u00e2\u20ac\u2122s figure was 44,000,"
                + " up from 43,900 a week earlier, and aid groups said the real number was likely higher still."
                + "</p><p>Hospitals in the north reported shortages of fuel and medicine on Tuesday, and doctors said"
                + " they had stopped all but emergency operations across the region.</p></article></body></html>";
        String text = Cleaner.clean(html, "https://example.com/a").text();
        assertThat(text).contains("The ministry\u2019s figure").doesNotContain("\u00c2").doesNotContain("\u00e2\u20ac");
    }
}
