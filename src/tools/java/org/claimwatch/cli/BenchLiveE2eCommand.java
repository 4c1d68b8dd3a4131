package org.claimwatch.cli;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Await;
import org.claimwatch.support.Browser;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code bench-live-e2e [--edits 20] [--embeddings on|off]}: the editor's promise end to end. claimwatch with the
 * product's defaults (embedded PostgreSQL, default politeness, sentence embeddings as configured) except that
 * articles are re-checked every second; one article on a loopback site; the tracker page open in a real headless
 * Chromium (Debian's /usr/bin/chromium), signed in. Each round waits a random 0-1 s (so the edit falls anywhere in
 * the re-check cycle), edits a figure of the page, and times until the changed figure is on screen in the live
 * view. Prints p50/p90/max of edit → on screen, and of edit → stored (the version's commit time).
 */
public final class BenchLiveE2eCommand implements Command {

    private static final String FIGURE = "about 13 senior leaders";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> o = BenchSupport.options(args);
        int edits = Integer.parseInt(o.getOrDefault("edits", "20"));
        boolean embeddings = !"off".equals(o.getOrDefault("embeddings", "on"));
        if (!Files.isExecutable(Browser.CHROMIUM)) {
            err.println("bench-live-e2e needs " + Browser.CHROMIUM + " (apt-get install -y chromium)");
            return 2;
        }
        String seed = Fixtures.seed(0);
        if (!seed.contains(FIGURE)) {
            err.println("bench-live-e2e: seed 0 no longer says \"" + FIGURE + "\"");
            return 2;
        }
        JsonObject config = BenchSupport.instanceConfig("bench-e2e")
                .put(ConfigKeys.ARTICLE_RECHECK_S, 1)
                .put(ConfigKeys.NLP_EMBEDDINGS, embeddings)
                .put(ConfigKeys.AUTH_ADMIN_PASSWORD, RunningApp.ADMIN_PASSWORD);
        List<Double> screen = new ArrayList<>();
        List<Double> stored = new ArrayList<>();
        Random random = new Random(42);
        try (SiteServer site = new SiteServer();
             RunningApp app = RunningApp.start(config);
             Browser browser = Browser.launch()) {
            String path = "/news/leaders";
            site.html(path, Fixtures.articlePage("Leaders leave Qatar", seed));
            site.rss("/feed.xml", Fixtures.rss("The Test Gazette", List.of(site.url(path)), List.of("Leaders leave Qatar")));
            List<String> errors = Browser.errors();
            Page page = browser.page(errors, app.sessionCookie(), app.port());
            page.navigate("http://127.0.0.1:" + app.port() + "/");
            Browser.waitFor(page, "() => document.getElementById('connection')?.dataset.state === 'live'", null, 30_000);
            app.addFeed(site.url("/feed.xml"), 60);
            String versions = "SELECT count(*) FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.url = $1";
            Await.until("the first version", Duration.ofSeconds(60), () -> SqlAdmin.count(app.dbUrl(), versions,
                    site.url(path)) == 1);
            out.printf("bench-live-e2e: %d edits, article re-check every 1 s, sentence embeddings %s, default "
                    + "politeness; Chromium on the live view%n", edits, embeddings ? "on" : "off");
            for (int i = 1; i <= edits; i++) {
                Thread.sleep(random.nextInt(1000));
                String figure = String.valueOf(1000 + i);
                long wall = System.currentTimeMillis();
                long t0 = System.nanoTime();
                site.html(path, Fixtures.articlePage("Leaders leave Qatar",
                        seed.replace(FIGURE, "about " + figure + " senior leaders")));
                Browser.waitFor(page, "n => [...document.querySelectorAll('li.item.change .after ins')]"
                        + ".some(e => e.textContent.includes(n))", figure, 60_000);
                screen.add((System.nanoTime() - t0) / 1e6);
                JsonObject row = SqlAdmin.query(app.dbUrl(), "SELECT (extract(epoch FROM max(v.fetched_at)) * 1000)::float8 AS at "
                        + "FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.url = $1", site.url(path)).get(0);
                stored.add(row.getDouble("at") - wall);
            }
            if (!errors.isEmpty()) {
                out.println("console errors on the page: " + errors);
            }
        }
        out.println("edit -> stored (version fetched_at):  " + summary(stored));
        out.println("edit -> on screen (Chromium):         " + summary(screen));
        out.printf(Locale.ROOT, "machine load average at the end: %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return 0;
    }

    private static String summary(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        return String.format(Locale.ROOT, "p50 %.0f ms, p90 %.0f ms, max %.0f ms (n=%d)", s.get(s.size() / 2),
                s.get((int) Math.min(s.size() - 1, Math.ceil(s.size() * 0.9) - 1)), s.get(s.size() - 1), s.size());
    }
}
