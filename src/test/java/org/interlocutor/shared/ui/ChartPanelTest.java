package org.interlocutor.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.interlocutor.ViewTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.chart.BarChart;
import org.interlocutor.shared.chart.ChartHeader;
import org.interlocutor.shared.chart.ChartRenderer;
import org.junit.jupiter.api.Test;

@ViewTest
@WithStaff(username = "chart.viewer", role = Role.VIEWER)
class ChartPanelTest extends SpringBrowserlessTest {

    private static BarChart chart(String title) {
        return BarChart.builder(new ChartHeader(title, "Engagements per type", "None", Locale.ENGLISH))
                .categories(List.of("Meeting", "Call")).series("Engagements", 3, 5).build();
    }

    private ChartPanel shown(ChartPanel panel) {
        UI.getCurrent().add(panel);
        return panel;
    }

    private String inlineSvg(ChartPanel panel) {
        return $(InlineSvg.class, panel).single().getElement().getProperty("innerHTML");
    }

    @Test
    void theDownloadsGiveTheChartAsSvgAndAsPng() throws IOException {
        ChartPanel panel = shown(new ChartPanel(chart("By type <2026>"), "by type/2026"));

        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        test(panel.downloadSvg).download(svg);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        test(panel.downloadPng).download(png);

        assertThat(svg.toString(StandardCharsets.UTF_8)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<title id=\"chart-title\">By type &lt;2026&gt;</title>")
                .contains("width=\"" + ChartRenderer.DEFAULT_WIDTH + "\"");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(2 * ChartRenderer.DEFAULT_WIDTH);
        assertThat(panel.downloadSvg.getText()).isEqualTo("Download SVG");
        assertThat(panel.downloadPng.getText()).isEqualTo("Download PNG");
        assertThat(panel.downloadSvg.getAriaLabel()).hasValue("Download the chart “By type <2026>” as SVG");
        assertThat(panel.downloadSvg.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void eachDownloadIsNamedByTheCallerAndTypedAsWhatItIs() throws IOException {
        ChartPanel panel = shown(new ChartPanel(chart("By type"), "by type/2026"));

        VaadinResponse svgResponse = response();
        panel.writeSvg(new DownloadEvent(mock(VaadinRequest.class), svgResponse, VaadinSession.getCurrent(),
                panel.downloadSvg.getElement()));
        VaadinResponse pngResponse = response();
        panel.writePng(new DownloadEvent(mock(VaadinRequest.class), pngResponse, VaadinSession.getCurrent(),
                panel.downloadPng.getElement()));

        verify(svgResponse).setContentType("image/svg+xml");
        verify(svgResponse).setHeader(eq("Content-Disposition"), contains("filename=\"by-type-2026.svg\""));
        verify(pngResponse).setContentType("image/png");
        verify(pngResponse).setHeader(eq("Content-Disposition"), contains("filename=\"by-type-2026.png\""));
    }

    private static VaadinResponse response() throws IOException {
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(new ByteArrayOutputStream());
        return response;
    }

    @Test
    void theChartIsShownInlineAndDrawnAgainAtTheWidthTheBrowserReports() {
        ChartPanel panel = shown(new ChartPanel(chart("By type"), "by-type"));
        assertThat(inlineSvg(panel)).contains("width=\"800\"").contains("role=\"img\"");

        panel.shownAt(372);
        assertThat(inlineSvg(panel)).contains("width=\"372\"");
        // a few pixels more are not worth drawing again
        panel.shownAt(380);
        assertThat(panel.drawnWidth()).isEqualTo(372);
        panel.shownAt(120);
        assertThat(panel.drawnWidth()).isEqualTo(ChartRenderer.MIN_WIDTH);

        panel.setChart(chart("By month"));
        assertThat(inlineSvg(panel)).contains("By month").contains("width=\"" + ChartRenderer.MIN_WIDTH + "\"");
        assertThat(panel.downloadPng.getAriaLabel()).hasValue("Download the chart “By month” as PNG");
    }

    @Test
    void twoChartsOnAScreenNameThemselvesWithTheirOwnIds() {
        ChartPanel first = shown(new ChartPanel(chart("One"), "one"));
        ChartPanel second = shown(new ChartPanel(chart("Two"), "two"));

        String firstId = idOfTitle(inlineSvg(first));
        String secondId = idOfTitle(inlineSvg(second));

        assertThat(firstId).isNotEqualTo(secondId);
    }

    private static String idOfTitle(String svg) {
        int start = svg.indexOf("<title id=\"") + "<title id=\"".length();
        return svg.substring(start, svg.indexOf('"', start));
    }

    @Test
    void aLinkedPointOpensItsScreenAndNothingElseCanBeOpenedThroughIt() {
        UI.getCurrent().navigate(ChartSamplesView.class);
        ChartPanel map = $(ChartPanel.class).id("map-chart");

        map.open("admin/users");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("test/charts");

        map.open(ChartSamplesView.LINKED_ROUTE);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(ChartSamplesView.LINKED_ROUTE);
    }

    @Test
    void theDownloadsSpeakFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);

        ChartPanel panel = shown(new ChartPanel(chart("Par type"), "par-type"));

        assertThat(panel.downloadSvg.getText()).isEqualTo("Télécharger en SVG");
        assertThat(panel.downloadPng.getAriaLabel()).hasValue("Télécharger le graphique « Par type » en PNG");
    }

    @Test
    void fileNamesKeepOnlyWhatBelongsInAFileName() {
        assertThat(ChartPanel.safeFileName("Engagements par région/2026 \"T1\"")).isEqualTo(
                "Engagements-par-région-2026-T1-");
        assertThat(ChartPanel.safeFileName("../..")).isEqualTo("chart");
    }
}
