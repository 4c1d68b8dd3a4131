package org.claimwatch.auth;

import com.microsoft.playwright.Page;
import org.claimwatch.support.Await;
import org.claimwatch.support.Browser;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A hostile feed's title and links (markup, javascript: URLs) render inert in a real browser. */
class HostileFeedPageIT {

    private static SiteServer site;
    private static RunningApp app;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        site = new SiteServer();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        site.close();
        browser.close();
    }

    @Test
    void feedTitleMarkupAndJavascriptLinksStayInert() throws Exception {
        site.html("/story", Fixtures.articlePage("Plain story", Fixtures.seed(3)));
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>&lt;img src=x onerror=window.__pwned=7&gt; Evil Gazette</title>"
                + "<link>javascript:window.__pwned=8</link><description>x</description>"
                + "<item><title>&lt;script&gt;window.__pwned=9&lt;/script&gt; headline</title>"
                + "<link>" + site.url("/story") + "</link><guid>" + site.url("/story") + "</guid></item>"
                + "<item><title>bad link</title><link>javascript:window.__pwned=10</link></item>"
                + "</channel></rss>";
        site.rss("/evil.xml", feed);
        long feedId = app.addFeed(site.url("/evil.xml"), 60);
        Await.until("the evil feed's article stored", Duration.ofSeconds(60),
                () -> app.feed(feedId).getLong("versions_count") == 1L);

        List<String> errors = Browser.errors();
        Page page = browser.page(errors, app.sessionCookie(), app.port());
        for (String view : List.of("/#/", "/#/feeds")) {
            page.navigate("http://127.0.0.1:" + app.port() + view);
            Browser.waitFor(page, "() => document.body.innerText.includes('Evil Gazette')", null, 20_000);
            assertThat(page.evaluate("() => [window.__pwned === undefined, "
                    + "[...document.querySelectorAll('a[href]')].filter(a => !/^(https?:|#|\\/)/.test(a.getAttribute('href'))).length]"))
                    .isEqualTo(List.of(true, 0));
            // the feed parser keeps titles as plain text; whatever survives is text, never an element
            assertThat(page.locator("img[src=x], script:not([src])").count()).isZero();
        }
        Browser.screenshot(page, "hostile-feed");
        page.context().close();
    }
}
