package org.claimwatch.diff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The access date of a reference is blanked whatever the case of its word, in ASCII text and in text beyond it. */
class AccessDateTest {

    @Test
    void accessWordsInAnyCaseWithAndWithoutNonAsciiText() {
        assertThat(Noise.strip("Smith, J. (2024). Title. ACCESSED April 14, 2025."))
                .startsWith("Smith, J. (2024). Title. ").doesNotContain("ACCESSED").doesNotContain("2025");
        assertThat(Noise.strip("Müller, K. Café prices. Retrieved 3 March 2021."))
                .startsWith("Müller, K. Café prices. ").doesNotContain("Retrieved").doesNotContain("2021");
        assertThat(Noise.strip("Report, viewed on 5 June 2023.")).startsWith("Report, ").doesNotContain("viewed");
        assertThat(Noise.strip("Last Checked: 2019-06-18 — “quoted” page"))
                .doesNotContain("Checked").doesNotContain("2019").endsWith("— “quoted” page");
        // no digit, no access word: nothing blanked
        assertThat(Noise.strip("Officials accessed the site in April.")).isEqualTo("Officials accessed the site in April.");
        assertThat(Noise.strip("The agency said 1000 people had registered.")).isEqualTo("The agency said 1000 people had registered.");
    }
}
