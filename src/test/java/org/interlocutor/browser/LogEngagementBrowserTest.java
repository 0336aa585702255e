package org.interlocutor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.engagement.Ref;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/**
 * An officer logs a meeting from a contact's page in a real browser with the keyboard alone: Alt+L opens the dialog
 * with the person on screen, the title has the focus, Tab reaches the participants, a few letters and the arrow keys
 * pick the second person, Tab and Enter add a follow-up, and Ctrl+Enter saves (committing the field being typed in).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
@Tag("browser")
class LogEngagementBrowserTest {

    private static final String OFFICER = "browser.logging";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    FollowUpService followUps;

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

    private ContactDetails contact(String given, String family) {
        return testUsers.as(OFFICER, Role.OFFICER, () -> contacts.create(ContactDraft.of(given, family,
                StakeholderCategory.ICC_OFFICIAL), null));
    }

    /** The element that has the keyboard focus, inside the shadow roots of Vaadin's fields. */
    private WebElement focused() {
        return (WebElement) browser.executeScript("""
                let element = document.activeElement;
                while (element && element.shadowRoot && element.shadowRoot.activeElement) {
                    element = element.shadowRoot.activeElement;
                }
                return element;""");
    }

    private void waitForFocusIn(String hostSelector) {
        waitUpTo(20).until(driver -> (Boolean) browser.executeScript(
                "return !!document.activeElement && !!document.activeElement.closest(arguments[0]);",
                hostSelector));
    }

    /** Presses Tab until the keyboard reaches the element, as a person would, failing after forty presses. */
    private void tabUntilFocusIn(String hostSelector) {
        for (int presses = 0; presses < 40; presses++) {
            if ((Boolean) browser.executeScript(
                    "return !!document.activeElement && !!document.activeElement.closest(arguments[0]);",
                    hostSelector)) {
                return;
            }
            focused().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + hostSelector);
    }

    @Test
    void anOfficerLogsAMeetingWithTwoParticipantsAndAFollowUpWithTheKeyboardAlone() {
        testUsers.ensure(OFFICER, Role.OFFICER);
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        ContactDetails first = contact("Abena", "Owusu" + token);
        ContactDetails second = contact("Kwame", "Boateng" + token);

        browser.get("http://localhost:" + port + "/contacts/" + first.id());
        waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.name("username"))).sendKeys(OFFICER);
        browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-button.log-engagement-with")));
        // Alt+L on a contact's page opens the dialog with that person in it
        new Actions(browser).keyDown(Keys.ALT).sendKeys("l").keyUp(Keys.ALT).perform();

        waitForFocusIn("vaadin-text-field.engagement-title");
        focused().sendKeys("Briefing on outreach in the field");
        focused().sendKeys(Keys.ENTER); // Enter in the title must not save half a form
        focused().sendKeys(Keys.TAB);
        waitForFocusIn("vaadin-multi-select-combo-box.participants");
        focused().sendKeys("boateng" + token);
        waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-multi-select-combo-box-item[contains(., 'Kwame Boateng" + token + "')]")));
        focused().sendKeys(Keys.ARROW_DOWN);
        focused().sendKeys(Keys.ENTER);
        waitUpTo(20).until(driver -> String.valueOf(browser.executeScript("""
                return document.querySelector('vaadin-multi-select-combo-box.participants').selectedItems
                    .map(item => item.label).join('|');""")).contains("Kwame Boateng" + token));
        assertThat(browser.findElements(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog"))).isNotEmpty();

        focused().sendKeys(Keys.TAB); // leaves the participants, closing their suggestions
        tabUntilFocusIn("vaadin-button.add-follow-up");
        focused().sendKeys(Keys.ENTER);
        waitForFocusIn("vaadin-text-field.follow-up-what");
        focused().sendKeys("Send the briefing note");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();

        waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.open-engagement")))
                .click();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.record-title"),
                "Briefing on outreach in the field"));
        assertThat(browser.getCurrentUrl()).matches(".*/engagements/\\d+");
        assertThat(browser.findElement(By.cssSelector(".follow-ups-card")).getText())
                .contains("Send the briefing note");

        List<EngagementRow> logged = testUsers.as(OFFICER, Role.OFFICER,
                () -> engagements.rows(EngagementFilter.ofContact(second.id()), PageRequest.of(0, 5)));
        assertThat(logged).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Briefing on outreach in the field");
            assertThat(row.participants()).extracting(Ref::id).containsExactlyInAnyOrder(first.id(), second.id());
        });
        List<FollowUpRow> agreed = testUsers.as(OFFICER, Role.OFFICER,
                () -> followUps.ofContact(second.id(), PageRequest.of(0, 5)));
        assertThat(agreed).extracting(FollowUpRow::description).containsExactly("Send the briefing note");
    }
}
