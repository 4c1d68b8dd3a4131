package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing pitches, appeals and bios after the article: literal HTML in, literal text out. */
class CleanerTailTest {

    private static String clean(String html) {
        return Cleaner.clean(html, "https://news.example/2024/05/council-buses").text();
    }

    private static String withTail(String tail) {
        return Pages.article("").replace("</article>", tail + "</article>");
    }

    @Test
    void cutsTheLinesThatLeadIntoANewsletterSignUp() {
        String tail = "<p>Local news, every morning</p><p>The Daily Example newsletter brings the council, the courts "
                + "and the schools to you before breakfast.</p><p>By subscribing, you agree to our terms of service.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }
}
