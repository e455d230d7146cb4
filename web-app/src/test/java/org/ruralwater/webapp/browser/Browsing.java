package org.ruralwater.webapp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A browser test's Chromium on one platform: a browser context of its own per user (a locale, a window of
 * 1280 pixels wide), signed in through the sign-in form as a person does; every script error and every console
 * error kept for the test to check, but the answers the test expects (a refused form's 4xx) when it says which;
 * full-page screenshots in one folder, for a person to look at.
 */
final class Browsing implements AutoCloseable {

    private final Chromium chromium;
    private final String base;
    private final Path shots;
    private final Pattern expected;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    private Browsing(Chromium chromium, String base, Path shots, Pattern expected) {
        this.chromium = chromium;
        this.base = base;
        this.shots = shots;
        this.expected = expected;
    }

    /**
     * Chromium for the platform at {@code base}, its screenshots in {@code shots}.
     *
     * @param expectedAnswers a pattern of the console texts that are answers the test provokes (for example
     *     {@code "status of 401"} for a wrong password), or empty for none
     */
    static Browsing of(String base, Path shots, String expectedAnswers) throws IOException {
        Files.createDirectories(shots);
        return new Browsing(
                Chromium.launch(), base, shots, Pattern.compile(expectedAnswers.isEmpty() ? "(?!)" : expectedAnswers));
    }

    String url(String path) {
        return base + path;
    }

    Browser browser() {
        return chromium.browser();
    }

    /** A new page in a context of its own, signed in to nothing yet. */
    Page page(String locale, int height) {
        return watched(browser()
                .newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, height))
                .newPage());
    }

    /** A page of its own for the user, signed in with the password, at the dashboard. */
    Page signedIn(String name, String password, String locale, int height) {
        Page page = page(locale, height);
        page.navigate(url("/signin"));
        page.fill("input[name=name]", name);
        page.fill("input[name=password]", password);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }

    /** A page of a context made by the test itself (without JavaScript, say), watched like the others. */
    Page watched(BrowserContext context) {
        return watched(context.newPage());
    }

    private Page watched(Page page) {
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") && !expected.matcher(m.text()).find()) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        return page;
    }

    /** The page as a whole, scrolled or not, under the name given. */
    void shot(Page page, String name) {
        page.screenshot(
                new Page.ScreenshotOptions().setPath(shots.resolve(name)).setFullPage(true));
    }

    /** The first screen only: what a person sees without scrolling. */
    void firstScreen(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(name)));
    }

    /** The errors the pages logged so far, apart from the expected answers. */
    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void close() {
        chromium.close();
    }
}
