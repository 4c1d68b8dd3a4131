package org.claimwatch.alerts;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.support.Await;
import org.claimwatch.support.Browser;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headline changes and correction notes end to end: a real loopback news site whose headline and body change, the
 * real pipeline, the live page in a real chromium, a real webhook receiver (subscriptions filtered by kind) and the
 * Atom feed fetched by the browser. A/B headline rotation on a loopback page is one alert, not a storm.
 */
class HeadlineAndCorrectionIT {

    private static final String SITE = "The Test Gazette";
    private static SiteServer site;
    private static RunningApp app;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        site = new SiteServer();
        app = RunningApp.start(AlertsIT.config(RunningApp.testConfig(TestDatabase.create())));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (site != null) {
            site.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    /** A news page: the title carries the site's name, the h1 and og:title the headline. */
    private static String page(String headline, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline + " | " + SITE
                + "</title><meta property=\"og:title\" content=\"" + headline + "\">"
                + "<meta property=\"og:site_name\" content=\"" + SITE + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + headline + "</h1>"
                + paragraphs(body) + "</article><footer><p>© " + SITE + ". All rights reserved.</p></footer></body></html>";
    }

    private static String paragraphs(String text) {
        StringBuilder sb = new StringBuilder();
        for (String block : text.split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                sb.append("<p>").append(block.strip()).append("</p>\n");
            }
        }
        return sb.toString();
    }

    private static long articleId(String url) throws Exception {
        return Await.until("the article " + url + " stored", Duration.ofSeconds(30), () -> {
            List<JsonObject> rows = SqlAdmin.query(app.dbUrl(), "SELECT a.id FROM articles a JOIN article_versions v "
                    + "ON v.article_id = a.id WHERE a.url = $1 AND v.version_no = 1", url);
            return rows.isEmpty() ? null : rows.get(0).getLong("id");
        });
    }

    private static void awaitVersion(long articleId, int versionNo) {
        Await.until("version " + versionNo + " of article " + articleId, Duration.ofSeconds(30), () ->
                SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM article_versions WHERE article_id = $1 "
                        + "AND version_no = $2", articleId, versionNo) == 1);
    }

    private static long subscribe(String url, JsonArray kinds) throws Exception {
        return AlertsIT.subscribe(app, url, new JsonObject().put("kinds", kinds)).getLong("id");
    }

    private static long deliveries(long subscriptionId) throws Exception {
        return SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM webhook_deliveries WHERE subscription_id = $1",
                subscriptionId);
    }

    @Test
    void theLivePageAWebhookAndAnAtomFeedShowAHeadlineChangeAndACorrection() throws Exception {
        String original = Fixtures.seed(0);
        assertThat(original).contains("about 13 senior leaders");
        String before = "Qatar to close Hamas office in Doha";
        String after = "Qatar has not permanently closed Hamas office, source says";
        site.html("/news/qatar", page(before, original));
        site.rss("/feed.xml", Fixtures.rss(SITE, List.of(site.url("/news/qatar")), List.of(before)));

        try (Receiver receiver = new Receiver()) {
            long wanted = subscribe(receiver.url("/desk"), new JsonArray().add("HEADLINE_CHANGED").add("CORRECTION_ADDED"));
            long quotesOnly = subscribe(receiver.url("/quotes"), new JsonArray().add("QUOTE_REMOVED"));
            app.addFeed(site.url("/feed.xml"), 1);
            long id = articleId(site.url("/news/qatar"));
            assertThat(SqlAdmin.query(app.dbUrl(), "SELECT headline FROM article_versions WHERE article_id = $1",
                    id).get(0).getString("headline")).isEqualTo(before);

            Page live = browser.page(Browser.errors(), app.sessionCookie(), app.port());
            live.navigate("http://127.0.0.1:" + app.port() + "/");
            Browser.waitFor(live, "() => document.getElementById('connection')?.dataset.state === 'live'", null, 15_000);

            // 1. Only the headline changes: a version of its own with one HEADLINE_CHANGED.
            site.html("/news/qatar", page(after, original));
            awaitVersion(id, 2);
            String headlineItem = "#stream li.item.change[data-kind=\"HEADLINE_CHANGED\"]";
            live.waitForSelector(headlineItem, new Page.WaitForSelectorOptions().setTimeout(15_000));
            assertThat(live.textContent(headlineItem + " .badge.kind")).isEqualTo("headline changed");
            assertThat(live.textContent(headlineItem + " .before")).contains(before);
            assertThat(live.textContent(headlineItem + " .after")).contains(after);
            assertThat(live.locator(headlineItem + " .after ins").count()).isPositive();

            // 2. A correction note appears at the bottom: CORRECTION_ADDED with the note's text.
            String note = "Correction: An earlier version of this article misstated the number of Hamas leaders "
                    + "who left Doha.";
            site.html("/news/qatar", page(after, original + "\n\n" + note));
            awaitVersion(id, 3);
            String correctionItem = "#stream li.item.change[data-kind=\"CORRECTION_ADDED\"]";
            live.waitForSelector(correctionItem, new Page.WaitForSelectorOptions().setTimeout(15_000));
            assertThat(live.textContent(correctionItem + " .badge.kind")).isEqualTo("correction added");
            assertThat(live.textContent(correctionItem + " .after")).contains("misstated the number of Hamas leaders");
            assertThat(live.textContent("#counters .counter[data-kind=\"HEADLINE_CHANGED\"] .count")).isEqualTo("1");
            assertThat(live.textContent("#counters .counter[data-kind=\"CORRECTION_ADDED\"] .count")).isEqualTo("1");
            Browser.screenshot(live, "headline-correction-live");

            // The article timeline and the side-by-side view show the headline change.
            live.navigate("http://127.0.0.1:" + app.port() + "/#/articles/" + id + "?from=1&to=2");
            live.waitForSelector("#compare-changes li.item.change .badge.k-HEADLINE_CHANGED",
                    new Page.WaitForSelectorOptions().setTimeout(15_000));
            assertThat(live.locator(".change-line[data-kind=\"HEADLINE_CHANGED\"]").count()).isPositive();
            assertThat(live.locator(".change-line[data-kind=\"CORRECTION_ADDED\"]").count()).isPositive();
            Browser.screenshot(live, "headline-correction-article");

            // 3. The webhook: one event per version, both kinds, the other subscription's filter passes neither.
            List<Receiver.Hit> hits = Await.until("two alerts on /desk", Duration.ofSeconds(30),
                    () -> receiver.accepted("/desk").size() >= 2 ? receiver.accepted("/desk") : null);
            JsonObject headline = hits.get(0).json().getJsonObject("data").getJsonArray("changes").getJsonObject(0);
            assertThat(headline.getString("kind")).isEqualTo("HEADLINE_CHANGED");
            assertThat(headline.getString("before")).isEqualTo(before);
            assertThat(headline.getString("after")).isEqualTo(after);
            assertThat(headline.getDouble("significance")).isGreaterThanOrEqualTo(0.5);
            assertThat(headline.getJsonArray("aspects").getList()).contains("HEDGE_CHANGED");
            JsonArray correctionChanges = hits.get(1).json().getJsonObject("data").getJsonArray("changes");
            assertThat(correctionChanges.stream().map(c -> ((JsonObject) c).getString("kind")))
                    .containsOnly("CORRECTION_ADDED");
            assertThat(correctionChanges.getJsonObject(0).getString("after")).contains("misstated");
            assertThat(hits).hasSize(2);
            assertThat(deliveries(quotesOnly)).isZero();
            assertThat(deliveries(wanted)).isEqualTo(2);

            // 4. The Atom feed of the article, fetched by the signed-in browser.
            APIResponse atom = live.context().request().get("http://127.0.0.1:" + app.port() + "/api/atom/articles/" + id);
            assertThat(atom.status()).isEqualTo(200);
            String xml = atom.text();
            assertThat(xml).contains("<category term=\"HEADLINE_CHANGED\"")
                    .contains("<category term=\"CORRECTION_ADDED\"")
                    .contains("<title>headline changed: " + after)
                    .contains("<title>correction added: " + after)
                    .contains(before);
            live.context().close();
        }
    }

    @Test
    void anABHeadlineRotationIsOneAlertAndSilentChangesBack() throws Exception {
        String body = Fixtures.seed(1);
        String a = "Hostage talks resume in Cairo";
        String b = "Hostage talks resume as Egypt presses both sides";
        String c = "Cairo hostage talks: what we know";
        site.html("/news/talks", page(a, body));
        site.rss("/talks.xml", Fixtures.rss(SITE, List.of(site.url("/news/talks")), List.of(a)));
        try (Receiver receiver = new Receiver()) {
            long sub = subscribe(receiver.url("/ab"), new JsonArray().add("HEADLINE_CHANGED"));
            app.addFeed(site.url("/talks.xml"), 1);
            long id = articleId(site.url("/news/talks"));
            String[] rotation = {b, a, b, c, a};
            for (int i = 0; i < rotation.length; i++) {
                site.html("/news/talks", page(rotation[i], body));
                awaitVersion(id, i + 2);
            }
            List<JsonObject> changes = SqlAdmin.query(app.dbUrl(), "SELECT to_version, kind, before_text, after_text, "
                    + "significance, detail FROM claim_changes WHERE article_id = $1 ORDER BY id", id);
            assertThat(changes).extracting(r -> r.getString("kind")).containsOnly("HEADLINE_CHANGED");
            assertThat(changes).hasSize(5);
            assertThat(changes.get(0).getDouble("significance")).isGreaterThanOrEqualTo(0.5);
            assertThat(changes.get(3).getDouble("significance")).as("a third title, new: an alert")
                    .isGreaterThanOrEqualTo(0.5);
            for (int i : new int[] {1, 2, 4}) {
                assertThat(changes.get(i).getDouble("significance")).as("rotation back, change " + i).isLessThan(0.5);
                assertThat(new JsonObject(changes.get(i).getValue("detail").toString()).getBoolean("returning"))
                        .isTrue();
            }
            List<JsonObject> alerts = SqlAdmin.query(app.dbUrl(), "SELECT payload::text AS payload FROM webhook_deliveries "
                    + "WHERE subscription_id = $1 AND order_key = $2 ORDER BY id", sub, "article:" + id);
            assertThat(alerts).as("alerts for 5 rotations: the two new titles only").hasSize(2);
            assertThat(alerts.get(0).getString("payload")).contains(b).doesNotContain("\"returning\"");
            assertThat(alerts.get(1).getString("payload")).contains(c);
        }
    }
}
