package org.claimwatch.web;

import com.microsoft.playwright.Page;
import org.claimwatch.support.Browser;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Filters, counters and a 5,000-change stream in a real chromium, on changes stored straight into the database. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveViewFiltersIT {

    private static RunningApp app;
    private static Browser browser;
    private static long alpha;
    private static long beta;
    private static long numberChange;
    private static long addedClaim;
    private static long quoteChange;

    private final List<String> errors = Browser.errors();
    private Page page;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()));
        alpha = feed("http://127.0.0.1:9/alpha.xml", "Alpha Times");
        beta = feed("http://127.0.0.1:9/beta.xml", "Beta Post");
        long budget = article(alpha, "http://127.0.0.1:9/budget", "Budget vote", "Alpha Times");
        long storm = article(beta, "http://127.0.0.1:9/storm", "Storm update", "Beta Post");
        numberChange = change(budget, "NUMBER_CHANGED", "'The budget was 10 million.'", "'The budget was 12 million.'",
                "0.9", "{\"spans\":[{\"kind\":\"DELETE\",\"start\":15,\"end\":17,\"text\":\"10\"},"
                        + "{\"kind\":\"INSERT\",\"start\":15,\"end\":17,\"text\":\"12\"}]}");
        addedClaim = change(budget, "CLAIM_ADDED", "NULL", "'The minister resigned on Friday.'", "0.3", "{}");
        quoteChange = change(storm, "QUOTE_CHANGED", "'\"We are ready,\" the mayor said.'",
                "'\"We are not ready,\" the mayor said.'", "0.6", "{}");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.page(errors, app.sessionCookie(), app.port());
    }

    @AfterEach
    void closePage() {
        page.context().close();
        assertThat(errors).as("console errors and CSP violations").isEmpty();
    }

    private static long feed(String url, String title) throws Exception {
        return SqlAdmin.count(app.dbUrl(), "INSERT INTO feeds (url, title, paused, status) VALUES ($1, $2, true, "
                + "'paused') RETURNING id", url, title);
    }

    private static long article(long feed, String url, String title, String outlet) throws Exception {
        long id = SqlAdmin.count(app.dbUrl(), "INSERT INTO articles (feed_id, url, title, outlet, version_count) "
                + "VALUES ($1, $2, $3, $4, 2) RETURNING id", feed, url, title, outlet);
        for (int v = 1; v <= 2; v++) {
            SqlAdmin.execute(app.dbUrl(), "INSERT INTO article_versions (article_id, version_no, text, text_hash, "
                    + "fingerprint, sentence_count, sentences_added, sentences_removed) VALUES (" + id + ", " + v
                    + ", 'text', 'h', 'f', 1, 0, 0)");
        }
        return id;
    }

    /** A stored change (SQL literals written by the test itself). */
    private static long change(long article, String kind, String before, String after, String significance,
                               String detail) throws Exception {
        return SqlAdmin.count(app.dbUrl(), "INSERT INTO claim_changes (article_id, version_id, from_version, "
                + "to_version, kind, claim_key, before_text, after_text, significance, detail) SELECT " + article
                + ", v.id, 1, 2, '" + kind + "', 'k', " + before + ", " + after + ", " + significance + ", '"
                + detail + "'::jsonb FROM article_versions v WHERE v.article_id = " + article
                + " AND v.version_no = 2 RETURNING id");
    }

    private void open() {
        page.navigate("http://127.0.0.1:" + app.port() + "/");
        Browser.waitFor(page, "() => document.getElementById('connection')?.dataset.state === 'live'", null, 15_000);
    }

    @SuppressWarnings("unchecked")
    private List<Long> visible() {
        List<Object> ids = (List<Object>) page.evaluate("() => [...document.querySelectorAll('#stream li.item.change')]"
                + ".map(li => Number(li.dataset.id))");
        return ids.stream().map(o -> ((Number) o).longValue()).toList();
    }

    @Test
    @Order(1)
    void filtersByKindFeedSignificanceAndText() {
        open();
        assertThat(visible()).containsExactly(quoteChange, addedClaim, numberChange);
        assertThat(page.textContent("li.item.change[data-id=\"" + numberChange + "\"] .before del")).isEqualTo("10");
        assertThat(page.textContent("li.item.change[data-id=\"" + numberChange + "\"] .after ins")).isEqualTo("12");

        page.selectOption("#filter-kind", "NUMBER_CHANGED");
        assertThat(visible()).containsExactly(numberChange);
        page.selectOption("#filter-kind", "");
        page.selectOption("#filter-feed", String.valueOf(beta));
        assertThat(visible()).containsExactly(quoteChange);
        page.selectOption("#filter-feed", "");
        page.selectOption("#filter-significance", "0.5");
        assertThat(visible()).containsExactly(quoteChange, numberChange);
        page.selectOption("#filter-significance", "0");
        page.fill("#filter-text", "MAYOR");
        assertThat(visible()).containsExactly(quoteChange);
        page.fill("#filter-text", "");
        assertThat(page.textContent("#counters .counter[data-kind=\"CLAIM_ADDED\"] .count")).isEqualTo("1");
        page.click("#counters .counter[data-kind=\"CLAIM_ADDED\"]");
        assertThat(visible()).containsExactly(addedClaim);
        assertThat(page.inputValue("#filter-kind")).isEqualTo("CLAIM_ADDED");
        Browser.screenshot(page, "live-filtered");
    }

    @Test
    @Order(2)
    void readableOnAPhone() {
        page.context().close();
        page = browser.page(390, 844, errors, app.sessionCookie(), app.port());
        open();
        assertThat(visible()).hasSize(3);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("no horizontal scrolling on a phone").isEqualTo(false);
        Browser.screenshot(page, "live-phone");
    }

    @Test
    @Order(3)
    void fiveThousandChangesStayResponsive() throws Exception {
        long many = article(alpha, "http://127.0.0.1:9/many", "Many edits", "Alpha Times");
        SqlAdmin.execute(app.dbUrl(), "INSERT INTO claim_changes (article_id, version_id, from_version, to_version, "
                + "kind, claim_key, before_text, after_text, significance, detail) SELECT " + many + ", v.id, 1, 2, "
                + "(ARRAY['NUMBER_CHANGED','CLAIM_REWORDED','HEDGE_CHANGED'])[1 + g % 3], 'k' || g, "
                + "'Figure ' || g || ' was reported.', 'Figure ' || (g + 1) || ' was reported.', (g % 10) / 10.0, "
                + "'{}'::jsonb FROM article_versions v, generate_series(1, 5000) g WHERE v.article_id = " + many
                + " AND v.version_no = 2");
        open();
        long t0 = System.nanoTime();
        page.evaluate("async () => { const s = await import('/js/stream.js');"
                + " while (s.hasOlder()) await s.loadOlder(1000); }");
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(((Number) page.evaluate("() => window.claimwatch.loaded()")).intValue())
                .as("5,003 changes and 3 new-article events").isEqualTo(5006);
        assertThat(page.locator("#stream li").count()).as("DOM holds one page, not 5,000 items").isLessThanOrEqualTo(100);

        Object filterMs = page.evaluate("() => { const q = document.getElementById('filter-text'); const t = performance.now();"
                + " q.value = 'figure 4242 '; q.dispatchEvent(new Event('input', { bubbles: true }));"
                + " return performance.now() - t; }");
        assertThat(visible()).as("the change into and the change out of figure 4242").hasSize(2);
        Object clearMs = page.evaluate("() => { const q = document.getElementById('filter-text'); const t = performance.now();"
                + " q.value = ''; q.dispatchEvent(new Event('input', { bubbles: true }));"
                + " return performance.now() - t; }");
        assertThat(visible()).hasSize(100);
        page.click("#show-more");
        assertThat(visible()).hasSize(200);
        System.out.println("5,000 changes: loading older pages " + loadMs + " ms; text filter over 5,003 changes "
                + Math.round(((Number) filterMs).doubleValue()) + " ms; clearing it (render 100 items) "
                + Math.round(((Number) clearMs).doubleValue()) + " ms");
        Browser.screenshot(page, "live-5000");
    }
}
