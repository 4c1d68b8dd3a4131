package org.claimwatch.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.support.Await;
import org.claimwatch.support.Axe;
import org.claimwatch.support.Browser;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's workspace in a real chromium against the whole app with real data (two loopback feeds whose
 * articles are edited): every view at 1440×900 and 390×844 fits without horizontal scroll, passes an axe-core scan
 * with no serious or critical violation and is saved under target/screenshots/ws-VIEW-desk|phone.png; plus the live
 * strip, one-sided added/removed claims, significance words, keys, notifications, the article timeline, folded
 * compare and grouped claims, role-aware controls, pickers, destructive confirms, self-protection, password change,
 * dark mode, server-side OPML import and the page-without-feed refusal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceIT {

    private static final String SEED = Fixtures.seed(0);
    private static final String EXTRA = "\n\nOfficials said 200 people attended the talks in Doha.";
    private static final int DESK_W = 1440;
    private static final int DESK_H = 900;
    private static final int PHONE_W = 390;
    private static final int PHONE_H = 844;
    private static final List<LogRecord> LOGS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord r) {
            LOGS.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    /** view → serious/critical axe violations, over every scan of the class. */
    private static final Map<String, List<String>> AXE = new ConcurrentHashMap<>();

    private static SiteServer site;
    private static RunningApp app;
    private static Browser browser;
    private static long feedA;
    private static long feedB;
    private static long articleA;
    private static long articleB;
    private static long storyId;
    private static String viewerCookie;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Logger.getLogger("").addHandler(CAPTURE);
        browser = Browser.launch();
        site = new SiteServer();
        site.serve("/hook", 200, "text/plain", "ok");
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()));
        feedA = publish("gazette", "Hamas leaders leave Qatar", "Gazette One", SEED);
        feedB = publish("herald", "Qatar confirms departure", "Herald Two", Fixtures.seed(1) + EXTRA);
        articleA = articleId("gazette");
        articleB = articleId("herald");
        // v2 of A: a figure changes and a sentence is added; v3: the added sentence goes again.
        edit("gazette", "Hamas leaders leave Qatar", seedWith(15) + "\n\nOfficials said 40 people were evacuated on Thursday.", 2);
        edit("gazette", "Hamas leaders leave Qatar", seedWith(15), 3);
        // v2 of B: a quotation is added.
        edit("herald", "Qatar confirms departure", Fixtures.seed(1) + EXTRA
                + "\n\n\u201cWe are not leaving for good,\u201d a Hamas official said on Wednesday.", 2);
        JsonObject sub = new JsonObject(app.send("POST", "/api/subscriptions", new JsonObject().put("name", "Newsdesk")
                .put("url", site.url("/hook")).put("format", "claimwatch").put("active", true)
                .put("filters", new JsonObject().put("feeds", new JsonArray().add(feedA)).put("min_significance", 0.5)))
                .body());
        assertThat(sub.getLong("id")).isNotNull();
        app.send("POST", "/api/subscriptions/" + sub.getLong("id") + "/test", null);
        storyId = Await.until("a story of two outlets", Duration.ofSeconds(60), () -> {
            JsonArray items = new JsonObject(app.get("/api/stories").body()).getJsonArray("items");
            return items.stream().map(JsonObject.class::cast).filter(s -> s.getInteger("article_count", 0) >= 1)
                    .map(s -> s.getLong("id")).findFirst().orElse(null);
        });
        viewerCookie = newUserSession("vera", "viewer");
    }

    @AfterAll
    static void stop() throws Exception {
        Logger.getLogger("").removeHandler(CAPTURE);
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

    // ---------------------------------------------------------------------------------------------------------
    // data

    private static String seedWith(int leaders) {
        return SEED.replace("about 13 senior leaders", "about " + leaders + " senior leaders");
    }

    private static long publish(String slug, String title, String outlet, String body) throws Exception {
        site.html("/" + slug, Fixtures.articlePage(title, body));
        site.rss("/" + slug + ".xml", Fixtures.rss(outlet, List.of(site.url("/" + slug)), List.of(title)));
        long feed = app.addFeed(site.url("/" + slug + ".xml"), 1);
        awaitVersions(slug, 1);
        return feed;
    }

    private static void edit(String slug, String title, String body, int expectedVersions) throws Exception {
        site.html("/" + slug, Fixtures.articlePage(title, body));
        awaitVersions(slug, expectedVersions);
    }

    private static void awaitVersions(String slug, int n) throws Exception {
        Await.until(n + " versions of " + slug, Duration.ofSeconds(40), () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(*) FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.url = $1",
                site.url("/" + slug)) == n);
    }

    private static long articleId(String slug) throws Exception {
        return SqlAdmin.count(app.dbUrl(), "SELECT id FROM articles WHERE url = $1", site.url("/" + slug));
    }

    /** Creates a user, signs in with the one-time password, changes it; returns the session cookie. */
    private static String newUserSession(String username, String role) throws Exception {
        JsonObject created = new JsonObject(app.send("POST", "/api/users",
                new JsonObject().put("username", username).put("role", role)).body());
        HttpResponse<String> login = post("/api/session", null, null, new JsonObject().put("username", username)
                .put("password", created.getString("one_time_password")));
        String cookie = login.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
        String csrf = new JsonObject(login.body()).getString("csrf_token");
        HttpResponse<String> changed = post("/api/session/password", cookie, csrf, new JsonObject()
                .put("current_password", created.getString("one_time_password")).put("new_password", "viewer-password-0123"));
        assertThat(changed.statusCode()).isEqualTo(204);
        return cookie;
    }

    private static HttpResponse<String> post(String path, String cookie, String csrf, JsonObject body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode()));
        if (cookie != null) {
            b.header("cookie", cookie);
        }
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return "http://127.0.0.1:" + app.port();
    }

    private static List<Long> changeIds(long article, String kind) throws Exception {
        return SqlAdmin.query(app.dbUrl(), "SELECT id FROM claim_changes WHERE article_id = $1 AND kind = $2 ORDER BY id",
                article, kind).stream().map(r -> r.getLong("id")).toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // page helpers

    private static Page page(int width, int height, List<String> errors, String cookie) {
        Page page = browser.page(width, height, errors, cookie, app.port());
        Axe.install(page.context());
        return page;
    }

    /** Opens a view by its hash route and waits for what shows it is loaded. */
    private static void go(Page page, String hash, String ready) {
        if (page.url().startsWith(base())) {
            page.evaluate("h => { window.location.hash = h; }", hash);
        } else {
            page.navigate(base() + "/" + hash);
        }
        page.waitForSelector(ready, new Page.WaitForSelectorOptions().setTimeout(20_000));
    }

    /** No horizontal scroll, no serious/critical axe violation (collected), a screenshot. */
    private static void check(Page page, String view, String width) {
        Object unsafe = page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"
                + ".filter(h => !/^(https?:|#|\\/)/.test(h))");
        assertThat((List<?>) unsafe).as(view + ": every link is http(s), a route or a local path").isEmpty();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as(view + " at " + width + ": horizontal overflow in px").isLessThanOrEqualTo(0);
        List<String> violations = Axe.seriousViolations(page);
        AXE.computeIfAbsent(view + "-" + width, k -> new ArrayList<>()).addAll(violations);
        Browser.screenshot(page, "ws-" + view + "-" + width);
    }

    private static void assertNoAxeViolations() {
        Map<String, Integer> summary = new LinkedHashMap<>();
        AXE.forEach((k, v) -> summary.put(k, v.size()));
        System.out.println("axe-core " + "4.14.1 serious+critical violations per view: " + summary);
        AXE.forEach((view, v) -> assertThat(v).as("axe-core serious/critical violations on " + view).isEmpty());
    }

    private static boolean visible(Page page, String selector) {
        return page.locator(selector).count() > 0 && page.locator(selector).first().isVisible();
    }

    // ---------------------------------------------------------------------------------------------------------
    // tests

    @Test
    @Order(1)
    void onADeskEveryViewFitsIsAccessibleAndWorks() throws Exception {
        List<String> errors = Browser.errors();
        Page page = page(DESK_W, DESK_H, errors, app.sessionCookie());
        page.onDialog(d -> d.dismiss());
        try {
            // Live: the first change is in the first screen; the chart is folded into the strip.
            go(page, "#/", "#stream li.item.change");
            Browser.waitFor(page, "() => document.getElementById('connection')?.dataset.state === 'live'", null, 15_000);
            double top = ((Number) page.evaluate("() => document.querySelector('#stream li.item.change').getBoundingClientRect().top")).doubleValue();
            System.out.println("first change at " + Math.round(top) + " px of " + DESK_H + " (desk)");
            assertThat(top).as("first change's top on a desk").isLessThan(DESK_H - 150);
            assertThat(visible(page, "#hourly-chart")).as("chart folded by default").isFalse();

            // Added and removed claims show one side only.
            String added = "li.item.change[data-kind=\"CLAIM_ADDED\"]";
            String removed = "li.item.change[data-kind=\"CLAIM_REMOVED\"]";
            page.waitForSelector(added);
            assertThat(page.locator(added + " .before").count()).isZero();
            assertThat(page.locator(added + " .after .label").first().textContent()).isEqualTo("Added");
            page.waitForSelector(removed);
            assertThat(page.locator(removed + " .after").count()).isZero();
            assertThat(page.locator(removed + " .before .label").first().textContent()).isEqualTo("Removed");
            String number = "li.item.change[data-kind=\"NUMBER_CHANGED\"]";
            assertThat(page.locator(number + " .before del").first().textContent()).contains("13");
            assertThat(page.locator(number + " .after ins").first().textContent()).contains("15");

            // Significance in words, explained in a tooltip and a legend.
            List<?> words = (List<?>) page.evaluate("() => [...document.querySelectorAll('#stream .sig')].map(s => s.textContent)");
            assertThat(words).isNotEmpty().allSatisfy(w -> assertThat(w).isIn("minor", "notable", "major"));
            assertThat(page.getAttribute("#stream .sig", "title")).contains("significance").contains("major (0.8–1)");
            page.click("#glance-toggle");
            page.waitForSelector("#hourly-chart rect.bar");
            assertThat(page.locator("#significance-legend dt").allTextContents()).containsExactly("major", "notable", "minor");
            check(page, "live-legend", "desk");
            page.click("#glance-toggle");

            // Keys: j/k move, o opens, / searches.
            page.locator("body").click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(5, 5));
            page.keyboard().press("j");
            page.keyboard().press("j");
            page.keyboard().press("k");
            Object selected = page.evaluate("() => [...document.querySelectorAll('#stream li.item')].findIndex(li => li.classList.contains('selected'))");
            assertThat(((Number) selected).intValue()).isZero();
            assertThat(page.evaluate("() => document.activeElement.classList.contains('selected')")).isEqualTo(true);
            page.keyboard().press("/");
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("filter-text");
            page.keyboard().press("Escape");
            page.keyboard().press("j");
            page.keyboard().press("o");
            Browser.waitFor(page, "() => location.hash.startsWith('#/articles/')", null, 5_000);
            go(page, "#/", "#stream li.item.change");
            check(page, "live", "desk");

            // Article: timeline with each version's changes, compare folded to changed sentences, claims per sentence.
            go(page, "#/articles/" + articleA + "?from=1&to=2", "#side-by-side tbody tr");
            page.waitForSelector("#claim-list li.claim");
            String v2 = "#timeline li.version[data-version-no=\"2\"]";
            assertThat(page.locator(v2 + " .change-line[data-kind=\"NUMBER_CHANGED\"]").textContent())
                    .contains("number changed").contains("13").contains("15");
            assertThat(page.locator(v2 + " .change-line[data-kind=\"NUMBER_CHANGED\"] del").textContent()).contains("13");
            assertThat(page.locator(v2 + " .change-line[data-kind=\"NUMBER_CHANGED\"] ins").textContent()).contains("15");
            assertThat(page.locator("#timeline li.version[data-version-no=\"3\"] .change-line[data-kind=\"CLAIM_REMOVED\"] ins").count()).isZero();
            int allRows = page.locator("#side-by-side tbody tr.row").count();
            int shownRows = ((Number) page.evaluate("() => [...document.querySelectorAll('#side-by-side tbody tr.row')].filter(r => r.offsetParent !== null).length")).intValue();
            int changedRows = ((Number) page.evaluate("() => document.querySelectorAll('#side-by-side tbody tr.row:not(.unchanged):not(.moved)').length")).intValue();
            assertThat(changedRows).isGreaterThanOrEqualTo(1);
            assertThat(shownRows).as("changed sentences and one sentence of context each").isLessThanOrEqualTo(changedRows * 3)
                    .isLessThan(allRows);
            check(page, "article", "desk");
            String fold = page.locator("#side-by-side tr.fold button").first().textContent();
            assertThat(fold).matches("show \\d+ unchanged sentences?");
            int folded = Integer.parseInt(fold.replaceAll("\\D", ""));
            page.locator("#side-by-side tr.fold button").first().click();
            int afterOpen = ((Number) page.evaluate("() => [...document.querySelectorAll('#side-by-side tbody tr.row')].filter(r => r.offsetParent !== null).length")).intValue();
            assertThat(afterOpen).isEqualTo(shownRows + folded);
            List<String> sentences = page.locator("#claim-list li.claim .claim-text").allTextContents();
            assertThat(sentences).doesNotHaveDuplicates();
            assertThat(page.locator("#claim-list li.claim .chip").count()).isGreaterThanOrEqualTo(sentences.size());

            // Feeds: destructive actions are styled and confirm (dismissed: the feed stays).
            go(page, "#/feeds", "#feed-list li.feed");
            assertThat(page.getAttribute("#remove-" + feedA, "class")).contains("danger");
            page.click("#remove-" + feedA);
            assertThat(app.get("/api/feeds/" + feedA).statusCode()).isEqualTo(200);
            check(page, "feeds", "desk");

            // Alerts: feeds, stories and kinds picked by name with readable labels.
            go(page, "#/alerts", "#subscriptions li.subscription");
            page.fill("#sub-feeds-search", "herald");
            assertThat(page.locator("#sub-feeds-options li[data-name]:visible").count()).isEqualTo(1);
            assertThat(page.locator("#sub-feeds-options li[data-name]:visible label").textContent()).contains("Herald Two");
            assertThat(page.locator("#sub-kinds-options label").allTextContents()).contains("number changed", "quote added");
            page.check("#sub-feeds-" + feedB);
            page.check("#sub-kinds-NUMBER_CHANGED");
            page.fill("#sub-name", "Herald numbers");
            page.fill("#sub-url", site.url("/hook"));
            page.click("button:has-text('Create subscription')");
            page.waitForSelector(".secret-once code");
            JsonObject created = new JsonArray(app.get("/api/subscriptions").body()).stream().map(JsonObject.class::cast).filter(s -> "Herald numbers".equals(s.getString("name")))
                    .findFirst().orElseThrow();
            assertThat(created.getJsonObject("filters").getJsonArray("feeds").size()).isEqualTo(1);
            assertThat(created.getJsonObject("filters").getJsonArray("feeds").getLong(0)).isEqualTo(feedB);
            assertThat(created.getJsonObject("filters").getJsonArray("kinds").getList()).containsExactly("NUMBER_CHANGED");
            page.waitForSelector("li.subscription:has-text('Herald numbers') :text('feeds: Herald Two')");
            assertThat(page.getAttribute("li.subscription button:has-text('Delete')", "class")).contains("danger");
            check(page, "alerts", "desk");

            go(page, "#/stories", "#story-list li.story");
            check(page, "stories", "desk");
            go(page, "#/stories/" + storyId, ".story-timeline");
            assertThat(page.textContent("#view")).doesNotContain(" 1 articles");
            check(page, "story", "desk");

            // Account: change password lives here; tokens with an empty state; one Sign out (the header's).
            go(page, "#/account", "#password-form");
            assertThat(page.locator("#token-list li").first().textContent()).isNotBlank();
            assertThat(page.locator("button:has-text('Sign out')").count()).isEqualTo(1);
            check(page, "account", "desk");

            // Admin: nobody is offered to disable or demote themselves.
            go(page, "#/admin", "#user-list li.user");
            page.waitForSelector("#audit li");
            long adminId = new JsonObject(app.get("/api/session").body()).getJsonObject("user", new JsonObject()).getLong("id", -1L);
            String me = "#user-list li.user:has(.username:text-is('admin'))";
            assertThat(page.locator(me + " button:has-text('Disable')").count()).isZero();
            assertThat(page.locator(me + " select").isDisabled()).isTrue();
            assertThat(page.locator("#user-list li.user:has(.username:text-is('vera')) button:has-text('Disable')").getAttribute("class")).contains("danger");
            assertThat(adminId).isNotNull();
            check(page, "admin", "desk");
            assertThat(errors).as("console errors and CSP violations").isEmpty();
        } finally {
            page.context().close();
        }
    }

    @Test
    @Order(2)
    void onAPhoneEveryViewFitsAndIsAccessible() {
        List<String> errors = Browser.errors();
        Page page = page(PHONE_W, PHONE_H, errors, app.sessionCookie());
        try {
            go(page, "#/", "#stream li.item.change");
            double top = ((Number) page.evaluate("() => document.querySelector('#stream li.item.change').getBoundingClientRect().top")).doubleValue();
            System.out.println("first change at " + Math.round(top) + " px of " + PHONE_H + " (phone)");
            assertThat(top).as("first change's top on a phone").isLessThan(PHONE_H - 200);
            check(page, "live", "phone");
            page.click("#filters-toggle");
            page.waitForSelector("#filter-kind", new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
            check(page, "live-filters", "phone");
            go(page, "#/articles/" + articleA + "?from=1&to=2", "#inline-diff p.row");
            page.waitForSelector("#claim-list li.claim");
            assertThat(page.locator("#inline-diff p.fold button").count()).as("folds on a phone too").isPositive();
            check(page, "article", "phone");
            go(page, "#/feeds", "#feed-list li.feed");
            check(page, "feeds", "phone");
            go(page, "#/alerts", "#subscriptions li.subscription");
            page.locator("li.subscription button:has-text('Delivery log')").first().click();
            page.waitForSelector("table.deliveries");
            check(page, "alerts", "phone");
            go(page, "#/stories", "#story-list li.story");
            check(page, "stories", "phone");
            go(page, "#/stories/" + storyId, ".story-timeline");
            check(page, "story", "phone");
            go(page, "#/account", "#password-form");
            check(page, "account", "phone");
            go(page, "#/admin", "#audit li");
            check(page, "admin", "phone");
            go(page, "#/articles/999999", "#article-title:text('Article not found')");
            assertThat(page.locator("#timeline-title").count()).as("no orphan Versions heading").isZero();
            check(page, "article-missing", "phone");
            assertThat(errors.stream().filter(e -> !e.contains("404")).toList()).as("console errors and CSP violations").isEmpty();
        } finally {
            page.context().close();
        }
        for (int[] size : new int[][] {{DESK_W, DESK_H}, {PHONE_W, PHONE_H}}) {
            List<String> anonymous = Browser.errors();
            Page login = page(size[0], size[1], anonymous, null);
            try {
                go(login, "#/", "form.login-form");
                check(login, "login", size[0] == DESK_W ? "desk" : "phone");
            } finally {
                login.context().close();
            }
        }
        assertNoAxeViolations();
    }

    @Test
    @Order(3)
    void darkModeFollowsTheSystemAndTheToggle() {
        List<String> errors = Browser.errors();
        Page page = browser.page(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(DESK_W, DESK_H)
                .setColorScheme(ColorScheme.DARK), errors, app.sessionCookie(), app.port());
        Axe.install(page.context());
        try {
            go(page, "#/", "#stream li.item.change");
            String dark = (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
            assertThat(dark).isEqualTo("rgb(17, 20, 23)");
            check(page, "live-dark", "desk");
            go(page, "#/articles/" + articleA + "?from=1&to=2", "#side-by-side tbody tr");
            page.waitForSelector("#claim-list li.claim");
            check(page, "article-dark", "desk");
            page.click("#theme-toggle"); // auto → dark
            page.click("#theme-toggle"); // dark → light
            assertThat(page.getAttribute("html", "data-theme")).isEqualTo("light");
            assertThat(page.evaluate("() => getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(246, 247, 249)");
            page.reload();
            page.waitForSelector("#side-by-side tbody tr");
            assertThat(page.getAttribute("html", "data-theme")).as("the choice is kept").isEqualTo("light");
            page.click("#theme-toggle"); // light → auto: the system's dark again
            assertThat(page.getAttribute("html", "data-theme-choice")).isEqualTo("auto");
            assertThat(page.getAttribute("html", "data-theme")).isEqualTo("dark");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            Browser.waitFor(page, "() => document.documentElement.dataset.theme === 'light'", null, 5_000);
            assertThat(errors).isEmpty();
        } finally {
            page.context().close();
        }
        assertNoAxeViolations();
    }

    @Test
    @Order(4)
    void aViewerSeesNoWriteControlsAndAFriendlyRefusal() throws Exception {
        List<String> errors = Browser.errors();
        Page page = page(DESK_W, DESK_H, errors, viewerCookie);
        try {
            go(page, "#/", "#stream li.item.change");
            assertThat(page.locator("nav a[data-route=alerts]").isVisible()).isFalse();
            assertThat(page.locator("nav a[data-route=admin]").isVisible()).isFalse();
            go(page, "#/feeds", "#feed-list li.feed");
            assertThat(page.locator("#feed-form").count()).isZero();
            assertThat(page.locator("#feed-list button").count()).as("no Save/Pause/Remove for a viewer").isZero();
            assertThat(page.textContent("#view")).contains("needs the editor role");
            check(page, "feeds-viewer", "desk");
            go(page, "#/stories/" + storyId, ".story-timeline");
            assertThat(page.locator(".editor-tools").count()).isZero();
            assertThat(page.locator(".story-timeline input[type=checkbox]").count()).isZero();
            go(page, "#/alerts", "#view h2:text('Not available for your role')");
            assertThat(page.textContent("#view")).contains("needs the editor role").doesNotContain("{");
            // What a refused call shows on screen (errorText of the ApiError): a sentence, never raw JSON.
            Object refused = page.evaluate("async () => { const { api } = await import('/js/api.js'); const { errorText } = await import('/js/dom.js');"
                    + " try { await api('/api/feeds', { method: 'POST', body: { url: 'http://127.0.0.1:9/x.xml' } }); return 'accepted'; }"
                    + " catch (e) { return errorText(e); } }");
            assertThat((String) refused).startsWith("Your role (viewer) cannot do this").doesNotContain("{").doesNotContain("error");

            // Change password in Account.
            go(page, "#/account", "#token-list li.empty");
            assertThat(page.textContent("#token-list")).startsWith("No tokens yet.");
            check(page, "account-viewer", "desk");
            page.fill("#current-password", "viewer-password-0123");
            page.fill("#new-password", "viewer-password-4567");
            page.fill("#new-password-again", "viewer-password-4567");
            page.click("#password-form button[type=submit]");
            page.waitForSelector("#password-status:text('Password changed')");
            assertThat(post("/api/session", null, null, new JsonObject().put("username", "vera")
                    .put("password", "viewer-password-4567")).statusCode()).isEqualTo(200);
            assertThat(errors.stream().filter(e -> !e.contains("403")).toList()).isEmpty();
        } finally {
            page.context().close();
        }
        assertNoAxeViolations();
    }

    @Test
    @Order(5)
    void significantChangesNotifyWhileTheTabIsHiddenFilteredLikeTheStream() throws Exception {
        List<String> errors = Browser.errors();
        Page page = browser.page(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(DESK_W, DESK_H)
                .setPermissions(List.of("notifications")), errors, app.sessionCookie(), app.port());
        page.context().addInitScript("window.__notes = []; const N = window.Notification;"
                + " window.Notification = class extends N { constructor(t, o) { super(t, o); window.__notes.push({ title: t, body: o && o.body }); } };"
                + " Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => window.__hidden ? 'hidden' : 'visible' });");
        try {
            go(page, "#/", "#stream li.item.change");
            Browser.waitFor(page, "() => document.getElementById('connection')?.dataset.state === 'live'", null, 15_000);
            page.click("#notify");
            Browser.waitFor(page, "() => document.getElementById('notify').getAttribute('aria-pressed') === 'true'", null, 5_000);
            page.selectOption("#filter-feed", String.valueOf(feedB));
            page.evaluate("() => { window.__hidden = true; }");

            // A change of feed A: outside the filter, no notification.
            edit("gazette", "Hamas leaders leave Qatar", seedWith(21), 4);
            long outside = changeIds(articleA, "NUMBER_CHANGED").stream().reduce((a, b) -> b).orElseThrow();
            Browser.waitFor(page, "async id => (await import('/js/stream.js')).all().some(e => e.type === 'change' && e.id === id)",
                    (double) outside, 15_000);
            // A change of feed B: notified.
            edit("herald", "Qatar confirms departure", Fixtures.seed(1) + EXTRA.replace("200", "250")
                    + "\n\n\u201cWe are not leaving for good,\u201d a Hamas official said on Wednesday.", 3);
            Browser.waitFor(page, "() => window.__notes.length > 0", null, 15_000);
            List<?> notes = (List<?>) page.evaluate("() => window.__notes.map(n => n.title + ' | ' + n.body)");
            assertThat(notes).isNotEmpty().allSatisfy(n -> assertThat((String) n).contains("Qatar confirms departure"));
            assertThat(notes.toString()).contains("number changed").contains("250");

            // Visible again: nothing more is notified.
            page.evaluate("() => { window.__hidden = false; window.__notes = []; }");
            edit("herald", "Qatar confirms departure", Fixtures.seed(1) + EXTRA.replace("200", "300")
                    + "\n\n\u201cWe are not leaving for good,\u201d a Hamas official said on Wednesday.", 4);
            long shown = changeIds(articleB, "NUMBER_CHANGED").stream().reduce((a, b) -> b).orElseThrow();
            page.waitForSelector("li.item.change[data-id=\"" + shown + "\"]");
            assertThat(page.evaluate("() => window.__notes.length")).isEqualTo(0);
            page.selectOption("#filter-feed", "");
            assertThat(errors).isEmpty();
        } finally {
            page.context().close();
        }
    }

    @Test
    @Order(6)
    void opmlImportRunsOnTheServerWithProgressDuplicatesAndErrors() throws Exception {
        site.rss("/opml-1.xml", Fixtures.rss("OPML One", List.of(site.url("/gazette")), List.of("x")));
        site.rss("/opml-2.xml", Fixtures.rss("OPML Two", List.of(site.url("/herald")), List.of("y")));
        String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                + "<outline text=\"news\">"
                + "<outline type=\"rss\" text=\"One\" xmlUrl=\"" + site.url("/opml-1.xml") + "\"/>"
                + "<outline type=\"rss\" text=\"Two\" xmlUrl=\"" + site.url("/opml-2.xml") + "\"/></outline>"
                + "<outline type=\"rss\" text=\"Again\" xmlUrl=\"" + site.url("/gazette.xml") + "\"/>"
                + "<outline type=\"rss\" text=\"Bad\" xmlUrl=\"ftp://example.org/feed.xml\"/>"
                + "</body></opml>";
        Path file = Files.createTempFile("claimwatch", ".opml");
        Files.writeString(file, opml, StandardCharsets.UTF_8);
        List<String> errors = Browser.errors();
        Page page = page(DESK_W, DESK_H, errors, app.sessionCookie());
        try {
            go(page, "#/feeds", "#feed-list li.feed");
            page.setInputFiles("#opml-file", file);
            Browser.waitFor(page, "() => /Imported: 4 of 4 done/.test(document.getElementById('opml-status').textContent)", null, 30_000);
            assertThat(page.getAttribute("#opml-progress", "value")).isEqualTo("4");
            assertThat(page.getAttribute("#opml-progress", "max")).isEqualTo("4");
            assertThat(page.textContent("#opml-status")).contains("2 added").contains("1 already present").contains("1 failed");
            assertThat(page.textContent("#opml-errors")).contains(site.url("/gazette.xml")).contains("ftp://example.org/feed.xml");
            page.waitForSelector("#feed-list li.feed:has-text('OPML One')");
            check(page, "feeds-opml", "desk");
            assertThat(errors).isEmpty();
        } finally {
            page.context().close();
            Files.deleteIfExists(file);
        }
        // The same through the API, followed live on the bridge: 202 at once, progress on claimwatch.live.opml.
        site.rss("/opml-3.xml", Fixtures.rss("OPML Three", List.of(site.url("/gazette")), List.of("z")));
        try (org.claimwatch.support.LiveClient live = app.live()) {
            live.register("claimwatch.live.opml");
            HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/feeds/opml"))
                    .header("Authorization", "Bearer " + app.token()).header("content-type", "text/x-opml")
                    .POST(HttpRequest.BodyPublishers.ofString("<opml version=\"2.0\"><body>"
                            + "<outline xmlUrl=\"" + site.url("/opml-3.xml") + "\"/><outline xmlUrl=\"" + site.url("/opml-1.xml")
                            + "\"/></body></opml>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).isEqualTo(202);
            String job = new JsonObject(started.body()).getString("id");
            // LiveClient hands over each item of a batch {items: [...]} as its own frame
            JsonObject finished = live.nextMatching(20_000, item -> job.equals(item.getString("id"))
                    && item.getBoolean("finished", false));
            assertThat(finished).as("the finished job on the bridge").isNotNull();
            JsonObject status = new JsonObject(app.get("/api/feeds/opml/" + job).body());
            assertThat(status.getInteger("total")).isEqualTo(2);
            assertThat(status.getInteger("done")).isEqualTo(2);
            assertThat(status.getInteger("added")).isEqualTo(1);
            assertThat(status.getInteger("skipped")).isEqualTo(1);
            assertThat(status.getJsonArray("errors").getJsonObject(0).getString("url")).isEqualTo(site.url("/opml-1.xml"));
        }
        HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/feeds/opml"))
                .header("Authorization", "Bearer " + app.token()).header("content-type", "text/x-opml")
                .POST(HttpRequest.BodyPublishers.ofString("<opml><body><outline")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(bad.body()).getString("error")).contains("OPML");
        assertThat(app.get("/api/feeds/opml/999999").statusCode()).isEqualTo(404);
        assertNoAxeViolations();
    }

    @Test
    @Order(7)
    void aPageWithoutFeedsIsRefusedUnlessForced() throws Exception {
        site.html("/plain-page", "<!doctype html><html><head><title>Plain</title></head><body><p>No feed here.</p></body></html>");
        HttpResponse<String> refused = app.send("POST", "/api/feeds", new JsonObject().put("url", site.url("/plain-page")));
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonObject body = new JsonObject(refused.body());
        assertThat(body.getJsonArray("candidates")).isEmpty();
        assertThat(body.getBoolean("is_feed")).isFalse();
        List<String> errors = Browser.errors();
        Page page = page(DESK_W, DESK_H, errors, app.sessionCookie());
        try {
            go(page, "#/feeds", "#feed-form");
            page.fill("#feed-url", site.url("/plain-page"));
            page.click("#feed-form button[type=submit]");
            page.waitForSelector("#feed-error:has-text('links no feed')");
            page.click("#force-add");
            page.waitForSelector("#feed-list li.feed:has-text('" + site.url("/plain-page") + "')");
            assertThat(errors.stream().filter(e -> !e.contains("422")).toList()).isEmpty();
        } finally {
            page.context().close();
        }
    }

    @Test
    @Order(8)
    void nobodyDisablesOrDemotesThemselvesAndStartUpLogsAreClean() throws Exception {
        long adminId = SqlAdmin.count(app.dbUrl(), "SELECT id FROM users WHERE username = 'admin'");
        HttpResponse<String> disable = app.send("PATCH", "/api/users/" + adminId, new JsonObject().put("disabled", true));
        assertThat(disable.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(disable.body()).getString("error")).contains("yourself");
        HttpResponse<String> demote = app.send("PATCH", "/api/users/" + adminId, new JsonObject().put("role", "editor"));
        assertThat(demote.statusCode()).isEqualTo(400);
        assertThat(new JsonArray(app.get("/api/users").body()).stream().map(JsonObject.class::cast).filter(u -> u.getLong("id") == adminId).findFirst()
                .orElseThrow().getString("role")).isEqualTo("admin");

        List<String> lines = LOGS.stream().map(r -> r.getLoggerName() + " " + r.getLevel() + " " + r.getMessage()).toList();
        assertThat(lines.stream().filter(l -> l.contains("serving on")).count()).as("one 'serving on' line").isEqualTo(1);
        assertThat(lines).noneMatch(l -> l.toLowerCase().contains("already registered") || l.toLowerCase().contains("gauge"));
    }
}
