package org.claimwatch.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import java.util.List;
import java.util.Map;

/**
 * axe-core (the npm package's {@code axe.min.js}, kept under {@code src/test/resources/axe}) run in a page by
 * Playwright. Installed as an init script of the browser context (injected by the DevTools protocol before the
 * page's own scripts), so the page's strict Content-Security-Policy does not block it and is not loosened.
 */
public final class Axe {

    private static final String SOURCE = Fixtures.resource("/axe/axe.min.js");

    private Axe() {
    }

    /** Every page of {@code context} opened (or reloaded) after this carries {@code window.axe}. */
    public static void install(BrowserContext context) {
        context.addInitScript(SOURCE);
    }

    /** The serious and critical violations on the page as it is now: "rule-id: help (n nodes: selectors)". */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            throw new IllegalStateException("axe-core is not in the page: call Axe.install(context) before navigating");
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("async () => {"
                + " const r = await window.axe.run(document, { resultTypes: ['violations'] });"
                + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + "  .map(v => ({ id: v.id, impact: v.impact, help: v.help,"
                + "   nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '')) })); }");
        return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes"))
                .toList();
    }

    /** The number of rules axe checked on the last run's page (sanity: the scan really ran). */
    public static int rulesAvailable(Page page) {
        return ((Number) page.evaluate("() => window.axe.getRules().length")).intValue();
    }
}
