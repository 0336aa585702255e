package org.interlocutor.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.interlocutor.shared.chart.BarChart;
import org.interlocutor.shared.chart.Chart;
import org.interlocutor.shared.chart.ChartHeader;
import org.interlocutor.shared.chart.ChartRenderer;
import org.interlocutor.shared.chart.LineChart;
import org.interlocutor.shared.chart.ScatterChart;
import org.interlocutor.shared.chart.ScatterChart.Axis;
import org.interlocutor.shared.chart.ScatterChart.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one way markup gets into a page lets charts through and nothing else. */
class MarkupSanitizerTest {

    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"q\" ]]> "
            + "javascript:alert(1) <!-- -->";

    private static ChartHeader header(String title) {
        return new ChartHeader(title, "What " + title + " shows", "Nothing to show", Locale.ENGLISH);
    }

    static Stream<Chart> charts() {
        ChartHeader hostile = header(HOSTILE);
        return Stream.of(
                BarChart.builder(header("By type")).categories(List.of("Meeting", "Call")).series("All", 3, 5)
                        .axisTitles("Type", "Engagements").build(),
                BarChart.builder(header("Stacked")).categories(List.of("A", "B")).series("x", 1, 2).series("y", 3, 4)
                        .stacked().build(),
                BarChart.builder(hostile).categories(List.of(HOSTILE, "b")).series(HOSTILE, 1, 2).horizontal()
                        .axisTitles(HOSTILE, HOSTILE).build(),
                LineChart.builder(hostile).categories(List.of(HOSTILE, "b")).series(HOSTILE, 1, 2).build(),
                new ScatterChart(hostile, Axis.categories(HOSTILE, List.of(HOSTILE, "Neutral")),
                        Axis.categories("Influence", List.of("1", "2")), List.of(HOSTILE, "other"),
                        List.of(new Point(0, 0, HOSTILE, HOSTILE, "contacts/1?q=a&b=c"),
                                new Point(1, 1, "Ana", "other", null))),
                BarChart.builder(header("Empty")).build());
    }

    @ParameterizedTest
    @MethodSource("charts")
    void everyChartTheRendererDrawsIsLetThroughUsersTextsIncluded(Chart chart) {
        for (int width : new int[] {360, 1200}) {
            String svg = ChartRenderer.svg(chart, width, "chart-1");

            assertThatCode(() -> MarkupSanitizer.checkSvg(svg)).doesNotThrowAnyException();
        }
    }

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">";

    @ParameterizedTest
    @ValueSource(strings = {
            OPEN + "<script>alert(1)</script></svg>",
            OPEN + "<foreignObject><div>hi</div></foreignObject></svg>",
            OPEN + "<image href=\"x\"/></svg>",
            OPEN + "<use href=\"#a\"/></svg>",
            OPEN + "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
            OPEN + "<rect onclick=\"alert(1)\"/></svg>",
            OPEN + "<rect style=\"fill:red\"/></svg>",
            OPEN + "<rect fill=\"url(https://evil.example/x)\"/></svg>",
            OPEN + "<a href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            OPEN + "<a href=\"//evil.example/\"><text>x</text></a></svg>",
            OPEN + "<a href=\"/contacts/1\" data-route=\"https://evil.example\"><text>x</text></a></svg>",
            OPEN + "<!-- a comment --></svg>",
            OPEN + "<text><![CDATA[<img src=x onerror=alert(1)>]]></text></svg>",
            "<!DOCTYPE svg [<!ENTITY x \"y\">]>" + OPEN + "<text>&x;</text></svg>",
            "<?xml-stylesheet href=\"x\"?>" + OPEN + "</svg>",
            "<svg xmlns=\"http://www.w3.org/1999/xhtml\"></svg>",
            "<div><svg xmlns=\"http://www.w3.org/2000/svg\"></svg></div>",
            OPEN + "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg></svg>",
            OPEN + "<text>unclosed</svg>",
            "<img src=x onerror=alert(1)>",
            "plain text, not a drawing"})
    void anythingButADrawingIsRefusedWhole(String markup) {
        assertThatThrownBy(() -> MarkupSanitizer.checkSvg(markup))
                .isInstanceOf(MarkupSanitizer.UnsafeMarkupException.class)
                .hasMessageStartingWith("Markup refused:");
    }

    @Test
    void refusedMarkupNeverReachesThePage() {
        com.vaadin.flow.dom.Element target = new com.vaadin.flow.dom.Element("div");

        assertThatThrownBy(() -> MarkupSanitizer.showSvg(target, OPEN + "<script>alert(1)</script></svg>"))
                .isInstanceOf(MarkupSanitizer.UnsafeMarkupException.class);
        assertThat(target.hasProperty("innerHTML")).isFalse();
    }
}
