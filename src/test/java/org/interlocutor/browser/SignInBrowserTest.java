package org.interlocutor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.UserRow;
import org.interlocutor.security.UserService;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

/** Signing in through a real browser, against the application on a real port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
@Tag("browser")
class SignInBrowserTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    UserService users;

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

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void signIn(String username, String password) {
        browser.get("http://localhost:" + port + "/");
        waitUpTo(60).until(ExpectedConditions.urlContains("/login"));
        WebElement user = waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.name("username")));
        user.sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password, Keys.ENTER);
    }

    private String userMenuText() {
        return waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".user-menu")))
                .getText();
    }

    @Test
    void signedInOfficerSeesTheMainLayoutWithTheirName() {
        testUsers.ensure("browser.officer", Role.OFFICER);

        signIn("browser.officer", TestUsers.PASSWORD);

        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
        assertThat(userMenuText()).contains("Browser officer");
        assertThat(browser.findElement(By.cssSelector(".brand-name")).getText()).isEqualTo("Interlocutor");
        // the start page is the dashboard, the first screen of the navigation
        String firstScreen = browser.findElement(By.cssSelector(".main-nav vaadin-side-nav-item")).getText();
        assertThat(browser.getTitle()).isEqualTo(firstScreen);
    }

    @Test
    void wrongPasswordKeepsThePersonOnTheLoginPageWithAGenericMessage() {
        testUsers.ensure("browser.typo", Role.OFFICER);

        signIn("browser.typo", "not the right password");

        waitUpTo(60).until(ExpectedConditions.urlContains("error"));
        WebElement form = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(
                By.tagName("vaadin-login-form")));
        assertThat(form.getText()).contains("The user name or password is not right");
        assertThat(browser.findElements(By.tagName("vaadin-app-layout"))).isEmpty();
    }

    @Test
    @WithStaff(username = "browser.admin", role = Role.ADMIN)
    void disabledUsersOpenSessionStopsWorking() {
        testUsers.ensure("browser.leaver", Role.OFFICER);
        signIn("browser.leaver", TestUsers.PASSWORD);
        assertThat(userMenuText()).contains("Browser leaver");
        browser.get("http://localhost:" + port + "/account");
        waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".change-password")));

        UserRow leaver = users.list(new org.interlocutor.security.UserFilter("browser.leaver", true),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst();
        users.setEnabled(leaver.id(), leaver.version(), false);
        browser.findElement(By.cssSelector(".change-password")).click();

        waitUpTo(60).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.tagName("vaadin-app-layout"))).isEmpty();
    }
}
