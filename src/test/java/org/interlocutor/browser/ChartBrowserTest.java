package org.interlocutor.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Charts in a real browser, on the test-only screen test/charts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
@Tag("browser")
class ChartBrowserTest {

    private static final String LINKED_ROUTE = "contacts/987654321";
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

    @BeforeEach
    void signedInOnTheChartsScreen() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1366, 900));
        testUsers.ensure("browser.charts", Role.OFFICER);
        browser.get("http://localhost:" + port + "/");
        waitUpTo(60).until(ExpectedConditions.urlContains("/login"));
        waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.name("username"))).sendKeys("browser.charts");
        browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
        browser.get("http://localhost:" + port + "/test/charts");
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-chart svg")));
        // the panels draw again once the browser has told their width: wait for that before touching them
        waitUpTo(30).until(driver -> Math.abs(svgWidth("bar-chart") - panelWidth("bar-chart")) < 16
                && Math.abs(svgWidth("map-chart") - panelWidth("map-chart")) < 16);
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /** Read in one go: the panel replaces its SVG when it draws it again. */
    private int svgWidth(String panel) {
        return Integer.parseInt((String) browser.executeScript(
                "return document.querySelector('#' + arguments[0] + ' svg').getAttribute('width')", panel));
    }

    private long panelWidth(String panel) {
        return (Long) browser.executeScript("return Math.round(document.getElementById(arguments[0]).clientWidth)",
                panel);
    }

    @Test
    void theChartIsDrawnAtTheWidthItIsShownAtOnAWideScreenAndOnAPhone() {
        WebElement svg = browser.findElement(By.cssSelector("#bar-chart svg"));
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getRect().getWidth()).isCloseTo((int) panelWidth("bar-chart"), within(1));

        // as narrow as on a phone (headless Chromium keeps its window wider than that)
        browser.executeScript("document.getElementById('bar-chart').style.width = '360px'");

        waitUpTo(30).until(driver -> svgWidth("bar-chart") == 360);
        // the texts keep their size: the SVG is drawn for its width rather than scaled down
        Number tickFontPixels = (Number) browser.executeScript("""
                const text = document.querySelector('#bar-chart svg text[font-size="12.5"]');
                return text.getBoundingClientRect().height;""");
        assertThat(tickFontPixels.doubleValue()).isGreaterThan(11);
    }

    @Test
    void clickingALinkedPointOpensItsScreenWithoutReloadingThePage() {
        browser.executeScript("window.chartMarker = 'still here';");
        WebElement point = browser.findElement(By.cssSelector("#map-chart a[data-route='" + LINKED_ROUTE + "']"));
        assertThat(point.findElement(By.tagName("title")).getAttribute("textContent"))
                .startsWith("Ana <b>Lima</b>");

        point.click();

        waitUpTo(30).until(ExpectedConditions.urlContains(LINKED_ROUTE));
        assertThat(browser.executeScript("return window.chartMarker")).isEqualTo("still here");
        assertThat(browser.findElements(By.tagName("vaadin-app-layout"))).hasSize(1);
    }

    @Test
    void aKeyboardUserOpensALinkedPointWithEnter() {
        browser.executeScript("window.chartMarker = 'still here';");
        browser.executeScript("document.querySelector(\"#map-chart a[data-route='contacts']\").focus()");

        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        waitUpTo(30).until(ExpectedConditions.urlMatches("/contacts$"));
        assertThat(browser.executeScript("return window.chartMarker")).isEqualTo("still here");
    }

    @Test
    void theDownloadsAreAnSvgAndAPngFileNamedByTheScreen() {
        List<WebElement> downloads = browser.findElements(By.cssSelector("#bar-chart a.chart-download"));
        assertThat(downloads).extracting(WebElement::getText).containsExactly("Download SVG", "Download PNG");

        @SuppressWarnings("unchecked")
        List<String> svg = (List<String>) browser.executeAsyncScript(FETCH_HEADERS,
                downloads.get(0).getAttribute("href"));
        @SuppressWarnings("unchecked")
        List<String> png = (List<String>) browser.executeAsyncScript(FETCH_HEADERS,
                downloads.get(1).getAttribute("href"));

        assertThat(svg.get(0)).isEqualTo("200");
        assertThat(svg.get(1)).startsWith("image/svg+xml");
        assertThat(svg.get(2)).contains("engagements-by-type.svg");
        assertThat(svg.get(3)).startsWith("<svg");
        assertThat(png.get(1)).isEqualTo("image/png");
        assertThat(png.get(2)).contains("engagements-by-type.png");
        assertThat(png.get(3)).isEqualTo("\u0089PNG");
    }

    /** Fetches a URL in the page: its status, content type, disposition and first characters. */
    private static final String FETCH_HEADERS = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then(async response => {
              const bytes = new Uint8Array(await response.arrayBuffer());
              done([String(response.status), response.headers.get('content-type'),
                    response.headers.get('content-disposition'),
                    Array.from(bytes.slice(0, 4)).map(b => String.fromCharCode(b)).join('')]);
            }).catch(error => done([String(error)]));""";

    /**
     * Why the panel handles clicks on linked points itself: Vaadin's router leaves SVG links alone (their href is not
     * a string), so the browser loads the whole application again. Should a Vaadin version change that, this test
     * fails and the panel's click handler may go.
     */
    @Test
    void vaadinsRouterLetsAPlainSvgLinkReloadThePage() {
        browser.executeScript("""
                const holder = document.createElement('div');
                holder.innerHTML = '<svg width="60" height="60"><a id="plain-svg-link" href="contacts">'
                    + '<rect width="60" height="60" fill="red"/></a></svg>';
                const chart = document.getElementById('bar-chart');
                chart.parentElement.insertBefore(holder, chart);
                window.chartMarker = 'still here';""");
        browser.findElement(By.id("plain-svg-link")).click();
        waitUpTo(30).until(ExpectedConditions.urlContains("/contacts"));
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
        assertThat(browser.executeScript("return window.chartMarker")).isNull();
    }
}
