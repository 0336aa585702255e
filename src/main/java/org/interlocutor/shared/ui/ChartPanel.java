package org.interlocutor.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.interlocutor.shared.chart.Chart;
import org.interlocutor.shared.chart.ChartRenderer;
import org.interlocutor.shared.chart.ScatterChart;

/**
 * A chart on a screen, drawn on the server as SVG, with "Download SVG" and "Download PNG" under it.
 *
 * <pre>{@code
 * add(new ChartPanel(chart, "engagements-by-type"));   // files engagements-by-type.svg and .png
 * }</pre>
 *
 * <p>The chart is drawn again at the width it is shown (reported by the browser when it changes), so its texts keep
 * their size from a phone to a wide screen. Points of a {@link ScatterChart} that link to a screen open it inside the
 * application when clicked (with Ctrl, Shift or the middle button, the browser opens the link as usual). Downloads
 * are {@link ChartRenderer#DEFAULT_WIDTH} pixels wide, the PNG drawn twice as large for sharpness.
 */
public class ChartPanel extends Composite<Div> {

    /** Widths closer than this to the drawn one are not worth drawing again: the SVG scales that little. */
    private static final int REDRAW_STEP = 16;
    private static final double PNG_SCALE = 2;
    private static final AtomicLong IDS = new AtomicLong();

    private final String id = "chart-" + IDS.incrementAndGet();
    private final String fileName;
    private final InlineSvg svg = new InlineSvg();
    final Anchor downloadSvg;
    final Anchor downloadPng;
    /** Read by the downloads, which run outside the screen's lock. */
    private volatile Chart chart;
    private int drawnWidth = ChartRenderer.DEFAULT_WIDTH;

    /**
     * @param fileName the downloads' name without extension, e.g. "engagements-by-type"; characters that do not
     *        belong in a file name are replaced
     */
    public ChartPanel(Chart chart, String fileName) {
        this.chart = Objects.requireNonNull(chart, "chart");
        this.fileName = safeFileName(fileName);
        getContent().addClassName("chart-panel");
        downloadSvg = new Anchor(this::writeSvg, AttachmentType.DOWNLOAD, getTranslation("chart.download-svg"));
        downloadPng = new Anchor(this::writePng, AttachmentType.DOWNLOAD, getTranslation("chart.download-png"));
        Div downloads = new Div();
        downloads.addClassName("chart-downloads");
        for (Anchor download : new Anchor[] {downloadSvg, downloadPng}) {
            download.addClassName("chart-download");
            download.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
            downloads.add(download);
        }
        getContent().add(svg, downloads);
        show(chart);
    }

    /** Shows another chart in place of this one (a new period, another filter). */
    public void setChart(Chart chart) {
        this.chart = Objects.requireNonNull(chart, "chart");
        show(chart);
    }

    private void show(Chart shown) {
        svg.show(shown, drawnWidth, id);
        // a dashboard has several charts: each download says which one it is
        downloadSvg.setAriaLabel(getTranslation("chart.download-svg.label", shown.header().title()));
        downloadPng.setAriaLabel(getTranslation("chart.download-png.label", shown.header().title()));
    }

    public Chart getChart() {
        return chart;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // the browser tells the width the chart is shown at, once settled after a resize, and hands a click on a
        // linked point to the server, which navigates without reloading the page
        getElement().executeJs("""
                const panel = this;
                if (panel.chartWired) { return; }
                panel.chartWired = true;
                let timer;
                new ResizeObserver(() => {
                  clearTimeout(timer);
                  timer = setTimeout(() => {
                    const width = Math.round(panel.clientWidth);
                    if (width > 0) { panel.$server.shownAt(width); }
                  }, 150);
                }).observe(panel);
                panel.addEventListener('click', event => {
                  const link = event.target.closest && event.target.closest('a[data-route]');
                  if (!link || event.defaultPrevented || event.button !== 0
                      || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                    return;
                  }
                  event.preventDefault();
                  panel.$server.open(link.getAttribute('data-route'));
                });
                """);
    }

    /** The browser's report of the width the chart is shown at. */
    @ClientCallable
    void shownAt(int width) {
        int bounded = Math.max(ChartRenderer.MIN_WIDTH, Math.min(ChartRenderer.MAX_WIDTH, width));
        if (Math.abs(bounded - drawnWidth) >= REDRAW_STEP) {
            drawnWidth = bounded;
            svg.show(chart, drawnWidth, id);
        }
    }

    /** Opens a point's screen; only the routes the chart links to, whatever the browser sends. */
    @ClientCallable
    void open(String route) {
        boolean linked = chart instanceof ScatterChart scatter
                && scatter.points().stream().anyMatch(point -> route.equals(point.link()));
        if (linked) {
            int query = route.indexOf('?');
            getUI().ifPresent(ui -> ui.navigate(query < 0 ? route : route.substring(0, query),
                    query < 0 ? QueryParameters.empty() : QueryParameters.fromString(route.substring(query + 1))));
        }
    }

    int drawnWidth() {
        return drawnWidth;
    }

    void writeSvg(DownloadEvent event) throws IOException {
        byte[] bytes = ChartRenderer.svg(chart).getBytes(StandardCharsets.UTF_8);
        write(event, fileName + ".svg", "image/svg+xml", bytes);
    }

    void writePng(DownloadEvent event) throws IOException {
        write(event, fileName + ".png", "image/png", ChartRenderer.png(chart, PNG_SCALE));
    }

    private static void write(DownloadEvent event, String name, String contentType, byte[] bytes)
            throws IOException {
        event.setFileName(name);
        event.setContentType(contentType);
        event.setContentLength(bytes.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** Letters (any script), digits, '-', '_' and '.' kept; anything else, such as '/' or a quote, becomes '-'. */
    static String safeFileName(String name) {
        String safe = name.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "chart" : safe;
    }
}
