package org.interlocutor.engagement.ui;

import java.util.List;
import org.interlocutor.contact.Stance;
import org.interlocutor.engagement.Recency;
import org.interlocutor.engagement.StakeholderMap;
import org.interlocutor.engagement.StakeholderPoint;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.UiTexts;

/**
 * The stakeholder map as a scatter chart's data, in plain records, for the server-drawn chart component that will
 * sit above the map's grid: x = stance (opposed, neutral, supportive, then unknown apart at the right), y = influence
 * 1 to 5, a label (the name), a link to the contact and a style group (the recency bucket, translated), with the
 * axes' tick labels and the groups in legend order. Texts come translated, as the chart expects them.
 */
final class StakeholderChartData {

    /** The stance axis from left to right; a point's x is its stance's index here. */
    static final List<Stance> STANCE_AXIS = List.of(Stance.OPPOSED, Stance.NEUTRAL, Stance.SUPPORTIVE,
            Stance.UNKNOWN);

    private StakeholderChartData() {
    }

    /** One point of the scatter. */
    record ChartPoint(double x, double y, String label, String link, String group) {
    }

    /** An axis tick: where, and what it reads. */
    record Tick(double at, String label) {
    }

    static List<ChartPoint> points(StakeholderMap map) {
        return map.points().stream().map(StakeholderChartData::point).toList();
    }

    static ChartPoint point(StakeholderPoint point) {
        return new ChartPoint(STANCE_AXIS.indexOf(point.stance()),
                point.influence() == null ? 0 : point.influence(), point.displayName(),
                AppRoutes.contact(point.contactId()), UiTexts.label(point.recency()));
    }

    static List<Tick> stanceTicks() {
        return STANCE_AXIS.stream().map(stance -> new Tick(STANCE_AXIS.indexOf(stance), UiTexts.label(stance)))
                .toList();
    }

    static List<Tick> influenceTicks() {
        return java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(level -> new Tick(level, UiTexts.translate("contact.influence." + level))).toList();
    }

    /** The style groups in the legend's order, most recent first. */
    static List<String> groups() {
        return java.util.Arrays.stream(Recency.values()).map(UiTexts::label).toList();
    }
}
