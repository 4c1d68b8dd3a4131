package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CleanerVerdictTest {

    @Test
    void fullArticleIsOk() {
        CleanedArticle a = Cleaner.clean(Pages.article(""), "https://news.example/2024/05/buses");
        assertThat(a.verdict()).isEqualTo(Verdict.OK);
        assertThat(a.reason()).isNull();
        assertThat(a.ok()).isTrue();
    }

    @Test
    void oneShortParagraphIsTooShort() {
        CleanedArticle a = Cleaner.clean("<html><body><article><p>The council met on Tuesday.</p></article>"
                + "</body></html>", "https://news.example/2024/05/buses");
        assertThat(a.verdict()).isEqualTo(Verdict.TOO_SHORT);
        assertThat(a.reason()).contains("fewer than 250");
    }

    @Test
    void subscriptionWallIsPaywall() {
        CleanedArticle a = Cleaner.clean("<html><body><article><h1>Council expands bus network</h1>"
                + "<p>The city council voted on Tuesday to expand the bus network.</p>"
                + "<div class='wall'><p>Subscribe now to continue reading.</p><p>Already a subscriber? Log in</p>"
                + "</div></article></body></html>", "https://news.example/2024/05/buses");
        assertThat(a.verdict()).isEqualTo(Verdict.PAYWALL);
        assertThat(a.reason()).contains("continue reading");
    }

    @Test
    void productPageIsNotAnArticle() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Kettle\"}"
                + "</script></head><body><div><h1>Electric kettle</h1><p>1.7 litres, stainless steel, "
                + "with a blue light that shows when the water is boiling and an automatic switch.</p>"
                + "<p>Price: 39.99. Free delivery on orders over 50. Add to basket.</p></div></body></html>";
        CleanedArticle a = Cleaner.clean(html, "https://shop.example/kettle");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_AN_ARTICLE);
        assertThat(a.reason()).contains("Product");
    }

    @Test
    void homePageIsNotAnArticle() {
        CleanedArticle a = Cleaner.clean(Pages.article(""), "https://news.example/");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_AN_ARTICLE);
        assertThat(a.reason()).contains("home page");
    }

    @Test
    void emptyPageIsParseError() {
        CleanedArticle a = Cleaner.clean(new byte[0], "https://news.example/a", null);
        assertThat(a.verdict()).isEqualTo(Verdict.PARSE_ERROR);
        assertThat(a.reason()).isEqualTo("the page is empty");
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void blankTextIsParseError() {
        CleanedArticle a = Cleaner.clean("   ".getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(a.verdict()).isEqualTo(Verdict.PARSE_ERROR);
    }
}
