package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanerBoilerplateTest {

    private static String clean(String html) {
        return Pages.clean(html);
    }

    @Test
    void keepsArticleParagraphsAndDropsNavigationAndFooter() {
        assertThat(clean(Pages.article(""))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsFigureCaptions() {
        String figure = "<figure><img src='a.jpg'><figcaption>The new bus depot in the north. "
                + "(Photo credit: Jane Smith/Reuters)</figcaption></figure>";
        assertThat(clean(Pages.article(figure))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsCaptionLinesOutsideFigures() {
        String caption = "<p>Buses wait at the depot on Monday, May 6, 2024. (AP Photo/John Doe)</p>";
        assertThat(clean(Pages.article(caption))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsShareBars() {
        String share = "<div class='share-tools'><a href='#'>Facebook</a> <a href='#'>Twitter</a></div>"
                + "<p>Share: Facebook Twitter Email</p>";
        assertThat(clean(Pages.article(share))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsRelatedArticleLists() {
        String related = "<h3>Related stories</h3><ul><li><a href='/a'>Rail strike called off after talks</a></li>"
                + "<li><a href='/b'>Ferry fares to rise in June</a></li></ul>";
        assertThat(clean(Pages.article(related))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsSponsorAndAdvertisementLines() {
        String sponsor = "<p>Sponsor: QWIKET: Elevate your fantasy game!</p><p>Advertisement</p>";
        assertThat(clean(Pages.article(sponsor))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsNewsletterLines() {
        String newsletter = "<p>Sign up for our morning newsletter and get the news delivered to your inbox.</p>";
        assertThat(clean(Pages.article(newsletter))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsFollowUsTail() {
        String html = Pages.article("").replace("</article>",
                "<p>For more news and in-depth stories please follow us on X.</p></article>");
        assertThat(clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void cutsLatestStoriesSidebarAfterTheArticle() {
        String html = Pages.article("").replace("</article>", "<h2>Latest Stories</h2>"
                + "<p>Officials say a storm will reach the coast on Friday, bringing heavy rain and strong winds.</p>"
                + "</article>");
        assertThat(clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void keepsLinkTextInline() {
        String html = Pages.article("").replace("bus network, adding",
                "<a href='https://news.example/buses'>bus network</a>, adding");
        assertThat(clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void marksSubheadings() {
        String html = Pages.article("<h2>What happens next</h2>");
        CleanedArticle a = Cleaner.clean(html, null);
        assertThat(a.paragraphs()).contains(new Paragraph("What happens next", true));
    }

    @Test
    void readsMetadataFromJsonLdAndOpenGraph() {
        String html = "<html lang='en'><head><meta property='og:site_name' content='Daily Example'>"
                + "<link rel='canonical' href='https://news.example/a'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Council expands\","
                + "\"author\":{\"name\":\"Ana Ruiz\"},\"datePublished\":\"2024-05-06T10:00:00Z\"}</script></head>"
                + Pages.article("").substring(Pages.article("").indexOf("<body>"));
        CleanedArticle a = Cleaner.clean(html, null);
        assertThat(a.title()).isEqualTo("Council expands");
        assertThat(a.byline()).isEqualTo("Ana Ruiz");
        assertThat(a.published()).isEqualTo("2024-05-06T10:00:00Z");
        assertThat(a.canonicalUrl()).isEqualTo("https://news.example/a");
        assertThat(a.siteName()).isEqualTo("Daily Example");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void dropsTagLinesAndSignUpConsentLines() {
        String extra = "<p>Tags: Transport, Council, Buses</p><p>By clicking Sign Me Up, you confirm you are 16+ and "
                + "agree to our Terms of Use.</p>";
        assertThat(Pages.clean(Pages.article(extra))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsSourcePromptsBrowserLinksShareAndFollowLines() {
        String extra = "<p>Add as a Reliable and Trusted News Source</p><p>Is this email not displaying correctly? "
                + "View it in your browser.</p><p>Share the Blog on:</p><p>Follow on social media: TikTok || "
                + "Instagram || Facebook</p>";
        assertThat(Pages.clean(Pages.article(extra))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsABackToThePicksLink() {
        String extra = "<p><a class='product-button' href='#best-buses'><span>Back to Our Best Bus Pass Picks</span>"
                + "</a></p>";
        assertThat(Pages.clean(Pages.article(extra))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsLoadingPlaceholdersCreditLinesAndCounts() {
        String extra = "<p>Loading paragraph...</p><p>Courtesy of brand</p><p>11comments</p>";
        assertThat(Pages.clean(Pages.article(extra))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsSubscribedNoticesSearchPromptsAndSiteDisclosures() {
        String extra = "<p>Awesome, you're subscribed!</p><p>The best of the city straight to your inbox</p>"
                + "<p>Start typing to search...</p><p>Some of the links in this article are affiliate ones.</p>"
                + "<p>The Daily Example is a non-profit newsroom. Advertising on our site helps support our mission.</p>";
        assertThat(Pages.clean(Pages.article(extra))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsAnAdvertisementMarkerThatAsksToScrollOn() {
        String extra = "<p>Advertisement. Scroll to continue reading.</p>";
        assertThat(Pages.clean(Pages.article(extra))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsABoldKickerWithTheLinkRightAfterIt() {
        String p = "<p><strong>Read more:</strong> <a href='/depot'>Council approves the new bus depot</a></p>";
        assertThat(Pages.clean(Pages.article(p))).isEqualTo(Pages.expected());
    }

    private static final String DISCLAIMER = "This material is not intended to replace the advice of a qualified "
            + "attorney, tax adviser, investment professional or insurance agent, and no part of it is an offer to sell "
            + "or a solicitation of an offer to buy any product or service. ";

    @Test
    void dropsAFooterThatHoldsMoreTextThanTheShortArticleInMain() {
        String html = "<html><head><title>Council expands bus network</title></head><body><main><p>" + Pages.P1
                + "</p><p>" + Pages.P2 + "</p></main><footer><p>" + DISCLAIMER + DISCLAIMER.replace("material", "page")
                + "</p><p>" + DISCLAIMER.replace("material", "site") + DISCLAIMER.replace("material", "notice")
                + "</p></footer></body></html>";
        assertThat(Pages.clean(html)).isEqualTo(Pages.P1 + "\n\n" + Pages.P2);
    }
}
