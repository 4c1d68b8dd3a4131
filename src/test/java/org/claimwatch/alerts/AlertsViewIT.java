package org.claimwatch.alerts;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.claimwatch.diff.ChangeKind;
import org.claimwatch.support.Await;
import org.claimwatch.support.Browser;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimwatch.alerts.VersionWriter.change;

/** The alerts page in a real browser: create (secret once), send test, delivery log, pause, dead letter, redeliver. */
class AlertsViewIT {

    @Test
    void anEditorManagesASubscriptionFromTheAlertsPage() throws Exception {
        List<String> errors = Browser.errors();
        try (RunningApp app = RunningApp.start(AlertsIT.config(RunningApp.testConfig(TestDatabase.create())));
             VersionWriter versions = new VersionWriter(app.dbUrl()); Receiver receiver = new Receiver();
             Browser browser = Browser.launch()) {
            Page page = browser.page(errors, app.sessionCookie(), app.port());
            page.navigate("http://127.0.0.1:" + app.port() + "/#/alerts");
            Browser.waitFor(page, "() => [...document.querySelectorAll('h2')].some(h => h.textContent === 'Webhook alerts')",
                    null, 15_000);

            page.getByLabel("Name").fill("Newsdesk bot");
            page.getByLabel("Target URL").fill(receiver.url("/ui"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create subscription")).click();
            Browser.waitFor(page, "() => (document.querySelector('.secret-once code') || {}).textContent?.startsWith('whsec_')",
                    null, 10_000);
            assertThat(page.textContent(".feed-list li strong")).isEqualTo("Newsdesk bot");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send test")).click();
            Browser.waitFor(page, "() => document.querySelector('.feed-list li').textContent.includes('test answered HTTP 200')",
                    null, 10_000);
            assertThat(receiver.accepted("/ui")).hasSize(1);
            Browser.waitFor(page, "() => [...document.querySelectorAll('table.deliveries td')].some(td => td.textContent === 'webhook.test')",
                    null, 10_000);

            receiver.always(500);
            long feed = versions.feed("UI Gazette");
            versions.store(versions.article(feed, "UI", "UI Gazette"), 2,
                    List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, "13 leaders", "15 leaders")));
            Await.until("the alert dead-lettered", Duration.ofSeconds(30), () -> new io.vertx.core.json.JsonObject(
                    app.get("/api/deliveries?status=dead").body()).getJsonArray("items").size() == 1);
            receiver.always(200);
            page.reload();
            Browser.waitFor(page, "() => document.querySelectorAll('table.deliveries').length === 1", null, 10_000);
            page.locator("table.deliveries").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Redeliver")).click();
            Await.until("the redelivered alert", Duration.ofSeconds(20), () -> receiver.accepted("/ui").size() == 2);
            assertThat(receiver.accepted("/ui").get(1).json().getString("type")).isEqualTo("claims.changed");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")).click();
            Browser.waitFor(page, "() => document.querySelector('.feed-list li').textContent.includes('paused')", null, 10_000);
            Browser.screenshot(page, "alerts");
            assertThat(page.content()).doesNotContain("whsec_" + "x");
            assertThat(errors).as("console errors and CSP violations").isEmpty();
        }
    }
}
