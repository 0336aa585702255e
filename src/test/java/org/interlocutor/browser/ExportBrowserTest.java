package org.interlocutor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
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

/** An officer exports the contacts list from a real browser, which saves a workbook holding the list's rows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
@Tag("browser")
class ExportBrowserTest {

    private static final String OFFICER = "browser.exporter";
    private static Path downloads;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ContactService contacts;

    @BeforeAll
    static void startBrowser() throws IOException {
        downloads = Files.createTempDirectory("interlocutor-downloads-");
        browser = Chromium.start(downloads);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(downloads);
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void click(String selector) {
        WebElement button = waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** The finished download: Chromium writes a .crdownload file first and renames it when complete. */
    private static Optional<Path> finishedWorkbook() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xlsx")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Test
    void theContactsListIsDownloadedAsAWorkbookWithTheListsRows() throws IOException {
        testUsers.ensure(OFFICER, Role.OFFICER);
        String token = "Exp" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
        testUsers.as(OFFICER, Role.OFFICER, () -> contacts.create(ContactDraft.of("Ama", "Mensah" + token,
                StakeholderCategory.CIVIL_SOCIETY), null));

        browser.get("http://localhost:" + port + "/contacts?q=mensah" + token.toLowerCase(java.util.Locale.ROOT));
        waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.name("username"))).sendKeys(OFFICER);
        browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"),
                "Mensah" + token));
        click("vaadin-button.export-button");
        click(".export-download vaadin-button");

        Path workbook = waitUpTo(60).until(driver -> finishedWorkbook().orElse(null));
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            Sheet rows = read.getSheetAt(0);
            assertThat(rows.getLastRowNum()).isEqualTo(1);
            List<String> cells = new java.util.ArrayList<>();
            rows.getRow(1).forEach(cell -> cells.add(cell.toString()));
            assertThat(cells).anyMatch(cell -> cell.contains("Mensah" + token));
            assertThat(read.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isNotBlank();
        }
    }
}
