package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cookie notice that the cleaner left in the text, reworded between fetches ("We and our 214 partners use cookies"
 * to "219 partners"), is the site speaking about itself, in any language that writes "cookie"; news about cookies
 * (a regulator's fine, a browser's plan) still alerts. Written before the rule (session 18), in our own wording: first
 * run 5 of 5 notices alerted, both news lines alerted.
 */
class ConsentNoticeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We use cookies to give you the best experience on our website. | We and our 96 partners use cookies and similar technologies on this site.",
        "Nous utilisons des cookies pour mesurer l'audience de notre site. | Nos 137 partenaires et nous utilisons des cookies.",
        "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. | Diese Website verwendet Cookies und ähnliche Technologien.",
        "Utilizamos cookies propias y de terceros para analizar el tráfico. | Este sitio usa cookies para personalizar anuncios.",
        "Мы используем cookie, чтобы сайт работал лучше. | Сайт использует файлы cookie для аналитики.",
    })
    void aCookieNoticeRewordedIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Google said it would stop blocking third-party cookies in Chrome in 2025. | Google said it would stop blocking third-party cookies in Chrome in 2026.",
        "The regulator fined the publisher €2 million over its cookie banner. | The regulator fined the publisher €5 million over its cookie banner.",
    })
    void newsAboutCookiesStillAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isTrue();
    }
}
