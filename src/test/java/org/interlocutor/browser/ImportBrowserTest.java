package org.interlocutor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** An officer imports a CSV file through the real upload component and sees what was created. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
@Tag("browser")
class ImportBrowserTest {

    private static final String OFFICER = "browser.importer";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ContactService contacts;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /** Clicks a button once clickable, scrolled to the middle of the window (dev mode's tools sit in a corner). */
    private void click(String selector) {
        WebElement button = waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** The upload's file input: in the component's light DOM or its shadow root, depending on the version. */
    private WebElement fileInput() {
        return waitUpTo(30).until(driver -> (WebElement) browser.executeScript("""
                const upload = document.querySelector('vaadin-upload.import-upload');
                if (!upload) return null;
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                """));
    }

    @Test
    void officerUploadsACsvFileAndImportsItsContacts(@TempDir Path folder) throws IOException {
        testUsers.ensure(OFFICER, Role.OFFICER);
        String token = "Imp" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
        Path csv = folder.resolve("partners-" + token + ".csv");
        Files.writeString(csv, """
                First name;Last name;Email
                Ama;Mensah%1$s;ama.%1$s@coalition.example
                Lina;Haddad%1$s;lina.%1$s@coalition.example
                """.formatted(token), StandardCharsets.UTF_8);

        browser.get("http://localhost:" + port + "/import");
        waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.name("username"))).sendKeys(OFFICER);
        browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);

        fileInput().sendKeys(csv.toAbsolutePath().toString());
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-columns-step")));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".import-mapping"),
                "Mensah" + token));
        click(".import-columns-step vaadin-button.import-next");
        click(".import-options-step vaadin-button.import-check");
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".import-preview-step .import-count-created .import-count-value"), "2"));
        click(".import-preview-step vaadin-button.import-start");

        WebElement created = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".import-result-step .import-count-created .import-count-value")));
        assertThat(browser.findElement(By.cssSelector(".import-result-title")).getText())
                .isEqualTo("Import completed");
        assertThat(created.getText()).isEqualTo("2");
        assertThat(testUsers.as(OFFICER, Role.OFFICER,
                () -> contacts.count(ContactFilter.NONE.withText(token.toLowerCase())))).isEqualTo(2);
    }
}
