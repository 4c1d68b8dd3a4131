package org.claimwatch.web;

import com.microsoft.playwright.Page;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.vertx.core.json.JsonObject;
import org.claimwatch.support.Await;
import org.claimwatch.support.Browser;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tracker page in a real chromium against the whole app: live stream, reconnects, article view, feeds, Atom. */
class TrackerPageIT {

    private static final String SEED = Fixtures.seed(0);
    private static SiteServer site;
    private static RunningApp app;
    private static Browser browser;

    private final List<String> errors = Browser.errors();
    private Page page;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        site = new SiteServer();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()));
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

    @BeforeEach
    void openPage() {
        page = browser.page(errors, app.sessionCookie(), app.port());
    }

    @AfterEach
    void closePage() {
        page.context().close();
        assertThat(errors).as("console errors and CSP violations").isEmpty();
    }

    /** One article on its own feed, polled every second; returns the article id once version 1 is stored. */
    private long publish(String slug, String title, String body) throws Exception {
        site.html("/" + slug, Fixtures.articlePage(title, body));
        site.rss("/" + slug + ".xml", Fixtures.rss("Gazette " + slug, List.of(site.url("/" + slug)), List.of(title)));
        app.addFeed(site.url("/" + slug + ".xml"), 1);
        awaitVersions(slug, 1);
        return SqlAdmin.count(app.dbUrl(), "SELECT id FROM articles WHERE url = $1", site.url("/" + slug));
    }

    private void edit(String slug, String title, String body, int expectedVersions) throws Exception {
        site.html("/" + slug, Fixtures.articlePage(title, body));
        awaitVersions(slug, expectedVersions);
    }

    private void awaitVersions(String slug, int n) throws Exception {
        Await.until(n + " versions of " + slug, Duration.ofSeconds(30), () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(*) FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.url = $1",
                site.url("/" + slug)) == n);
    }

    private List<Long> changeIds(long articleId) throws Exception {
        return SqlAdmin.query(app.dbUrl(), "SELECT id FROM claim_changes WHERE article_id = $1 ORDER BY id", articleId)
                .stream().map(r -> r.getLong("id")).toList();
    }

    private void openLive() {
        page.navigate("http://127.0.0.1:" + app.port() + "/");
        Browser.waitFor(page, "() => document.getElementById('connection')?.dataset.state === 'live'", null, 15_000);
    }

    private static String seedWith(int leaders) {
        return SEED.replace("about 13 senior leaders", "about " + leaders + " senior leaders");
    }

    @Test
    void aStoredChangeAppearsInTheLiveViewWithHighlights() throws Exception {
        openLive();
        long article = publish("live-1", "Leaders leave Qatar", SEED);
        edit("live-1", "Leaders leave Qatar", seedWith(15), 2);
        long changeId = SqlAdmin.count(app.dbUrl(),
                "SELECT id FROM claim_changes WHERE article_id = $1 AND kind = 'NUMBER_CHANGED'", article);
        String selector = "li.item.change[data-id=\"" + changeId + "\"]";
        page.waitForSelector(selector);
        assertThat(page.textContent(selector + " .badge")).isEqualTo("number changed");
        assertThat(page.textContent(selector + " .before del")).contains("13");
        assertThat(page.textContent(selector + " .after ins")).contains("15");
        assertThat(page.textContent(selector + " .outlet")).isEqualTo("Gazette live-1");
        assertThat(page.textContent(selector + " .sig")).isIn("minor", "notable", "major");
        assertThat(page.getAttribute(selector + " .sig", "title")).startsWith("significance ");
        assertThat(page.getAttribute(selector + " a.title", "href")).isEqualTo("#/articles/" + article + "?from=1&to=2");
        page.click("#glance-toggle");
        Browser.waitFor(page, "() => document.querySelector('#hourly-chart rect.bar') !== null", null, 10_000);
        Browser.screenshot(page, "live");
    }

    @Test
    void storeToScreenLatency() throws Exception {
        openLive();
        long article = publish("latency", "Latency check", SEED);
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            edit("latency", "Latency check", seedWith(20 + i), i + 2);
            String text = "about " + (20 + i) + " senior leaders";
            JsonObject row = SqlAdmin.query(app.dbUrl(), "SELECT id, (extract(epoch FROM created_at) * 1000)::bigint AS "
                    + "stored_ms FROM claim_changes WHERE article_id = $1 AND kind = 'NUMBER_CHANGED' "
                    + "AND after_text LIKE '%' || $2 || '%'", article, text).get(0);
            String selector = "li.item.change[data-id=\"" + row.getLong("id") + "\"]";
            page.waitForSelector(selector);
            long shown = Long.parseLong(page.getAttribute(selector, "data-shown-at"));
            latencies.add(shown - row.getLong("stored_ms"));
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.println("store→screen latency ms (created_at in the version's transaction → item in the DOM): "
                + latencies + " median " + sorted.get(sorted.size() / 2) + " max " + sorted.get(sorted.size() - 1));
        assertThat(latencies).allSatisfy(ms -> assertThat(ms).isGreaterThanOrEqualTo(0L));
    }

    @Test
    void changesMadeWhileTheConnectionIsCutAppearExactlyOnceAfterItComesBack() throws Exception {
        openLive();
        long article = publish("cut", "Connection cut", SEED);
        edit("cut", "Connection cut", seedWith(30), 2);
        List<Long> before = changeIds(article);
        page.waitForSelector("li.item.change[data-id=\"" + before.get(before.size() - 1) + "\"]");

        page.route("**/eventbus/**", route -> route.abort());
        page.evaluate("() => window.claimwatch.drop()");
        Browser.waitFor(page, "() => document.getElementById('connection')?.dataset.state === 'reconnecting'", null, 10_000);
        edit("cut", "Connection cut", seedWith(31), 3);
        edit("cut", "Connection cut", seedWith(32) + "\n\nOfficials said 40 people were evacuated on Thursday.", 4);
        List<Long> all = changeIds(article);
        List<Integer> missed = all.subList(before.size(), all.size()).stream().map(Long::intValue).toList();
        List<Integer> every = all.stream().map(Long::intValue).toList();
        assertThat(missed).hasSizeGreaterThanOrEqualTo(2);
        page.waitForTimeout(500);
        assertThat((Boolean) page.evaluate("ids => ids.some(id => document.querySelector("
                + "`li.item.change[data-id=\"${id}\"]`))", missed)).as("nothing arrives while cut").isFalse();

        page.unroute("**/eventbus/**");
        Browser.waitFor(page, "() => document.getElementById('connection')?.dataset.state === 'live'", null, 20_000);
        Browser.waitFor(page, "ids => ids.every(id => document.querySelectorAll(`li.item.change[data-id=\"${id}\"]`)"
                + ".length === 1)", every, 10_000);
        page.waitForTimeout(1500);
        Object counts = page.evaluate("ids => ids.map(id => document.querySelectorAll("
                + "`li.item.change[data-id=\"${id}\"]`).length)", every);
        errors.removeIf(e -> e.contains("ERR_FAILED"));
        assertThat((List<?>) counts).as("each change shown once").allSatisfy(n -> assertThat(((Number) n).intValue()).isEqualTo(1));
    }

    @Test
    void theArticleViewShowsTheTwoVersionsSideBySide() throws Exception {
        long article = publish("article", "Side by side", SEED);
        edit("article", "Side by side", seedWith(17), 2);
        page.navigate("http://127.0.0.1:" + app.port() + "/#/articles/" + article + "?from=1&to=2");
        page.waitForSelector("#side-by-side tbody tr");
        page.waitForSelector("#claims li.claim");
        assertThat(page.locator("#timeline li.version").count()).isEqualTo(2);
        assertThat(page.textContent("#article-title")).isEqualTo("Side by side");
        String edited = "#side-by-side tr[data-link=\"EDITED\"]";
        assertThat(page.textContent(edited + " td.left del")).contains("13");
        assertThat(page.textContent(edited + " td.right ins")).contains("17");
        assertThat(page.textContent(edited + " td.left")).contains("about 13 senior leaders");
        assertThat(page.textContent("#compare-changes")).contains("number changed");
        assertThat(page.getAttribute("#source-link", "href")).isEqualTo(site.url("/article"));
        Browser.screenshot(page, "article");

        String raw = page.getAttribute("#timeline li.version[data-version-no=\"2\"] a[download]", "href");
        HttpResponse<String> res = app.get(raw);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("content-type")).contains("text/plain; charset=utf-8");
        assertThat(res.headers().firstValue("content-disposition").orElse("")).startsWith("attachment");
        assertThat(res.headers().firstValue("content-security-policy").orElse("")).startsWith("sandbox");
        assertThat(res.body()).contains("<article>").contains("about 17 senior leaders");

        // opens on changed sentences (with one of context); "Show every sentence" unfolds the rest
        assertThat(page.locator("#side-by-side tr.folded").first().isVisible()).isFalse();
        assertThat(page.locator(edited).isVisible()).isTrue();
        page.check("#show-all-sentences");
        assertThat(page.locator("#side-by-side tr.folded").first().isVisible()).isTrue();
        page.click("text=Inline");
        page.waitForSelector("#inline-diff p.edited del");
        assertThat(page.textContent("#inline-diff p.edited ins")).contains("17");
    }

    @Test
    void theAtomFeedValidatesAndListsTheChange() throws Exception {
        long article = publish("atom", "Atom check", SEED);
        edit("atom", "Atom check", seedWith(19), 2);
        long changeId = SqlAdmin.count(app.dbUrl(),
                "SELECT id FROM claim_changes WHERE article_id = $1 AND kind = 'NUMBER_CHANGED'", article);
        long feedId = SqlAdmin.count(app.dbUrl(), "SELECT feed_id FROM articles WHERE id = $1", article);
        for (String path : List.of("/api/atom/changes", "/api/atom/feeds/" + feedId, "/api/atom/articles/" + article)) {
            HttpResponse<String> res = app.get(path);
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.headers().firstValue("content-type")).contains("application/atom+xml; charset=utf-8");
            assertValidAtom(res.body());
            Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(res.body())));
            assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
            Entry entry = feed.getEntries().stream().filter(e -> e.getId().equals("urn:claimwatch:change:" + changeId))
                    .findFirst().orElseThrow(() -> new AssertionError(path + " lacks change " + changeId));
            assertThat(entry.getTitle()).isEqualTo("number changed: Atom check (Gazette atom)");
            String content = entry.getContents().get(0).getValue();
            assertThat(content).contains("<del>").contains("about 13 senior leaders").contains("about 19 senior leaders");
            assertThat(entry.getAlternateLinks().get(0).getHref()).isEqualTo(site.url("/atom"));
        }
        assertThat(app.get("/api/atom/articles/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void theAtomFeedPagesThroughOlderChangesByItsNextLinks() throws Exception {
        long article = publish("atom-pages", "Atom pages", SEED);
        edit("atom-pages", "Atom pages", seedWith(19), 2);
        edit("atom-pages", "Atom pages", seedWith(23), 3);
        List<Long> expected = SqlAdmin.query(app.dbUrl(),
                "SELECT id FROM claim_changes WHERE article_id = $1 ORDER BY id DESC", article).stream()
                .map(r -> r.getLong("id")).toList();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2);

        List<Long> paged = new ArrayList<>();
        String next = "/api/atom/articles/" + article + "?limit=1";
        while (next != null) {
            HttpResponse<String> res = app.get(next);
            assertThat(res.statusCode()).as(next).isEqualTo(200);
            Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(res.body())));
            feed.getEntries().forEach(e -> paged.add(Long.parseLong(
                    e.getId().substring(e.getId().lastIndexOf(':') + 1))));
            next = feed.getOtherLinks().stream().filter(l -> l.getRel().equals("next")).findFirst()
                    .map(l -> l.getHref().substring(l.getHref().indexOf("/api/"))).orElse(null);
            assertThat(paged.size()).as("pages end").isLessThanOrEqualTo(expected.size() + 1);
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(app.get("/api/atom/changes?before=abc").statusCode()).isEqualTo(400);
    }

    /** RFC 4287: the Atom namespace; feed and each entry have id, title and updated; an author is present. */
    private static void assertValidAtom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String name : List.of("id", "title", "updated", "author")) {
            assertThat(directChildren(root, name)).as("feed/" + name).hasSize(1);
        }
        assertThat(directChildren(root, "link").stream().anyMatch(l -> "self".equals(l.getAttribute("rel")))).isTrue();
        List<Element> entries = directChildren(root, "entry");
        assertThat(entries).isNotEmpty();
        for (Element entry : entries) {
            for (String name : List.of("id", "title", "updated", "content")) {
                assertThat(directChildren(entry, name)).as("entry/" + name).hasSize(1);
            }
            assertThat(directChildren(entry, "id").get(0).getTextContent()).startsWith("urn:claimwatch:change:");
            java.time.Instant.parse(directChildren(entry, "updated").get(0).getTextContent());
        }
    }

    private static List<Element> directChildren(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "http://www.w3.org/2005/Atom".equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void addingAFeedFromTheFormMakesItPoll() throws Exception {
        site.html("/form-news", Fixtures.articlePage("Form news", Fixtures.seed(1)));
        site.rss("/form-feed.xml", Fixtures.rss("Form Gazette", List.of(site.url("/form-news")), List.of("Form news")));
        page.navigate("http://127.0.0.1:" + app.port() + "/#/feeds");
        page.fill("#feed-url", site.url("/form-feed.xml"));
        page.fill("#feed-interval", "1");
        page.click("#feed-form button[type=submit]");
        long feedId = Await.until("the feed row", Duration.ofSeconds(10), () -> SqlAdmin.query(app.dbUrl(),
                "SELECT id FROM feeds WHERE url = $1", site.url("/form-feed.xml")).stream().findFirst()
                .map(r -> r.getLong("id")).orElse(null));
        String row = "#feed-list li[data-feed-id=\"" + feedId + "\"]";
        page.waitForSelector(row + "[data-status=\"ok\"]", new Page.WaitForSelectorOptions().setTimeout(20_000));
        assertThat(site.hits("/form-feed.xml")).isGreaterThanOrEqualTo(1);
        assertThat(page.textContent(row + " .feed-title")).isEqualTo("Form Gazette");
        Browser.waitFor(page, "sel => document.querySelector(sel + ' .feed-facts').textContent.includes('Versions1')",
                row, 20_000);
        page.fill("#feed-url", "ftp://example.com/feed");
        page.click("#feed-form button[type=submit]");
        Browser.waitFor(page, "() => document.getElementById('feed-error').textContent.length > 0", null, 5_000);
        Browser.screenshot(page, "feeds");
        errors.removeIf(e -> e.contains("400"));
    }

    @Test
    void feedIntervalPauseAndRemoveFromTheFeedsView() throws Exception {
        site.rss("/admin.xml", Fixtures.rss("Admin Gazette", List.of(), List.of()));
        long feedId = app.addFeed(site.url("/admin.xml"), 600);
        page.navigate("http://127.0.0.1:" + app.port() + "/#/feeds");
        String row = "#feed-list li[data-feed-id=\"" + feedId + "\"]";
        page.waitForSelector(row);
        page.fill("#interval-" + feedId, "900");
        page.click("#save-" + feedId);
        Await.until("interval 900", Duration.ofSeconds(5), () -> app.feed(feedId).getInteger("interval_seconds") == 900);
        page.click("#pause-" + feedId);
        page.waitForSelector(row + "[data-status=\"paused\"]");
        assertThat(app.feed(feedId).getBoolean("paused")).isTrue();
        assertThat(page.textContent("#pause-" + feedId)).isEqualTo("Resume");
        page.click("#pause-" + feedId);
        Await.until("resumed", Duration.ofSeconds(5), () -> !app.feed(feedId).getBoolean("paused"));
        page.onDialog(dialog -> dialog.accept());
        page.waitForSelector("#remove-" + feedId);
        page.click("#remove-" + feedId);
        page.waitForSelector(row, new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(app.get("/api/feeds/" + feedId).statusCode()).isEqualTo(404);
        assertThat(app.get("/api/articles/999999").statusCode()).isEqualTo(404);
        assertThat(app.get("/api/versions/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void markupInArticleTextIsShownAsTextAndNeverRuns() throws Exception {
        String payload = "A reader posted &lt;img src=x onerror=\"window.__pwned=1\"&gt; and "
                + "&lt;script&gt;window.__pwned=2&lt;/script&gt; under the story, officials said on 3 occasions.";
        String title = "&lt;img src=x onerror=window.__pwned=3&gt; Payload story";
        String raw = "<script>window.__pwned=4</script><img src=x onerror=\"window.__pwned=5\">";
        openLive();
        long article = publish("xss", title, SEED + "\n\n" + payload + raw);
        edit("xss", title, SEED + "\n\n" + payload.replace("3 occasions", "4 occasions") + raw, 2);
        List<Long> ids = changeIds(article);
        assertThat(ids).isNotEmpty();
        String selector = "li.item.change[data-id=\"" + ids.get(0) + "\"]";
        page.waitForSelector(selector);
        String text = page.textContent(selector);
        assertThat(text).contains("<img src=x onerror=\"window.__pwned=1\">").contains("<script>window.__pwned=2</script>");
        assertThat(page.textContent(selector + " a.title")).isIn("<img src=x onerror=window.__pwned=3> Payload story",
                "Payload story");
        page.navigate("http://127.0.0.1:" + app.port() + "/#/articles/" + article + "?from=1&to=2");
        page.waitForSelector("#side-by-side tbody tr");
        assertThat(page.textContent("#side-by-side")).contains("<script>window.__pwned=2</script>");
        // the title comes from the page or from the feed item (whose parser strips markup to plain text)
        assertThat(page.textContent("#article-title")).endsWith("Payload story");
        page.waitForTimeout(500);
        assertThat(page.evaluate("() => window.__pwned")).as("no payload ran").isNull();
        assertThat(page.locator("img[src=x], #view script").count()).as("no element made from data").isZero();
        Browser.screenshot(page, "xss-as-text");
    }

    @Test
    void pauseHoldsNewChangesUntilResumed() throws Exception {
        openLive();
        long article = publish("pause", "Pause check", SEED);
        page.click("#pause");
        assertThat(page.getAttribute("#pause", "aria-pressed")).isEqualTo("true");
        edit("pause", "Pause check", seedWith(41), 2);
        List<Long> ids = changeIds(article);
        Browser.waitFor(page, "() => document.getElementById('pause').textContent.startsWith('Resume (')", null, 10_000);
        String selector = "li.item.change[data-id=\"" + ids.get(0) + "\"]";
        assertThat(page.locator(selector).count()).as("held while paused").isZero();
        page.click("#pause");
        page.waitForSelector(selector);
        assertThat(page.textContent("#pause")).isEqualTo("Pause");
    }

    @Test
    void opmlImportAddsEveryFeedWithProgressAndExportListsThem() throws Exception {
        site.rss("/opml-a.xml", Fixtures.rss("OPML A", List.of(), List.of()));
        site.rss("/opml-b.xml", Fixtures.rss("OPML B", List.of(), List.of()));
        String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                + "<outline text=\"news\"><outline type=\"rss\" text=\"A\" xmlUrl=\"" + site.url("/opml-a.xml") + "\"/>"
                + "<outline type=\"rss\" text=\"B\" xmlUrl=\"" + site.url("/opml-b.xml") + "\"/>"
                + "<outline type=\"rss\" text=\"bad\" xmlUrl=\"javascript:alert(1)\"/></outline></body></opml>";
        page.navigate("http://127.0.0.1:" + app.port() + "/#/feeds");
        page.fill("#feed-interval", "60");
        page.setInputFiles("#opml-file", new com.microsoft.playwright.options.FilePayload("feeds.opml",
                "text/x-opml", opml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Browser.waitFor(page, "() => { const p = document.getElementById('opml-progress');"
                + " return !p.hidden && p.max === 3 && p.value === 3; }", null, 15_000);
        Browser.waitFor(page, "() => document.getElementById('opml-status').textContent.endsWith('.')", null, 15_000);
        assertThat(page.textContent("#opml-status")).isEqualTo("Imported: 3 of 3 done · 2 added · 1 failed.");
        assertThat(page.textContent("#opml-errors")).contains("javascript:alert(1)");
        assertThat(SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM feeds WHERE url IN ($1, $2)",
                site.url("/opml-a.xml"), site.url("/opml-b.xml"))).isEqualTo(2L);
        HttpResponse<String> export = app.get("/api/opml");
        assertThat(export.headers().firstValue("content-type")).contains("text/x-opml; charset=utf-8");
        assertThat(export.body()).contains("xmlUrl=\"" + site.url("/opml-a.xml") + "\"")
                .contains("xmlUrl=\"" + site.url("/opml-b.xml") + "\"");
        errors.removeIf(e -> e.contains("400"));
    }

    @Test
    void aVisitorWithoutASessionSignsInFirst() {
        page.context().close();
        page = browser.page(errors, null, app.port());
        page.navigate("http://127.0.0.1:" + app.port() + "/#/feeds");
        page.waitForSelector(".login-form");
        assertThat(page.locator("#stream").count()).isZero();
        page.fill(".login-form input[name=username]", "admin");
        page.fill(".login-form input[name=password]", RunningApp.ADMIN_PASSWORD);
        page.click(".login-form button[type=submit]");
        Browser.waitFor(page, "() => document.getElementById('connection')?.dataset.state === 'live'", null, 20_000);
        assertThat(page.textContent("#who")).isEqualTo("admin (admin)");
        errors.removeIf(e -> e.contains("401"));
    }

    @Test
    void theAlertsAndStoriesRoutesMountTheirViews() {
        page.navigate("http://127.0.0.1:" + app.port() + "/#/alerts");
        Browser.waitFor(page, "() => document.getElementById('view')?.dataset.view === 'alerts'"
                + " && document.querySelector('#view h2') !== null", null, 5_000);
        page.navigate("http://127.0.0.1:" + app.port() + "/#/stories");
        Browser.waitFor(page, "() => document.getElementById('view')?.dataset.view === 'stories'"
                + " && document.querySelector('#view h2') !== null", null, 10_000);
        assertThat(page.locator(".nav a[aria-current=page]").textContent()).isEqualTo("Stories");
        page.waitForTimeout(1000);
        errors.removeIf(e -> e.contains("404"));
    }
}
