package org.claimwatch.pipeline;

import io.vertx.core.json.JsonObject;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site memory end to end (issue 15) on a real PostgreSQL and a real loopback site: a newsletter box that the
 * cleaner keeps (it sits in the article, as a paragraph) and that recurs on every article of the host is no part of
 * the fourth article's stored text or claims; a wire story republished under a fourth URL keeps all its text.
 */
class SiteMemoryIT {

    /** A newsletter box written so that no single-page rule of the cleaner catches it: only repetition shows it. */
    private static final String BOX = "Every weekday morning the Ledger desk picks the five stories that matter most "
            + "to the region, with a crossword to finish on the train.";
    private static final String WIRE = "Oil prices rose 3 percent on Monday after the largest producers agreed to "
            + "extend their output cuts into the spring, traders said.\n\n"
            + "Brent crude settled at 84 dollars a barrel, its highest close since April, while US crude gained "
            + "2.8 percent to 80 dollars.\n\n"
            + "Analysts at two banks said the cuts would tighten supply through the winter, when demand for heating "
            + "fuel usually peaks.\n\n"
            + "Some importers warned that higher fuel costs would feed into airfares and freight rates within weeks.";

    private static SiteServer site;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
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
    }

    private static String text(String url) throws Exception {
        return Await.until("a version of " + url, Duration.ofSeconds(45), () -> {
            List<JsonObject> rows = SqlAdmin.query(app.dbUrl(), "SELECT v.text, v.claims::text AS claims FROM "
                    + "article_versions v JOIN articles a ON a.id = v.article_id WHERE a.url = $1 "
                    + "ORDER BY v.version_no DESC LIMIT 1", url);
            return rows.isEmpty() ? null : rows.get(0).getString("text") + "\n<claims>" + rows.get(0).getString("claims");
        });
    }

    @Test
    void aNewsletterBoxRepeatedAcrossFourArticlesIsNoClaimInTheFourthAndAWireStoryKeepsItsText() throws Exception {
        List<String> urls = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String path = "/news/story-" + i;
            site.html(path, Fixtures.articlePage("Story " + (char) ('A' + i), Fixtures.seed(i) + "\n\n" + BOX));
            urls.add(site.url(path));
            titles.add("Story " + (char) ('A' + i));
        }
        for (int i = 0; i < 3; i++) {
            String path = "/wire/oil-" + i;
            site.html(path, Fixtures.articlePage("Oil rises as producers extend cuts", WIRE + "\n\n" + BOX));
            urls.add(site.url(path));
            titles.add("Oil rises as producers extend cuts");
        }
        site.rss("/first.xml", Fixtures.rss("The Test Gazette", urls, titles));
        app.addFeed(site.url("/first.xml"), 1);
        for (String url : urls) {
            text(url);
        }
        Await.until("the six articles remembered", Duration.ofSeconds(30), () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(DISTINCT article_id) FROM site_memory") == 6);

        // the fourth article of the host, and the wire story under a fourth URL
        site.html("/news/story-3", Fixtures.articlePage("Story D", Fixtures.seed(3) + "\n\n" + BOX));
        site.html("/wire/oil-3", Fixtures.articlePage("Oil rises as producers extend cuts", WIRE + "\n\n" + BOX));
        site.rss("/second.xml", Fixtures.rss("The Test Gazette",
                List.of(site.url("/news/story-3"), site.url("/wire/oil-3")),
                List.of("Story D", "Oil rises as producers extend cuts")));
        app.addFeed(site.url("/second.xml"), 1);

        String fourth = text(site.url("/news/story-3"));
        assertThat(Fixtures.seed(3)).contains("Qatar has told Hamas leaders to leave the country");
        assertThat(fourth).as("the fourth article's own text").contains("Qatar has told Hamas leaders to leave the country")
                .contains("The Ministry of Foreign Affairs of Turkey did not comment");
        assertThat(fourth).as("the newsletter box, recurring on three other articles of the host")
                .doesNotContain("Ledger desk").doesNotContain("crossword");

        String wire = text(site.url("/wire/oil-3"));
        for (String paragraph : WIRE.split("\n\n")) {
            assertThat(wire).as("the republished wire story keeps its text").contains(paragraph.substring(0, 50));
        }
        assertThat(wire).contains("84 dollars a barrel");
        assertThat(SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM site_memory WHERE host = $1",
                "127.0.0.1:" + java.net.URI.create(site.url("/")).getPort())).isPositive();
    }
}
