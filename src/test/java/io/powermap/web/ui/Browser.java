package io.powermap.web.ui;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * Headless Debian Chromium driven by Selenium, with nothing downloaded: the browser and driver
 * come from apt (/usr/bin/chromium, /usr/bin/chromedriver). Without them the UI tests are skipped
 * locally and fail under CI (CI=true).
 */
public final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File(System.getProperty("powermap.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("powermap.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final String base;
    private final List<String> console = new ArrayList<>();

    private Browser(ChromeDriver driver, ChromeDriverService service, String base) {
        this.driver = driver;
        this.service = service;
        this.base = base;
    }

    /** Skips (locally) or fails (CI=true) when the browser is missing. */
    public static void requireInstalled() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        String message = "headless Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.assertTrue(present, message);
        }
        Assumptions.assumeTrue(present, message + "; skipping the browser tests");
    }

    /** A browser signed in as the test admin through the real sign-in page. */
    public static Browser open(int port, int width, int height) {
        Browser b = openSignedOut(port, width, height);
        try {
            b.signIn(io.powermap.support.TestApp.ADMIN, io.powermap.support.TestApp.ADMIN_PASSWORD);
        } catch (RuntimeException | AssertionError e) {
            b.close();
            throw e;
        }
        return b;
    }

    /**
     * Signs in on /login.html and waits for its redirect; lands on a static file, so no app page is
     * left loading when the test navigates on.
     */
    public void signIn(String username, String password) {
        get("/login.html?next=%2Fcss%2Fapp.css");
        signInHere(username, password);
        waitFor("the sign-in redirect", () -> driver.getCurrentUrl().endsWith("/css/app.css"));
    }

    /** Fills in and sends the sign-in page the browser is on (where the caller waits for what follows). */
    public void signInHere(String username, String password) {
        waitVisible("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#login button[type=submit]").click();
    }

    /** A browser with no session: the app sends it to the sign-in page. */
    public static Browser openSignedOut(int port, int width, int height) {
        requireInstalled();
        // Selenium Manager must never run (it would try to download a driver).
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getAbsolutePath());
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--disable-default-apps", "--lang=en-US", "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height);
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // --window-size sizes the whole window; make the page itself width x height.
        Number dw = (Number) driver.executeScript("return window.outerWidth - window.innerWidth");
        Number dh = (Number) driver.executeScript("return window.outerHeight - window.innerHeight");
        if (dw.intValue() > 0 || dh.intValue() > 0) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width + dw.intValue(), height + dh.intValue()));
        }
        return new Browser(driver, service, "http://localhost:" + port);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void get(String path) {
        driver.get(base + path);
    }

    /** Loads the app with a clean localStorage preset to `account` and `lang`, and waits until the map is drawn. */
    public void openApp(String accountId, String lang) {
        openApp(accountId, lang, "formal");
    }

    public void openApp(String accountId, String lang, String view) {
        get("/css/app.css"); // same origin, so localStorage can be prepared before the app starts
        js("localStorage.clear();"
                + (accountId == null ? "" : "localStorage.setItem('powermap.account', arguments[0]);")
                + (lang == null ? "" : "localStorage.setItem('powermap.lang', arguments[1]);")
                + "localStorage.setItem('powermap.view', arguments[2]);", accountId, lang, view);
        get("/");
        waitIdle();
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public long jsLong(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    public String jsString(String script, Object... args) {
        Object v = js(script, args);
        return v == null ? null : v.toString();
    }

    /** Waits until the app has drawn at least one map and nothing is loading. */
    public void waitIdle() {
        waitFor("the app to become idle", () -> Boolean.TRUE.equals(js(
                "return !!(window.powermap && window.powermap.renders > 0 && window.powermap.busy === 0)")));
    }

    /** Waits for a new render after `action` (a reload after an edit, a view switch...). */
    public void waitRerender(Runnable action) {
        long before = jsLong("return window.powermap.renders");
        action.run();
        waitFor("the map to be redrawn", () -> Boolean.TRUE.equals(js(
                "return window.powermap.renders > arguments[0] && window.powermap.busy === 0", before)));
    }

    public void waitFor(String what, Supplier<Boolean> condition) {
        try {
            // A panel re-rendered between finding an element and reading it is simply asked again.
            new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; console: " + consoleLog(), e);
        }
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement waitVisible(String css) {
        waitFor(css + " to be visible", () -> {
            List<WebElement> els = findAll(css);
            return !els.isEmpty() && els.get(0).isDisplayed();
        });
        return find(css);
    }

    /** Everything the page logged so far (collected across calls, as the driver drains its buffer). */
    public List<String> consoleLog() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(e.getLevel() + " " + e.getMessage());
        }
        return List.copyOf(console);
    }

    /**
     * Fails on any script error or CSP violation the page logged since the last call. Failed
     * requests (a 409 or 400 a test provoked on purpose) are not errors of the page.
     */
    public void assertNoScriptErrors() {
        List<String> bad = consoleLog().stream()
                .filter(l -> l.contains("Uncaught") || l.contains("Content Security Policy") || l.contains("Refused to")
                        || (l.startsWith("SEVERE") && !l.contains("Failed to load resource")))
                .toList();
        console.clear();
        Object csp = js("return window.powermap ? window.powermap.errors : []");
        Assertions.assertTrue(bad.isEmpty(), "script errors or CSP violations in the page: " + bad);
        Assertions.assertEquals(List.of(), csp, "CSP violations reported to the page");
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
