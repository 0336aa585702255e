package org.interlocutor.country.ui;

import org.interlocutor.shared.ui.FilterFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlocutor.country.CountryFilter;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The states of the world as reference data: their UN regional group and where they stand with the Rome Statute.
 * The filter lives in the address (q, group, status) so that "the African State Parties" can be bookmarked.
 */
@Route(AppRoutes.COUNTRIES)
@PermitAll
@Menu(title = "menu.countries", order = 30, icon = "vaadin:globe")
@StyleSheet("styles/places.css")
class CountriesView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String TEXT_PARAMETER = "q";
    static final String GROUP_PARAMETER = "group";
    static final String STATUS_PARAMETER = "status";

    private final transient CountryService countries;

    final TextField search = new TextField();
    final Select<RegionalGroup> group = new Select<>();
    final Select<RomeStatuteStatus> status = new Select<>();
    final Grid<CountryRow> grid = new Grid<>(CountryRow.class, false);
    final Span summary = new Span();
    final Span asOf = new Span();
    /** The total for the current filter, counted once per filter change rather than on every page fetch. */
    private long total;
    /** True while the fields are set from the address, so that doing so neither rewrites it nor refreshes twice. */
    private boolean applyingAddress;

    CountriesView(CountryService countries) {
        this.countries = countries;
        addClassNames("view", "list-view", "countries-view");
        asOf.addClassName("as-of");
        Div summaryLine = new Div(summary, asOf);
        summaryLine.addClassName("list-summary");
        add(toolbar(), summaryLine, configureGrid());
        showAsOf();
    }

    private Component toolbar() {
        FilterFields.search(search, getTranslation("countries.search"));
        search.addValueChangeListener(change -> filterChanged());

        group.setAriaLabel(getTranslation("countries.regional-group"));
        FilterFields.anyOf(group, getTranslation("countries.all-groups"), RegionalGroup.values());
        group.setPlaceholder(getTranslation("countries.all-groups"));
        group.addClassName("group-filter");
        group.addValueChangeListener(change -> filterChanged());

        status.setAriaLabel(getTranslation("countries.rome-status"));
        FilterFields.anyOf(status, getTranslation("countries.all-statuses"), RomeStatuteStatus.values());
        status.setPlaceholder(getTranslation("countries.all-statuses"));
        status.addClassName("status-filter");
        status.addValueChangeListener(change -> filterChanged());

        HorizontalLayout toolbar = new HorizontalLayout(search, group, status);
        toolbar.addClassName("toolbar");
        toolbar.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        toolbar.setWidthFull();
        return toolbar;
    }

    private Grid<CountryRow> configureGrid() {
        Grid.Column<CountryRow> name = grid.addColumn(row -> row.name(getLocale()))
                .setHeader(getTranslation("countries.column.name")).setKey("name")
                .setSortProperty(nameProperty()).setFlexGrow(3).setResizable(true);
        grid.addColumn(CountryRow::code).setHeader(getTranslation("countries.column.code")).setKey("code")
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.regionalGroup() == null ? "" : UiTexts.label(row.regionalGroup()))
                .setHeader(getTranslation("countries.column.regional-group")).setKey("group")
                .setSortProperty("regionalGroup").setFlexGrow(2);
        grid.addComponentColumn(row -> RomeStatusPill.of(row.romeStatus()))
                .setHeader(getTranslation("countries.column.rome-status")).setKey("status")
                .setSortProperty("romeStatus").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.inForceOn()))
                .setHeader(getTranslation("countries.column.in-force")).setKey("inForce")
                .setSortProperty("inForceOn").setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setItemsPageable(pageable -> countries.list(filter(), pageable).getContent(), pageable -> total);
        grid.setEmptyStateText(getTranslation("countries.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(AppRoutes.country(click.getItem().code()))));
        grid.addClassName("clickable-rows");
        grid.setSizeFull();
        return grid;
    }

    /** Names sort in the language they are shown in. */
    private String nameProperty() {
        return "fr".equals(getLocale().getLanguage()) ? "nameFr" : "nameEn";
    }

    CountryFilter filter() {
        return new CountryFilter(search.getValue(), group.getValue(), status.getValue());
    }

    /**
     * The reference data's date: the oldest stamp is what the shipped data is current to; an administrator's
     * correction stamps its own country, and the latest of those is worth knowing too.
     */
    private void showAsOf() {
        Optional<LocalDate> oldest = stamp(Sort.Direction.ASC);
        Optional<LocalDate> newest = stamp(Sort.Direction.DESC);
        if (oldest.isEmpty()) {
            asOf.setText("");
            return;
        }
        String text = getTranslation("countries.as-of", Formats.date(oldest.get()));
        if (newest.isPresent() && newest.get().isAfter(oldest.get())) {
            text += " " + getTranslation("countries.corrected", Formats.date(newest.get()));
        }
        asOf.setText(text);
    }

    private Optional<LocalDate> stamp(Sort.Direction direction) {
        return countries.list(CountryFilter.ALL, PageRequest.of(0, 1, Sort.by(direction, "asOf")))
                .stream().findFirst().map(CountryRow::asOf);
    }

    private void filterChanged() {
        if (applyingAddress) {
            return;
        }
        refresh();
        UI.getCurrent().getPage().getHistory().replaceState(null, location());
    }

    /** The address that brings back the current filter. */
    Location location() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            parameters.put(TEXT_PARAMETER, search.getValue().strip());
        }
        if (group.getValue() != null) {
            parameters.put(GROUP_PARAMETER, group.getValue().name());
        }
        if (status.getValue() != null) {
            parameters.put(STATUS_PARAMETER, status.getValue().name());
        }
        return new Location(AppRoutes.COUNTRIES, QueryParameters.simple(parameters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        applyingAddress = true;
        try {
            search.setValue(parameters.getSingleParameter(TEXT_PARAMETER).orElse(""));
            group.setValue(parameters.getSingleParameter(GROUP_PARAMETER)
                    .map(name -> named(RegionalGroup.class, name)).orElse(null));
            status.setValue(parameters.getSingleParameter(STATUS_PARAMETER)
                    .map(name -> named(RomeStatuteStatus.class, name)).orElse(null));
        } finally {
            applyingAddress = false;
        }
        refresh();
    }

    /** A value named in the address, or none for a name there is not (an old or mistyped link). */
    private static <E extends Enum<E>> @Nullable E named(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    private void refresh() {
        total = countries.list(filter(), PageRequest.of(0, 1)).getTotalElements();
        summary.setText(getTranslation("countries.count", total));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("countries.title");
    }
}
