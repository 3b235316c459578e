package notes.site;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (never a downloaded one), with a fresh profile and the
 * flags this machine needs (no sandbox as root, no background network traffic).
 *
 * <p>It records what a reader would never see but a broken page shows: Content-Security-Policy violations
 * ({@code securitypolicyviolation} events), uncaught errors, resources that failed to load and console errors.
 * {@link #open} fails when the page it leaves or the page it opens had any; {@link #problems} drains them.
 */
final class Browser implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Desktop size; tests of phones set their own with {@link #resize}. */
    /**
     * Headless Chromium reports a screen that cannot hover ({@code (hover: none)}, like a phone); this switch makes
     * it report a mouse, as a desktop browser does (Blink's settings: hover type 2 = hover, pointer type 4 = fine).
     */
    static final String MOUSE = "--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,"
            + "availablePointerTypes=4";
    static final int DESKTOP_WIDTH = 1200;
    static final int DESKTOP_HEIGHT = 1600;

    /**
     * Installed before any page script runs (through the DevTools protocol, so the page's policy does not apply
     * to it): records violations and errors on the page, in window.__problems.
     */
    private static final String RECORDER = "window.__problems = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__problems.push('CSP violation: '"
            + " + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':'"
            + " + e.lineNumber + ' ' + (e.sample || '')));"
            + "window.addEventListener('error', e => window.__problems.push(e.target && e.target !== window"
            + " ? 'failed to load ' + (e.target.src || e.target.href) : 'uncaught error: ' + e.message), true);"
            + "window.addEventListener('unhandledrejection', e => window.__problems.push('unhandled rejection: '"
            + " + e.reason));";

    private final ChromeDriver driver;
    private final Path profile;

    Browser() throws IOException {
        this(true);
    }

    /** A browser started with more command-line switches (e.g. {@link #MOUSE}). */
    Browser(String... switches) throws IOException {
        this(true, switches);
    }

    /**
     * A browser whose pages run no script when {@code javascript} is false (a reader who turned it off), started
     * with {@code switches} added to the usual ones.
     */
    Browser(boolean javascript, String... switches) throws IOException {
        // Selenium Manager would try to download drivers and send usage statistics; neither is wanted here.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new IllegalStateException(binary + " is missing: apt-get install -y chromium chromium-driver"
                        + " (.ci/run does this)");
            }
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        profile = Files.createTempDirectory(target, "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(switches);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        // The console, for errors (a failed request shows there as "Failed to load resource").
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    }

    /** Sets the size of the page's viewport in CSS pixels (a phone: 360 x 740), as device emulation does. */
    void resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 800));
    }

    /** Back to the desktop window. */
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * The problems since the last call: CSP violations, uncaught errors and failed loads on the current page, and
     * error-level console messages.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Object recorded = driver.executeScript("const p = window.__problems || []; window.__problems = []; return p;");
        for (Object p : (List<?>) recorded) {
            problems.add(String.valueOf(p));
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add("console error: " + entry.getMessage());
            }
        }
        return problems;
    }

    /** Fails with every problem the page showed since the last check (see {@link #problems}). */
    void assertNoProblems(String where) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new AssertionError(where + ": " + String.join("\n  ", problems));
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a page and waits until every calculator on it has mounted: each one's module is imported after the page
     * has loaded, so without the wait a test could read a form that its script has not restored yet.
     */
    void open(String url) {
        assertNoProblems("before opening " + url + ", " + driver.getCurrentUrl());
        driver.get(url);
        waitUntilMounted();
        assertNoProblems(url);
    }

    /** Opens an address the host answers with 404.html (status 404: the console reports the page itself). */
    void openMissing(String url) {
        assertNoProblems("before opening " + url + ", " + driver.getCurrentUrl());
        driver.get(url);
        waitUntilMounted();
        List<String> problems = problems();
        problems.removeIf(p -> p.contains(url) && p.contains("404"));
        if (!problems.isEmpty()) {
            throw new AssertionError(url + ": " + String.join("\n  ", problems));
        }
    }

    private void waitUntilMounted() {
        waitUntil("return document.readyState === 'complete' && [...document.querySelectorAll('[data-calculator]')]"
                + ".every(c => c.hasAttribute('data-mounted'))");
    }

    /** The fields the page keeps in its address (the calculators' URL state), decoded, in order. */
    Map<String, String> urlFields() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        String query = java.net.URI.create(driver.getCurrentUrl()).getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return fields;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits until the element's text is non-empty and returns it. */
    String textOf(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> {
                    String text = d.findElement(By.cssSelector(css)).getText();
                    return text.isEmpty() ? null : text;
                });
    }

    /** Waits until a script returns true. */
    void waitUntil(String js) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(script(js)));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Sets a field's value the way typing does (an input event), without depending on keyboard timing. */
    void type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
    }

    /**
     * Types into a field as a reader does: select what is there, type over it, leave with Tab (input events while
     * typing, one change event on leaving; unlike {@link #type}, whose clear() fires a change of its own).
     */
    void typeAsReader(String css, String value) {
        WebElement field = find(css);
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value,
                org.openqa.selenium.Keys.TAB);
    }

    /** Saves a picture of one element under target/screenshots, for a person to look at. */
    void screenshot(String css, String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, find(css).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        SiteBuilder.deleteTree(profile);
    }
}
