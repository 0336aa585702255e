package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Comparator;
import java.util.List;
import org.interlocutor.contact.Stance;
import org.interlocutor.engagement.StakeholderPoint;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * The people of a stakeholder map in a grid: name (a link to the contact), influence, stance and last engagement
 * with its recency. Rows are rendered as the person scrolls, from the map already read (at most
 * {@link org.interlocutor.engagement.StakeholderMapService#MAX_POINTS} rows), in the service's order or the column
 * sort chosen. On today's map, officers change influence and stance right in the row.
 */
class StakeholderGrid extends Grid<StakeholderPoint> {

    /** What a change in a row asks for. */
    @FunctionalInterface
    interface PositionChange extends java.io.Serializable {
        void change(StakeholderPoint point, @Nullable Integer influence, Stance stance);
    }

    private static final int SHORT_LIST = 10;

    private final PositionChange onChange;
    private List<StakeholderPoint> points = List.of();
    private boolean editable;

    StakeholderGrid(boolean withInfluence, PositionChange onChange) {
        super(StakeholderPoint.class, false);
        this.onChange = onChange;
        addThemeVariants(GridVariant.AURA_NO_BORDER);
        setSelectionMode(SelectionMode.NONE);
        addComponentColumn(point -> new Anchor(AppRoutes.contact(point.contactId()), point.displayName()))
                .setKey("name").setHeader(getTranslation("stakeholder-map.column.name")).setSortable(true)
                .setFlexGrow(2);
        if (withInfluence) {
            addComponentColumn(this::influenceCell).setKey("influence")
                    .setHeader(getTranslation("stakeholder-map.column.influence")).setSortable(true)
                    .setWidth("12rem").setFlexGrow(0);
        }
        addComponentColumn(this::stanceCell).setKey("stance")
                .setHeader(getTranslation("stakeholder-map.column.stance")).setSortable(true).setWidth("11rem")
                .setFlexGrow(0);
        if (!withInfluence) {
            addComponentColumn(this::influenceCell).setKey("influence")
                    .setHeader(getTranslation("stakeholder-map.column.place")).setWidth("12rem").setFlexGrow(0);
        }
        addComponentColumn(StakeholderGrid::recencyCell).setKey("recency")
                .setHeader(getTranslation("stakeholder-map.column.last-engaged")).setSortable(true)
                .setAutoWidth(true);
        setItems(query -> sorted(query.getSortOrders()).stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> points.size());
    }

    /** Shows these points, with in-place changes when {@code canChange}. */
    void show(List<StakeholderPoint> newPoints, boolean canChange) {
        this.points = List.copyOf(newPoints);
        this.editable = canChange;
        setAllRowsVisible(points.size() <= SHORT_LIST);
        setHeight(points.size() <= SHORT_LIST ? null : "36rem");
        getDataProvider().refreshAll();
    }

    List<StakeholderPoint> points() {
        return points;
    }

    private List<StakeholderPoint> sorted(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return points;
        }
        Comparator<StakeholderPoint> order = null;
        for (QuerySortOrder sort : orders) {
            Comparator<StakeholderPoint> next = comparator(sort.getSorted());
            if (sort.getDirection() == SortDirection.DESCENDING) {
                next = next.reversed();
            }
            order = order == null ? next : order.thenComparing(next);
        }
        return points.stream().sorted(order).toList();
    }

    private static Comparator<StakeholderPoint> comparator(String column) {
        return switch (column) {
            case "influence" -> Comparator.comparing(StakeholderPoint::influence,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case "stance" -> Comparator.comparingInt(point -> StakeholderChartData.STANCE_AXIS.indexOf(point.stance()));
            case "recency" -> Comparator.comparing(StakeholderPoint::lastEngagedOn,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> Comparator.comparing(StakeholderPoint::displayName, String.CASE_INSENSITIVE_ORDER);
        };
    }

    private Component influenceCell(StakeholderPoint point) {
        if (!editable) {
            return new Span(influenceLabel(point.influence()));
        }
        Select<Integer> influence = new Select<>();
        influence.setItems(1, 2, 3, 4, 5);
        influence.setItemLabelGenerator(StakeholderGrid::influenceLabel);
        influence.setEmptySelectionAllowed(true);
        influence.setEmptySelectionCaption(influenceLabel(null));
        influence.setValue(point.influence());
        influence.addClassName("map-influence");
        influence.setAriaLabel(getTranslation("stakeholder-map.change-influence", point.displayName()));
        influence.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onChange.change(point, change.getValue(), point.stance());
            }
        });
        return influence;
    }

    private Component stanceCell(StakeholderPoint point) {
        if (!editable) {
            Span stance = new Span(UiTexts.label(point.stance()));
            stance.addClassNames("status-pill", "stance-" + point.stance().name().toLowerCase(java.util.Locale.ROOT));
            return stance;
        }
        Select<Stance> stance = new Select<>();
        stance.setItems(StakeholderChartData.STANCE_AXIS);
        stance.setItemLabelGenerator(UiTexts::label);
        stance.setValue(point.stance());
        stance.addClassName("map-stance");
        stance.setAriaLabel(getTranslation("stakeholder-map.change-stance", point.displayName()));
        stance.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                onChange.change(point, point.influence(), change.getValue());
            }
        });
        return stance;
    }

    private static Component recencyCell(StakeholderPoint point) {
        Span bucket = new Span(UiTexts.label(point.recency()));
        bucket.addClassNames("status-pill", "recency-pill",
                "recency-" + point.recency().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Span date = new Span(point.lastEngagedOn() == null ? UiTexts.translate("stakeholder-map.never")
                : Formats.date(point.lastEngagedOn()));
        date.addClassName("map-last-engaged");
        Div cell = new Div(bucket, date);
        cell.addClassName("map-recency-cell");
        return cell;
    }

    private static String influenceLabel(@Nullable Integer level) {
        return level == null ? UiTexts.translate("contact.influence.unknown")
                : UiTexts.translate("contact.influence." + level);
    }
}
