package org.interlocutor.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the real-browser tests, from the machine's own packages (Debian's chromium and
 * chromium-driver) so that nothing is downloaded. Without them the tests are skipped on a laptop, and fail in CI,
 * which sets INTERLOCUTOR_REQUIRE_BROWSER=true.
 */
final class Chromium {

    private Chromium() {
    }

    static ChromeDriver start() {
        return start(null);
    }

    /** A browser that saves downloads into the folder without asking, when one is given. */
    static ChromeDriver start(@org.jspecify.annotations.Nullable Path downloads) {
        Optional<Path> browser = find("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = find("CHROMEDRIVER", "chromedriver");
        if (browser.isEmpty() || driver.isEmpty()) {
            String why = "Chromium and chromedriver are needed for the browser tests "
                    + "(Debian: apt-get install chromium chromium-driver)";
            if (Boolean.parseBoolean(System.getenv("INTERLOCUTOR_REQUIRE_BROWSER"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=en-US");
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    private static Optional<Path> find(String environmentVariable, String... commands) {
        String configured = System.getenv(environmentVariable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin");
        return Stream.of(commands)
                .flatMap(command -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, command)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
