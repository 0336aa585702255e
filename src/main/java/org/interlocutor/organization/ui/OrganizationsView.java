package org.interlocutor.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.ui.CountryPicker;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.FilterFields;
import org.interlocutor.shared.ui.GridSorts;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.ListSnapshot;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;

/**
 * Every organisation, searchable by name or acronym and narrowed by kind and country. The filter lives in the
 * address (q, kind, country, archived) so that a narrowed list can be bookmarked or sent to a colleague.
 */
@Route(AppRoutes.ORGANIZATIONS)
@PermitAll
@Menu(title = "menu.organizations", order = 20, icon = "vaadin:building")
@StyleSheet("styles/places.css")
class OrganizationsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String TEXT_PARAMETER = "q";
    static final String KIND_PARAMETER = "kind";
    static final String COUNTRY_PARAMETER = "country";
    static final String ARCHIVED_PARAMETER = "archived";

    private final transient OrganizationService organizations;
    private final transient CountryService countries;
    private final transient AuthenticationContext authentication;

    final TextField search = new TextField();
    final Select<OrganizationKind> kind = new Select<>();
    final CountryPicker country;
    final Checkbox showArchived = new Checkbox();
    final Grid<OrganizationRow> grid = new Grid<>(OrganizationRow.class, false);
    final Span summary = new Span();
    /** The total for the current filter, counted once per filter change rather than on every page fetch. */
    private long total;
    /** True while the fields are set from the address, so that doing so neither rewrites it nor refreshes twice. */
    private boolean applyingAddress;

    OrganizationsView(OrganizationService organizations, CountryService countries,
                      AuthenticationContext authentication, ObjectProvider<ListExports> exports) {
        this.organizations = organizations;
        this.countries = countries;
        this.authentication = authentication;
        this.country = new CountryPicker("", countries);
        addClassNames("view", "list-view", "organizations-view");
        add(toolbar(), summaryLine(exports), configureGrid());
    }

    private Component toolbar() {
        FilterFields.search(search, getTranslation("organizations.search"));
        search.addValueChangeListener(change -> filterChanged());

        kind.setAriaLabel(getTranslation("organizations.kind"));
        FilterFields.anyOf(kind, getTranslation("organizations.all-kinds"), OrganizationKind.values());
        kind.setPlaceholder(getTranslation("organizations.all-kinds"));
        kind.addClassName("kind-filter");
        kind.addValueChangeListener(change -> filterChanged());

        country.setPlaceholder(getTranslation("organizations.all-countries"));
        country.setAriaLabel(getTranslation("organizations.country"));
        country.addClassName("country-filter");
        country.addValueChangeListener(change -> filterChanged());

        showArchived.setLabel(getTranslation("organizations.show-archived"));
        showArchived.addValueChangeListener(change -> filterChanged());

        HorizontalLayout toolbar = new HorizontalLayout(search, kind, country, showArchived);
        toolbar.addClassName("toolbar");
        toolbar.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        toolbar.setWidthFull();
        return toolbar;
    }

    /** How many organisations the filter finds, and the action to add one (for officers and above). */
    private Component summaryLine(ObjectProvider<ListExports> exports) {
        Div line = new Div(summary);
        line.addClassName("list-summary");
        exports.ifAvailable(available -> line.add(available.button(ListExports.ListKind.ORGANIZATIONS,
                () -> new ListSnapshot(location().getQueryParameters().getQueryString(), GridSorts.of(grid), List.of(),
                        grid.getSelectedItems().stream().map(OrganizationRow::id).toList()))));
        if (authentication.hasRole("OFFICER")) {
            Button create = new Button(getTranslation("organizations.new"), VaadinIcon.PLUS.create(),
                    click -> openNewDialog());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("new-organization");
            line.add(create);
        }
        return line;
    }

    private Grid<OrganizationRow> configureGrid() {
        Grid.Column<OrganizationRow> name = grid.addComponentColumn(this::nameCell)
                .setHeader(getTranslation("organizations.column.name")).setKey("name").setSortProperty("sortName")
                .setFlexGrow(3).setWidth("14rem").setResizable(true);
        grid.addColumn(row -> row.acronym() == null ? "" : row.acronym())
                .setHeader(getTranslation("organizations.column.acronym")).setKey("acronym")
                .setSortProperty("acronym").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> UiTexts.label(row.kind())).setHeader(getTranslation("organizations.column.kind"))
                .setKey("kind").setSortProperty("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> countries.name(row.countryCode(), getLocale()))
                .setHeader(getTranslation("organizations.column.country")).setKey("country")
                .setSortProperty("countryCode").setFlexGrow(2).setWidth("8rem").setResizable(true);
        grid.addColumn(row -> row.parentName() == null ? "" : row.parentName())
                .setHeader(getTranslation("organizations.column.parent")).setKey("parent")
                .setFlexGrow(2).setWidth("8rem")
                .setResizable(true);
        grid.addColumn(row -> row.subUnitCount() == 0 ? "" : Long.toString(row.subUnitCount()))
                .setHeader(getTranslation("organizations.column.sub-units")).setKey("subUnits")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setMultiSort(false);
        // ticking rows is for exporting only those; a click on a row still opens it
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setItemsPageable(pageable -> organizations.list(filter(), pageable).getContent(), pageable -> total);
        grid.setEmptyStateText(getTranslation("organizations.empty"));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addClassName("clickable-rows");
        grid.setSizeFull();
        return grid;
    }

    private Component nameCell(OrganizationRow row) {
        Span text = new Span(row.name());
        text.addClassName("name-text");
        Span cell = new Span(text);
        cell.addClassName("name-cell");
        if (row.archived()) {
            Span archived = new Span(getTranslation("organizations.archived"));
            archived.addClassNames("status-pill", "pill-archived");
            cell.add(archived);
        }
        cell.getElement().setAttribute("title", row.displayName());
        return cell;
    }

    OrganizationFilter filter() {
        return new OrganizationFilter(search.getValue(), kind.getValue(),
                country.getValue() == null ? null : country.getValue().code(), showArchived.getValue(), null);
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
        if (kind.getValue() != null) {
            parameters.put(KIND_PARAMETER, kind.getValue().name());
        }
        if (country.getValue() != null) {
            parameters.put(COUNTRY_PARAMETER, country.getValue().code());
        }
        if (showArchived.getValue()) {
            parameters.put(ARCHIVED_PARAMETER, "true");
        }
        return new Location(AppRoutes.ORGANIZATIONS, QueryParameters.simple(parameters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        applyingAddress = true;
        try {
            search.setValue(parameters.getSingleParameter(TEXT_PARAMETER).orElse(""));
            kind.setValue(parameters.getSingleParameter(KIND_PARAMETER).map(OrganizationsView::kindNamed)
                    .orElse(null));
            country.setValue(parameters.getSingleParameter(COUNTRY_PARAMETER).flatMap(countries::find)
                    .orElse(null));
            showArchived.setValue(parameters.getSingleParameter(ARCHIVED_PARAMETER).map("true"::equals)
                    .orElse(false));
        } finally {
            applyingAddress = false;
        }
        refresh();
    }

    /** A kind named in the address, or none when the address names no kind there is (an old or mistyped link). */
    private static @Nullable OrganizationKind kindNamed(String name) {
        for (OrganizationKind value : OrganizationKind.values()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    private void refresh() {
        total = organizations.list(filter(), PageRequest.of(0, 1)).getTotalElements();
        summary.setText(getTranslation("organizations.count", total));
        grid.getDataProvider().refreshAll();
    }

    private void openNewDialog() {
        OrganizationDialog.forNew(organizations, countries, null, created -> {
            Notifications.success(getTranslation("organization.created", created.displayName()));
            open(created);
        }).open();
    }

    private void open(OrganizationRow row) {
        getUI().ifPresent(ui -> ui.navigate(AppRoutes.organization(row.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organizations.title");
    }
}
