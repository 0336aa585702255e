package org.interlocutor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** An officer opens the dashboard and a campaign's stakeholder map, and the browser draws their charts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
@Tag("browser")
class ChartsBrowserTest {

    private static final String OFFICER = "browser.charts";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;

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

    /** How many of the selected SVG elements the browser laid out with a size (drawn, not only in the page). */
    private long drawn(String selector) {
        return (Long) browser.executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                    .filter(element => { const box = element.getBoundingClientRect();
                                         return box.width > 0 && box.height > 0; }).length;
                """, selector);
    }

    @Test
    void theDashboardAndTheStakeholderMapDrawTheirCharts() {
        long officer = testUsers.ensure(OFFICER, Role.OFFICER).id();
        String token = UUID.randomUUID().toString().substring(0, 8);
        long campaign = testUsers.as("browser.charts.manager", Role.MANAGER, () -> campaigns.create(
                new CampaignDraft("Charted " + token, null, null, null, null, CampaignStatus.ACTIVE))).id();
        ContactDetails person = testUsers.as(OFFICER, Role.OFFICER, () -> contacts.create(ContactDraft.of("Ama",
                "Charted " + token, StakeholderCategory.ICC_OFFICIAL).withPosition(4, Stance.SUPPORTIVE), null));
        testUsers.as(OFFICER, Role.OFFICER, () -> engagements.create(new EngagementDraft(EngagementKind.MEETING,
                Instant.now().minus(1, ChronoUnit.DAYS), null, null, "Charted meeting " + token, null, null,
                Set.of(person.id()), Set.of(), Set.of(officer), Set.of(campaign), Sensitivity.NORMAL, List.of())));

        browser.get("http://localhost:" + port + "/");
        waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.name("username"))).sendKeys(OFFICER);
        browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);

        String monthlyBars = ".monthly-card .chart-panel svg g > title + rect";
        String coverageBars = ".coverage-card .chart-panel svg g > title + rect";
        waitUpTo(60).until(driver -> drawn(monthlyBars) > 0 && drawn(coverageBars) >= 5);
        // read in one go: the chart is drawn again when the browser reports the width it is shown at
        assertThat(browser.executeScript("""
                const svg = document.querySelector('.monthly-card .chart-panel svg');
                return svg.getAttribute('role') + ' ' + svg.querySelector('title').textContent;
                """)).isEqualTo("img Engagements per month, by campaign");
        assertThat(browser.findElements(By.cssSelector(".coverage-card .chart-download"))).hasSize(2);

        browser.get("http://localhost:" + port + "/campaigns/" + campaign + "/map");
        String point = ".map-chart svg a[data-route='contacts/" + person.id() + "']";
        waitUpTo(60).until(driver -> drawn(point) == 1);
        assertThat(drawn(".map-chart svg a[data-route]")).isEqualTo(1);
        assertThat(browser.executeScript("return document.querySelector('.map-chart svg').getAttribute('role')"))
                .isEqualTo("group");
    }
}
