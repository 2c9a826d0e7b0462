package fi.kuntakokeilu.web.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its chromedriver. Without them, browser tests are skipped
 * with a message saying how to install them, except in CI ({@code CI=true}), where a missing
 * browser is a failure: the browser tests must never pass by not running.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("kuntakokeilu.it.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("kuntakokeilu.it.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    public static ChromeDriver start() {
        return start(null);
    }

    /** A browser that saves every download into the directory, without asking. */
    public static ChromeDriver start(Path downloads) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install them with `sudo apt-get install -y chromium chromium-driver`";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-quic",
                            "--no-first-run",
                            "--window-size=1280,900",
                            // A Finnish user's browser: the interface starts in Finnish.
                            "--accept-lang=fi-FI,fi",
                            "--user-data-dir=" + profile);
            if (downloads != null) {
                options.setExperimentalOption(
                        "prefs",
                        java.util.Map.of(
                                "download.default_directory",
                                downloads.toString(),
                                "download.prompt_for_download",
                                false));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            if (downloads != null) {
                driver.executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            }
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
