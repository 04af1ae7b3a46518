package org.priorart.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the page's end-to-end tests: Debian's chromium and chromium-driver (which
 * .ci/run installs), never a browser or driver downloaded by Selenium. Where they are missing the
 * tests are skipped, saying so, except in CI (PRIORART_REQUIRE_BROWSER), where they fail. A fresh
 * profile per run; downloads go to a folder the test reads.
 */
final class Browser implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final String DRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    /** Starts the browser, or skips the calling test class when there is none installed. */
    static Browser start() {
        String binary = BROWSERS.stream().filter(b -> Files.isExecutable(Path.of(b))).findFirst().orElse(null);
        boolean installed = binary != null && Files.isExecutable(Path.of(DRIVER));
        String missing = "Debian's chromium and chromium-driver are not installed "
                + "(sudo apt-get install -y chromium chromium-driver; .ci/run installs them)";
        // CI sets PRIORART_REQUIRE_BROWSER: there a missing browser fails the build instead of skipping the tests.
        if (!installed && System.getenv("PRIORART_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("browser tests required but " + missing);
        }
        Assumptions.assumeTrue(installed, "browser tests skipped: " + missing);
        try {
            Path profile = Files.createTempDirectory("priorart-chromium-profile");
            Path downloads = Files.createTempDirectory("priorart-downloads");
            // The driver named explicitly: Selenium Manager is never asked to find or fetch one.
            System.setProperty("webdriver.chrome.driver", DRIVER);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000",
                    "--disable-extensions", "--no-first-run", "--disable-sync", "--lang=en-US");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return new Browser(driver, downloads, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console's errors since the last call (CSP violations and script errors show up here). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** A screenshot of one element (a closer look), in target/screenshots. */
    Path screenshot(String name, org.openqa.selenium.WebElement element) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, element.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the whole page (the window grown to its height, up to 4000 px) in target/screenshots. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.executeScript("document.getElementById('toast') && (document.getElementById('toast').hidden = true)");
            Dimension before = driver.manage().window().getSize();
            long height = ((Number) driver.executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")).longValue();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(4000, Math.max(before.getHeight(), height + 120))));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(before);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        for (Path p : List.of(profile, downloads)) {
            try (var walk = Files.walk(p)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // temporary files; the OS cleans up
            }
        }
    }
}
