package org.interlocutor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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

/** An officer creates a contact in a real browser and finds it again with the list's search. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
@Tag("browser")
class ContactBrowserTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;

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

    private WebElement input(String hostSelector) {
        return waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector(hostSelector + " input")));
    }

    @Test
    void officerCreatesAContactAndFindsItBySearch() {
        testUsers.ensure("browser.contacts", Role.OFFICER);
        String family = "Quarshie" + UUID.randomUUID().toString().substring(0, 6);
        browser.get("http://localhost:" + port + "/contacts");
        waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.name("username"))).sendKeys("browser.contacts");
        browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);

        waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.new-contact")))
                .click();
        input("vaadin-text-field.given-name").sendKeys("Efua");
        input("vaadin-text-field.family-name").sendKeys(family);
        input("vaadin-email-field").sendKeys("efua." + family.toLowerCase() + "@coalition.example");
        browser.findElement(By.cssSelector("vaadin-button.save-contact")).click();

        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.record-title"),
                "Efua " + family));
        assertThat(browser.getCurrentUrl()).matches(".*/contacts/\\d+");

        browser.get("http://localhost:" + port + "/contacts");
        input("vaadin-text-field.search-field").sendKeys(family.toLowerCase());
        waitUpTo(30).until(ExpectedConditions.urlContains("q=" + family.toLowerCase()));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"),
                "Efua " + family));
        assertThat(browser.findElement(By.cssSelector(".result-count")).getText()).isEqualTo("1 contact");
    }
}
