package com.getpaid.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium on the console, as a person uses it: Debian's chromium and its chromium-driver (which
 * .ci/run installs), so Selenium never downloads a browser or a driver. Waits are Awaitility's; every page opened is
 * checked for errors in the browser's console.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("getpaid.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;

    Browser(String base, Path profile) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the flags this machine needs: no sandbox as root, and no calls home (its network is closed)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100", "--lang=en-US", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the console; the page must answer without errors in the browser's console. */
    Browser open(String path) {
        driver.get(base + path);
        assertNoConsoleErrors(path);
        return this;
    }

    /** Signs in on the demo sign-in page as one of its people, coming back to {@code path}. */
    Browser signIn(String person, String path) {
        driver.manage().deleteAllCookies();
        open(path);
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains("/sign-in"));
        click("#as-" + person.replace(".", "\\."));
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.getCurrentUrl().contains("/sign-in"));
        assertNoConsoleErrors(path);
        return this;
    }

    WebElement find(String css) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.cssSelector(css)).isEmpty());
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    Browser click(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        return this;
    }

    /** Types into a field; a date or choice is set as its value (the way a person's picker would). */
    Browser fill(String css, String value) {
        WebElement element = find(css);
        String type = element.getTagName().equals("select") ? "select" : String.valueOf(element.getAttribute("type"));
        if (type.equals("date") || type.equals("select")) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", element, value);
        } else {
            element.clear();
            element.sendKeys(value);
        }
        return this;
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Waits until the element's text contains {@code expected}, the page's live parts refreshing meanwhile. */
    Browser waitForText(String css, String expected, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> driver.findElement(By.cssSelector(css)).getText().contains(expected));
        return this;
    }

    /** A PNG of the page as it is, into the repository's docs/console (shown in the README). */
    Browser screenshot(String name) throws Exception {
        Path target = Path.of("../../docs/console").toAbsolutePath().normalize().resolve(name + ".png");
        Files.createDirectories(target.getParent());
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        return this;
    }

    void assertNoConsoleErrors(String page) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "errors in the browser's console on " + page);
    }



    @Override
    public void close() {
        driver.quit();
    }
}
