package org.claimwatch.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's headless chromium driven by Playwright for the browser tests. A missing browser is a failure with the
 * fix in its message, never a skip.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("browser tests need Debian's chromium at " + CHROMIUM
                    + " (install it with: apt-get install -y chromium); .ci/run installs it on CI");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            return new Browser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * A page in a fresh context signed in with {@code sessionCookie} ({@code name=value}, null for none) on the app
     * at {@code port}; console errors (CSP violations included) are collected in {@code errors}.
     */
    public Page page(int width, int height, List<String> errors, String sessionCookie, int port) {
        return page(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height), errors,
                sessionCookie, port);
    }

    /** As {@link #page(int, int, List, String, int)} with every context option given (permissions, colour scheme). */
    public Page page(com.microsoft.playwright.Browser.NewContextOptions options, List<String> errors, String sessionCookie,
                     int port) {
        BrowserContext context = browser.newContext(options);
        if (sessionCookie != null) {
            String[] kv = sessionCookie.split("=", 2);
            context.addCookies(List.of(new Cookie(kv[0], kv[1]).setUrl("http://127.0.0.1:" + port)));
        }
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        return page;
    }

    public Page page(List<String> errors, String sessionCookie, int port) {
        return page(1280, 900, errors, sessionCookie, port);
    }

    public static List<String> errors() {
        return new CopyOnWriteArrayList<>();
    }

    /** Saves a full-page screenshot under {@code target/screenshots/NAME.png} and returns its path. */
    public static Path screenshot(Page page, String name) {
        Path path = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
        return path;
    }

    /** Waits (polling every 100 ms) until the JavaScript expression is truthy. */
    public static void waitFor(Page page, String expression, Object arg, double timeoutMs) {
        page.waitForFunction(expression, arg, new Page.WaitForFunctionOptions().setPollingInterval(100)
                .setTimeout(timeoutMs));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
