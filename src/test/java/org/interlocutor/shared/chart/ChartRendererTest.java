package org.interlocutor.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.interlocutor.shared.chart.ScatterChart.Axis;
import org.interlocutor.shared.chart.ScatterChart.Point;
import org.interlocutor.shared.chart.ScatterChart.Tick;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

class ChartRendererTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" ]]> \u0001";

    private static ChartHeader header(String title) {
        return new ChartHeader(title, "What " + title + " shows", "Nothing to show", Locale.ENGLISH);
    }

    private static BarChart bars() {
        return BarChart.builder(header("Engagements by type"))
                .categories(List.of("Meeting", "Call", "Email"))
                .series("Engagements", 1234, 56, 7)
                .axisTitles("Type", "Engagements")
                .build();
    }

    private static LineChart lines() {
        return LineChart.builder(header("Engagements by month"))
                .categories(List.of("Jan", "Feb", "Mar", "Apr"))
                .series("Meetings", 3, 5, 2, 8)
                .series("Calls", 1, 0, 4, 2)
                .axisTitles("Month", "Engagements")
                .build();
    }

    private static Axis stance() {
        return Axis.categories("Stance", List.of("Opposed", "Neutral", "Supportive"));
    }

    private static Axis influence() {
        return Axis.numeric("Influence", 0.5, 5.5, Stream.of(1, 2, 3, 4, 5).map(i -> new Tick(i, "" + i)).toList());
    }

    private static ScatterChart scatter(List<Point> points) {
        return new ScatterChart(header("Stakeholder map"), stance(), influence(),
                List.of("Engaged lately", "Not engaged lately"), points);
    }

    static Stream<Chart> everyKind() {
        return Stream.of(bars(),
                BarChart.builder(header("Stacked")).categories(List.of("A", "B")).series("x", 1, 2).series("y", 3, 4)
                        .stacked().build(),
                BarChart.builder(header("Horizontal")).categories(List.of("A", "B")).series("x", 1, 2).series("y", 3, 4)
                        .horizontal().build(),
                lines(),
                scatter(List.of(new Point(2, 4, "Ana", "Engaged lately", null))),
                BarChart.builder(header("Empty")).build());
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyChartKindIsWellFormedSvgNamedByItsTitleAndDescribedByItsDescription(Chart chart) {
        SvgDocument svg = SvgDocument.parse(ChartRenderer.svg(chart, 640, "c1"));

        assertThat(svg.root.getNamespaceURI()).isEqualTo(SvgDocument.SVG_NAMESPACE);
        assertThat(svg.root.getLocalName()).isEqualTo("svg");
        assertThat(svg.root.getAttribute("role")).isEqualTo("img");
        assertThat(svg.root.getAttribute("width")).isEqualTo("640");
        int height = Integer.parseInt(svg.root.getAttribute("height"));
        assertThat(height).isGreaterThan(100);
        assertThat(svg.root.getAttribute("viewBox")).isEqualTo("0 0 640 " + height);
        List<String> labelledBy = List.of(svg.root.getAttribute("aria-labelledby").split(" "));
        assertThat(labelledBy).hasSize(2);
        Element title = svg.byId(labelledBy.get(0));
        Element description = svg.byId(labelledBy.get(1));
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(title.getParentNode()).isEqualTo(svg.root);
        assertThat(title.getTextContent()).isEqualTo(chart.header().title());
        assertThat(description.getLocalName()).isEqualTo("desc");
        assertThat(description.getTextContent()).isEqualTo(chart.header().description());
        // the title is also drawn, for sighted readers and in the PNG
        assertThat(svg.texts()).contains(chart.header().title());
    }

    @Test
    void hostileTextsFromUsersAreEscapedAndNoScriptElementAppears() {
        ChartHeader hostile = new ChartHeader(HOSTILE, HOSTILE, HOSTILE, Locale.ENGLISH);
        List<Chart> charts = List.of(
                BarChart.builder(hostile).categories(List.of(HOSTILE, "b")).series(HOSTILE, 1, 2).series("s", 2, 1)
                        .axisTitles(HOSTILE, HOSTILE).build(),
                BarChart.builder(hostile).categories(List.of(HOSTILE)).series(HOSTILE, 1).horizontal()
                        .axisTitles(HOSTILE, HOSTILE).build(),
                LineChart.builder(hostile).categories(List.of(HOSTILE, "b")).series(HOSTILE, 1, 2)
                        .axisTitles(HOSTILE, HOSTILE).build(),
                new ScatterChart(hostile, Axis.categories(HOSTILE, List.of(HOSTILE)),
                        Axis.categories(HOSTILE, List.of(HOSTILE)), List.of(HOSTILE, "other"),
                        List.of(new Point(0, 0, HOSTILE, HOSTILE, "contacts/1?q=a&b=c"))),
                BarChart.builder(hostile).build());
        String withoutForbiddenCharacter = HOSTILE.replace("\u0001", "");
        for (Chart chart : charts) {
            for (int width : new int[] {360, 900}) {
                String markup = ChartRenderer.svg(chart, width, "c");
                SvgDocument svg = SvgDocument.parse(markup);

                assertThat(markup).doesNotContain("<script").doesNotContain("\u0001");
                assertThat(svg.all("script")).isEmpty();
                assertThat(svg.allElements()).allSatisfy(element -> {
                    assertThat(element.getNamespaceURI()).isEqualTo(SvgDocument.SVG_NAMESPACE);
                    assertThat(element.getLocalName()).isIn("svg", "title", "desc", "rect", "line", "polyline",
                            "polygon", "circle", "text", "g", "a");
                    for (int i = 0; i < element.getAttributes().getLength(); i++) {
                        assertThat(element.getAttributes().item(i).getNodeName()).doesNotStartWith("on");
                    }
                });
                assertThat(svg.all("title").getFirst().getTextContent()).isEqualTo(withoutForbiddenCharacter);
            }
        }
    }

    @Test
    void everyBarCarriesATooltipWithItsValueInTheChartsLocale() {
        SvgDocument english = SvgDocument.parse(ChartRenderer.svg(bars()));
        assertThat(english.marks()).extracting(SvgDocument::tooltip)
                .containsExactly("Meeting: 1,234", "Call: 56", "Email: 7");

        BarChart french = BarChart.builder(new ChartHeader("Par type", "", "Rien", Locale.FRENCH))
                .categories(List.of("Réunion")).series("Engagements", 1234.5).build();
        String expected = "Réunion: " + NumberFormat.getNumberInstance(Locale.FRENCH).format(1234.5);
        assertThat(SvgDocument.parse(ChartRenderer.svg(french)).marks()).extracting(SvgDocument::tooltip)
                .containsExactly(expected);
        assertThat(expected).contains(",5");
    }

    @Test
    void everyLinePointCarriesATooltipNamingItsSeriesAndCategory() {
        SvgDocument svg = SvgDocument.parse(ChartRenderer.svg(lines()));

        assertThat(svg.all("polyline")).hasSize(2);
        assertThat(svg.marks()).hasSize(8).extracting(SvgDocument::tooltip)
                .contains("Apr\nMeetings: 8", "Feb\nCalls: 0");
    }

    @Test
    void aLegendIsDrawnOnlyWhenThereIsMoreThanOneSeries() {
        BarChart one = BarChart.builder(header("One")).categories(List.of("Meeting")).series("All engagements", 3)
                .build();
        BarChart two = BarChart.builder(header("Two")).categories(List.of("Meeting")).series("2025", 3)
                .series("2026", 4).build();

        assertThat(SvgDocument.parse(ChartRenderer.svg(one)).texts()).doesNotContain("All engagements");
        assertThat(SvgDocument.parse(ChartRenderer.svg(two)).texts()).contains("2025", "2026");
        assertThat(SvgDocument.parse(ChartRenderer.svg(lines())).texts()).contains("Meetings", "Calls");
    }

    @Test
    void stackedBarsAreAsTallAsTheirTotalAndEachPartAsItsValue() {
        BarChart chart = BarChart.builder(header("Follow-ups"))
                .categories(List.of("Ana", "Ben"))
                .series("Done", 6, 2).series("Open", 3, 2).series("Overdue", 1, 0)
                .stacked().build();
        SvgDocument svg = SvgDocument.parse(ChartRenderer.svg(chart));

        Map<Double, List<Element>> byColumn = new TreeMap<>();
        for (Element mark : svg.marks()) {
            Element rect = SvgDocument.shape(mark);
            byColumn.computeIfAbsent(SvgDocument.number(rect, "x"), x -> new ArrayList<>()).add(rect);
        }
        List<List<Element>> columns = new ArrayList<>(byColumn.values());
        assertThat(columns).hasSize(2);
        assertThat(columns.get(0)).hasSize(3);
        assertThat(columns.get(1)).hasSize(2);
        double ana = totalHeight(columns.get(0));
        double ben = totalHeight(columns.get(1));
        assertThat(ana / ben).isCloseTo(10 / 4.0, within(0.02));
        double pixelsPerUnit = ana / 10;
        assertThat(columns.get(0).stream().mapToDouble(rect -> SvgDocument.number(rect, "height") / pixelsPerUnit)
                .toArray()).containsExactly(new double[] {6, 3, 1}, within(0.05));
        // each part starts where the one below it ends
        for (List<Element> column : columns) {
            for (int i = 1; i < column.size(); i++) {
                assertThat(SvgDocument.number(column.get(i), "y") + SvgDocument.number(column.get(i), "height"))
                        .isCloseTo(SvgDocument.number(column.get(i - 1), "y"), within(0.02));
            }
        }
    }

    private static double totalHeight(List<Element> rects) {
        return rects.stream().mapToDouble(rect -> SvgDocument.number(rect, "height")).sum();
    }

    @Test
    void aChartWithNothingToShowSaysSoInsteadOfDrawingEmptyAxes() {
        List<Chart> empty = List.of(
                BarChart.builder(header("No categories")).build(),
                BarChart.builder(header("All zero")).categories(List.of("A", "B")).series("x", 0, 0).build(),
                LineChart.builder(header("No series")).categories(List.of("Jan")).build(),
                scatter(List.of()));
        for (Chart chart : empty) {
            assertThat(chart.isEmpty()).isTrue();
            SvgDocument svg = SvgDocument.parse(ChartRenderer.svg(chart, 360, "e"));
            assertThat(svg.texts()).containsExactly(chart.header().title(), "Nothing to show");
            assertThat(svg.marks()).isEmpty();
            assertThat(svg.root.getAttribute("role")).isEqualTo("img");
        }
        assertThat(bars().isEmpty()).isFalse();
    }

    @Test
    void thePngDecodesAtTheSvgsSizeTimesTheScaleAndIsNotBlank() throws IOException {
        for (Chart chart : everyKind().toList()) {
            SvgDocument svg = SvgDocument.parse(ChartRenderer.svg(chart, 500, "c"));
            int height = Integer.parseInt(svg.root.getAttribute("height"));

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(chart, 500, 2)));

            assertThat(image.getWidth()).isEqualTo(1000);
            assertThat(image.getHeight()).isEqualTo(2 * height);
            Set<Integer> colours = new HashSet<>();
            for (int x = 0; x < image.getWidth(); x += 3) {
                for (int y = 0; y < image.getHeight(); y += 3) {
                    colours.add(image.getRGB(x, y) & 0xFFFFFF);
                }
            }
            assertThat(colours).as("colours of " + chart.header().title()).hasSizeGreaterThan(5);
            if (!chart.isEmpty()) {
                assertThat(colours).as("the first series' colour").contains(0x0072B2);
            }
        }
        assertThat(ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(bars(), 1))).getWidth())
                .isEqualTo(ChartRenderer.DEFAULT_WIDTH);
    }

    @Test
    void pointsOnTheSameSpotAreSpreadInsideTheirCellWithoutOverlapping() {
        List<Point> crowd = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            crowd.add(new Point(2, 4, "Contact " + i, i % 3 == 0 ? "Not engaged lately" : "Engaged lately",
                    "contacts/" + i));
        }
        crowd.add(new Point(0, 1, "Alone", "Engaged lately", null));
        ScatterLayout layout = new ScatterLayout(scatter(crowd), 360);

        List<ScatterLayout.Placed> placed = layout.placedPoints();

        List<ScatterLayout.Placed> inCell = placed.stream().filter(p -> p.point().x() == 2).toList();
        assertThat(inCell).hasSize(12);
        for (int i = 0; i < inCell.size(); i++) {
            for (int j = i + 1; j < inCell.size(); j++) {
                double distance = Math.hypot(inCell.get(i).x() - inCell.get(j).x(),
                        inCell.get(i).y() - inCell.get(j).y());
                assertThat(distance).as("between two markers").isGreaterThanOrEqualTo(2 * inCell.get(i).radius());
            }
        }
        // the cell of "Supportive, 4" and the next spots' cells do not mix
        ScatterLayout.Placed alone = placed.stream().filter(p -> p.point().label().equals("Alone")).findFirst()
                .orElseThrow();
        double cellWidth = Math.abs(inCell.getFirst().x() - alone.x()) / 2;
        assertThat(inCell).allSatisfy(p -> assertThat(Math.abs(p.x() - centreX(inCell))).isLessThan(cellWidth / 2));

        // the same data in another order gives the same picture
        List<Point> shuffled = new ArrayList<>(crowd);
        Collections.shuffle(shuffled, new Random(3));
        assertThat(ChartRenderer.svg(scatter(shuffled))).isEqualTo(ChartRenderer.svg(scatter(crowd)));
    }

    private static double centreX(List<ScatterLayout.Placed> placed) {
        return placed.stream().mapToDouble(ScatterLayout.Placed::x).average().orElseThrow();
    }

    @Test
    void linkedPointsAreLinksToTheirRouteInAChartThatIsAGroupRatherThanAnImage() {
        ScatterChart chart = scatter(List.of(new Point(2, 4, "Ana Lima", "Engaged lately", "contacts/42"),
                new Point(0, 2, "Ben Ode", "Not engaged lately", null)));

        SvgDocument svg = SvgDocument.parse(ChartRenderer.svg(chart));

        assertThat(svg.root.getAttribute("role")).isEqualTo("group");
        assertThat(svg.all("a")).singleElement().satisfies(link -> {
            assertThat(link.getAttribute("href")).isEqualTo("contacts/42");
            assertThat(link.getAttribute("data-route")).isEqualTo("contacts/42");
            assertThat(SvgDocument.tooltip(link)).isEqualTo("Ana Lima\nStance: Supportive\nInfluence: 4\nEngaged lately");
        });
        assertThat(svg.marks()).extracting(SvgDocument::tooltip)
                .contains("Ben Ode\nStance: Opposed\nInfluence: 2\nNot engaged lately");
        assertThat(svg.texts()).contains("Engaged lately", "Not engaged lately", "Supportive", "Influence");
    }

    @Test
    void pointsLinkOnlyToRoutesOfTheApplication() {
        for (String outside : List.of("javascript:alert(1)", "https://example.org", "//example.org/x", "/contacts/1",
                "contacts/1\" onclick=\"x", "data:text/html,x", " contacts/1")) {
            assertThatThrownBy(() -> new Point(0, 0, "x", "g", outside)).as(outside)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new Point(0, 0, "x", "g", "contacts?q=a%20b&group=AFRICAN").link()).isNotNull();
    }

    @Test
    void texturesStayReadableOnAPhone() {
        for (Chart chart : everyKind().toList()) {
            SvgDocument svg = SvgDocument.parse(ChartRenderer.svg(chart, 360, "p"));
            assertThat(svg.root.getAttribute("width")).isEqualTo("360");
            assertThat(svg.all("text")).allSatisfy(text ->
                    assertThat(SvgDocument.number(text, "font-size")).isGreaterThanOrEqualTo(12));
        }
    }

    @Test
    void valueAxesCountInRoundStepsInTheChartsLocale() {
        BarChart shares = BarChart.builder(new ChartHeader("Couverture", "", "Rien", Locale.FRENCH))
                .categories(List.of("Afrique", "Europe")).series("Part", 0.45, 0.8)
                .valueFormat(ValueFormat.PERCENT).build();
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.FRENCH);

        assertThat(SvgDocument.parse(ChartRenderer.svg(shares)).texts())
                .contains(percent.format(0), percent.format(0.2), percent.format(0.8));
        assertThat(SvgDocument.parse(ChartRenderer.svg(bars())).texts()).contains("0", "1,000").doesNotContain("1,234");
    }

    @Test
    void seriesMustHaveOneValuePerCategoryAndStackedValuesCannotBeNegative() {
        assertThatThrownBy(() -> BarChart.builder(header("x")).categories(List.of("a", "b")).series("s", 1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BarChart.builder(header("x")).categories(List.of("a")).series("s", -1).stacked()
                .build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scatter(List.of(new Point(0, 0, "x", "no such group", null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Series.of("nan", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeValuesHangBelowTheZeroLine() {
        BarChart change = BarChart.builder(header("Change")).categories(List.of("Up", "Down"))
                .series("Change", 30, -12).build();
        SvgDocument svg = SvgDocument.parse(ChartRenderer.svg(change));

        List<Element> rects = svg.marks().stream().map(SvgDocument::shape).toList();
        double upBottom = SvgDocument.number(rects.get(0), "y") + SvgDocument.number(rects.get(0), "height");
        assertThat(SvgDocument.number(rects.get(1), "y")).isCloseTo(upBottom, within(0.02));
        assertThat(svg.texts()).contains("-20", "0", "30");
    }
}
