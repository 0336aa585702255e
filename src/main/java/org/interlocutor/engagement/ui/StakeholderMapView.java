package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.interlocutor.campaign.CampaignDetails;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.Stance;
import org.interlocutor.engagement.StakeholderMap;
import org.interlocutor.engagement.StakeholderMapService;
import org.interlocutor.engagement.StakeholderPoint;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.Role;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.chart.ChartHeader;
import org.interlocutor.shared.chart.ScatterChart;
import org.interlocutor.shared.ui.Breadcrumb;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.ChartPanel;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's stakeholder map: the people its engagements reached, by influence and stance, marked by how recently
 * they were engaged, as of today or of an earlier day chosen in the header (kept in the address, {@code ?date=}).
 * Below the chart, the people on the map and those not placed yet (no influence), in grids where officers
 * change influence and stance in place on today's map; an earlier day's map only reads.
 */
@Route(StakeholderMapView.ROUTE)
@PermitAll
@StyleSheet("styles/places.css")
@StyleSheet("styles/stakeholder-map.css")
class StakeholderMapView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "campaigns/:id/map";
    static final String DATE_PARAMETER = "date";

    private final transient StakeholderMapService maps;
    private final transient CampaignService campaigns;
    private final transient ContactService contacts;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;

    final DatePicker asOf = new DatePicker();
    final Paragraph summary = new Paragraph();
    final Div notice = new Div();
    final Div chartSlot = new Div();
    final StakeholderGrid placed;
    final StakeholderGrid notPlaced;
    private @Nullable CampaignDetails campaign;
    private @Nullable StakeholderMap map;
    private @Nullable ChartPanel chartPanel;

    StakeholderMapView(StakeholderMapService maps, CampaignService campaigns, ContactService contacts,
                       CurrentUser currentUser, Clock clock) {
        this.maps = maps;
        this.campaigns = campaigns;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("view", "record-view", "stakeholder-map-view");
        placed = new StakeholderGrid(true, this::changePosition);
        placed.addClassName("map-placed");
        notPlaced = new StakeholderGrid(false, this::changePosition);
        notPlaced.addClassName("map-not-placed");
        asOf.setLabel(getTranslation("stakeholder-map.as-of"));
        DatePickers.localized(asOf);
        asOf.setClearButtonVisible(false);
        asOf.addClassName("map-as-of");
        asOf.addValueChangeListener(change -> {
            if (change.isFromClient() && campaign != null) {
                open(campaign.id(), change.getValue());
            }
        });
        summary.addClassName("map-summary");
        notice.addClassNames("notice-warning", "map-read-only");
        chartSlot.addClassName("map-chart");
    }

    /** The map's address, today's when {@code date} is null. */
    static String href(long campaignId) {
        return "campaigns/" + campaignId + "/map";
    }

    /** Shows the campaign's map of that day (today's when null), through the address so that it can be kept. */
    static void open(long campaignId, @Nullable LocalDate date) {
        QueryParameters parameters = date == null ? QueryParameters.empty()
                : QueryParameters.of(DATE_PARAMETER, date.toString());
        UI.getCurrent().navigate(StakeholderMapView.class, new RouteParameters("id", String.valueOf(campaignId)),
                parameters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = AppRoutes.id(event.getRouteParameters());
        campaign = id.flatMap(campaigns::find).orElse(null);
        if (campaign == null) {
            showNotFound();
            return;
        }
        show(dateIn(event.getLocation().getQueryParameters()));
    }

    private static @Nullable LocalDate dateIn(QueryParameters parameters) {
        try {
            return parameters.getSingleParameter(DATE_PARAMETER).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** Reads the map again (after a change) and shows it. */
    void reload() {
        show(map == null ? null : map.asOf());
    }

    private void show(@Nullable LocalDate date) {
        CampaignDetails shown = java.util.Objects.requireNonNull(campaign);
        StakeholderMap read = maps.map(shown.id(), date);
        map = read;
        removeAll();
        LocalDate today = LocalDate.now(clock);
        asOf.setMax(today);
        asOf.setValue(read.asOf());
        boolean editable = read.today() && currentUser.get().map(user -> user.role().includes(Role.OFFICER))
                .orElse(false);
        placed.show(read.points(), editable);
        notPlaced.show(read.notPlaced(), editable);
        summary.setText(summaryText(read));
        notice.removeAll();
        notice.setVisible(!read.today());
        if (!read.today()) {
            Anchor backToToday = new Anchor(href(shown.id()), getTranslation("stakeholder-map.back-to-today"));
            backToToday.addClassName("map-back-to-today");
            notice.add(new Span(getTranslation("stakeholder-map.read-only", Formats.date(read.asOf()))),
                    backToToday);
        }
        chartSlot.removeAll();
        Optional<Component> chart = chart(read);
        chart.ifPresent(chartSlot::add);
        chartSlot.setVisible(chart.isPresent());
        add(breadcrumb(shown), header(shown), notice, summary, chartSlot, placedCard(read), notPlacedCard(read));
    }

    /**
     * THE place of the map's chart, above the grids: a scatter of {@link StakeholderChartData#points} (x = stance,
     * y = influence, a link to each contact, grouped by recency; ticks and legend order from the same class). The
     * same panel is kept from one reading to the next, so that it keeps the width it is drawn at.
     */
    private Optional<Component> chart(StakeholderMap read) {
        if (read.points().isEmpty()) {
            return Optional.empty();
        }
        ScatterChart scatter = scatter(read);
        if (chartPanel == null) {
            chartPanel = new ChartPanel(scatter, "stakeholder-map");
        } else {
            chartPanel.setChart(scatter);
        }
        return Optional.of(chartPanel);
    }

    private ScatterChart scatter(StakeholderMap read) {
        ChartHeader header = new ChartHeader(getTranslation("stakeholder-map.chart.title", Formats.date(read.asOf())),
                getTranslation("stakeholder-map.chart.description", read.points().size()),
                getTranslation("stakeholder-map.chart.empty"), Formats.locale());
        ScatterChart.Builder chart = ScatterChart.builder(header)
                .xAxis(new ScatterChart.Axis(getTranslation("stakeholder-map.chart.stance"), -0.5,
                        StakeholderChartData.STANCE_AXIS.size() - 0.5, ticks(StakeholderChartData.stanceTicks()),
                        true))
                .yAxis(ScatterChart.Axis.numeric(getTranslation("stakeholder-map.chart.influence"), 0.5, 5.5,
                        ticks(StakeholderChartData.influenceTicks())))
                .groups(StakeholderChartData.groups());
        for (StakeholderChartData.ChartPoint point : StakeholderChartData.points(read)) {
            chart.point(point.x(), point.y(), point.label(), point.group(), point.link());
        }
        return chart.build();
    }

    private static List<ScatterChart.Tick> ticks(List<StakeholderChartData.Tick> ticks) {
        return ticks.stream().map(tick -> new ScatterChart.Tick(tick.at(), tick.label())).toList();
    }

    private String summaryText(StakeholderMap read) {
        if (read.isEmpty()) {
            return getTranslation(read.today() ? "stakeholder-map.empty" : "stakeholder-map.empty-then",
                    Formats.date(read.asOf()));
        }
        String counts = getTranslation("stakeholder-map.summary", read.placedCount(), read.notPlacedCount());
        return read.leftOut() == 0 ? counts
                : counts + " " + getTranslation("stakeholder-map.left-out", read.points().size(), read.leftOut());
    }

    private Component placedCard(StakeholderMap read) {
        Section card = card("stakeholder-map.placed.title", "map-placed-card", read.placedCount());
        Paragraph empty = emptyNote("stakeholder-map.placed.empty");
        empty.setVisible(read.points().isEmpty());
        placed.setVisible(!read.points().isEmpty());
        card.add(placed, empty);
        return card;
    }

    private Component notPlacedCard(StakeholderMap read) {
        Section card = card("stakeholder-map.not-placed.title", "map-not-placed-card", read.notPlacedCount());
        Paragraph hint = new Paragraph(getTranslation(read.today() ? "stakeholder-map.not-placed.hint"
                : "stakeholder-map.not-placed.hint-then"));
        hint.addClassName("muted");
        notPlaced.setVisible(!read.notPlaced().isEmpty());
        card.add(hint, notPlaced);
        if (read.notPlacedLeftOut() > 0) {
            card.add(emptyNote("stakeholder-map.not-placed.left-out", read.notPlaced().size(),
                    read.notPlacedLeftOut()));
        }
        card.setVisible(read.notPlacedCount() > 0);
        return card;
    }

    private Section card(String titleKey, String className, int count) {
        Section card = new Section();
        card.addClassNames("card", className);
        Span counted = new Span(String.valueOf(count));
        counted.addClassName("card-count");
        Div heading = new Div(new H2(getTranslation(titleKey)), counted);
        heading.addClassName("card-header");
        card.add(heading);
        return card;
    }

    private Paragraph emptyNote(String key, Object... arguments) {
        Paragraph note = new Paragraph(getTranslation(key, arguments));
        note.addClassName("empty-state");
        return note;
    }

    private Component breadcrumb(CampaignDetails shown) {
        return new Breadcrumb(getTranslation("stakeholder-map.breadcrumb"), AppRoutes.CAMPAIGNS,
                getTranslation("campaigns.title")).link(AppRoutes.campaign(shown.id()), shown.name())
                .current(getTranslation("stakeholder-map.title"));
    }

    private Component header(CampaignDetails shown) {
        Div title = new Div(new H2(getTranslation("stakeholder-map.title")));
        title.addClassName("record-title-line");
        Div subtitle = new Div(shown.name());
        subtitle.addClassName("record-subtitle");
        Div explanation = new Div(getTranslation("stakeholder-map.explanation"));
        explanation.addClassNames("muted", "map-explanation");
        Div heading = new Div(title, subtitle, explanation);
        heading.addClassName("record-heading");
        Div actions = new Div(asOf);
        actions.addClassName("record-actions");
        Div header = new Div(heading, actions);
        header.addClassName("record-header");
        return header;
    }

    private void showNotFound() {
        removeAll();
        map = null;
        Section card = new Section();
        card.addClassNames("card", "record-not-found");
        card.add(new H2(getTranslation("campaign.not-found.title")),
                new Paragraph(getTranslation("campaign.not-found.text")),
                new Anchor(AppRoutes.CAMPAIGNS, getTranslation("campaign.back-to-list")));
        add(card);
    }

    /** A quick change from a grid: recorded with its date, then the map is read again (the point may move). */
    private void changePosition(StakeholderPoint point, @Nullable Integer influence, Stance stance) {
        try {
            contacts.changePosition(point.contactId(), point.version(), influence, stance);
            Notifications.success(getTranslation("stakeholder-map.changed", point.displayName()));
        } catch (UserFacingException refused) {
            Notifications.error(org.interlocutor.shared.ui.UiTexts.message(refused));
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("campaign.not-found.title")
                : getTranslation("stakeholder-map.page-title", campaign.name());
    }
}
