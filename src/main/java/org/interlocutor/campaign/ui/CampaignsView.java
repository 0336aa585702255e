package org.interlocutor.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlocutor.campaign.CampaignFilter;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.FilterFields;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;

/**
 * Every campaign, searchable by name and narrowed by status. The filter lives in the address (q, status, archived)
 * so that "the active campaigns" can be bookmarked or sent to a colleague.
 */
@Route(AppRoutes.CAMPAIGNS)
@PermitAll
@Menu(title = "menu.campaigns", order = 25, icon = "vaadin:flag")
@StyleSheet("styles/places.css")
class CampaignsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String TEXT_PARAMETER = "q";
    static final String STATUS_PARAMETER = "status";
    static final String ARCHIVED_PARAMETER = "archived";

    private final transient CampaignService campaigns;
    private final transient AuthenticationContext authentication;

    final TextField search = new TextField();
    final MultiSelectComboBox<CampaignStatus> status = new MultiSelectComboBox<>();
    final Checkbox showArchived = new Checkbox();
    final Grid<CampaignRow> grid = new Grid<>(CampaignRow.class, false);
    final Span summary = new Span();
    /** The total for the current filter, counted once per filter change rather than on every page fetch. */
    private long total;
    /** True while the fields are set from the address, so that doing so neither rewrites it nor refreshes twice. */
    private boolean applyingAddress;

    CampaignsView(CampaignService campaigns, AuthenticationContext authentication) {
        this.campaigns = campaigns;
        this.authentication = authentication;
        addClassNames("view", "list-view", "campaigns-view");
        add(toolbar(), summaryLine(), configureGrid());
    }

    private Component toolbar() {
        FilterFields.search(search, getTranslation("campaigns.search"));
        search.addValueChangeListener(change -> filterChanged());

        status.setAriaLabel(getTranslation("campaigns.status"));
        status.setPlaceholder(getTranslation("campaigns.all-statuses"));
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(UiTexts::label);
        status.setClearButtonVisible(true);
        // every chosen status stays readable, rather than folding into a "+1" chip
        status.setAutoExpand(MultiSelectComboBox.AutoExpandMode.HORIZONTAL);
        status.setSelectedItemsOnTop(true);
        status.addClassName("status-filter");
        status.addValueChangeListener(change -> filterChanged());

        showArchived.setLabel(getTranslation("campaigns.show-archived"));
        showArchived.addValueChangeListener(change -> filterChanged());

        HorizontalLayout toolbar = new HorizontalLayout(search, status, showArchived);
        toolbar.addClassName("toolbar");
        toolbar.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        toolbar.setWidthFull();
        return toolbar;
    }

    /** How many campaigns the filter finds, and the action to start one (for managers and administrators). */
    private Component summaryLine() {
        Div line = new Div(summary);
        line.addClassName("list-summary");
        if (authentication.hasRole("MANAGER")) {
            Button create = new Button(getTranslation("campaigns.new"), VaadinIcon.PLUS.create(),
                    click -> openNewDialog());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("new-campaign");
            line.add(create);
        }
        return line;
    }

    private Grid<CampaignRow> configureGrid() {
        Grid.Column<CampaignRow> name = grid.addComponentColumn(this::nameCell)
                .setHeader(getTranslation("campaigns.column.name")).setKey("name").setSortProperty("sortName")
                .setFlexGrow(3).setWidth("16rem").setResizable(true);
        grid.addComponentColumn(row -> CampaignPills.status(row.status()))
                .setHeader(getTranslation("campaigns.column.status")).setKey("status").setSortProperty("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Periods.of(row.startsOn(), row.endsOn()))
                .setHeader(getTranslation("campaigns.column.period")).setKey("period")
                .setSortProperty("startsOn", "endsOn").setFlexGrow(1).setWidth("14rem").setResizable(true);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setItemsPageable(pageable -> campaigns.list(filter(), pageable).getContent(), pageable -> total);
        grid.setEmptyStateText(getTranslation("campaigns.empty"));
        // the name is a link of its own (it opens in a new tab too); the rest of the row opens the page as well
        grid.addItemClickListener(click -> {
            if (click.getColumn() != name) {
                open(click.getItem());
            }
        });
        grid.addClassName("clickable-rows");
        grid.setSizeFull();
        return grid;
    }

    private Component nameCell(CampaignRow row) {
        RouterLink link = new RouterLink(row.name(), CampaignView.class,
                new RouteParameters("id", String.valueOf(row.id())));
        link.addClassNames("name-text", "campaign-link");
        Span cell = new Span(link);
        cell.addClassName("name-cell");
        if (row.archived()) {
            cell.add(CampaignPills.archived());
        }
        cell.getElement().setAttribute("title", row.name());
        return cell;
    }

    CampaignFilter filter() {
        return new CampaignFilter(search.getValue(), status.getValue(), showArchived.getValue());
    }

    private void filterChanged() {
        if (applyingAddress) {
            return;
        }
        refresh();
        UI.getCurrent().getPage().getHistory().replaceState(null, location());
    }

    /** The address that brings back the current filter ({@code status} once per chosen status). */
    Location location() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            parameters.put(TEXT_PARAMETER, List.of(search.getValue().strip()));
        }
        if (!status.getValue().isEmpty()) {
            parameters.put(STATUS_PARAMETER, EnumSet.copyOf(status.getValue()).stream().map(Enum::name).toList());
        }
        if (showArchived.getValue()) {
            parameters.put(ARCHIVED_PARAMETER, List.of("true"));
        }
        return new Location(AppRoutes.CAMPAIGNS, new QueryParameters(parameters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        applyingAddress = true;
        try {
            search.setValue(parameters.getSingleParameter(TEXT_PARAMETER).orElse(""));
            status.setValue(statusesNamed(parameters.getParameters(STATUS_PARAMETER)));
            showArchived.setValue(parameters.getSingleParameter(ARCHIVED_PARAMETER).map("true"::equals)
                    .orElse(false));
        } finally {
            applyingAddress = false;
        }
        refresh();
    }

    /**
     * The statuses named in the address ({@code status=ACTIVE&status=PLANNED}, or {@code status=ACTIVE,PLANNED} as
     * someone may type it); a name there is no status for (an old or mistyped link) is left out.
     */
    private static Set<CampaignStatus> statusesNamed(List<String> values) {
        Set<CampaignStatus> statuses = EnumSet.noneOf(CampaignStatus.class);
        for (String value : values) {
            for (String name : value.split(",")) {
                Arrays.stream(CampaignStatus.values()).filter(status -> status.name().equals(name.strip()))
                        .forEach(statuses::add);
            }
        }
        return statuses;
    }

    private void refresh() {
        total = campaigns.count(filter());
        summary.setText(getTranslation("campaigns.count", total));
        grid.getDataProvider().refreshAll();
    }

    private void openNewDialog() {
        CampaignDialog.forNew(campaigns, created -> {
            Notifications.success(getTranslation("campaign.created", created.name()));
            open(created.row());
        }).open();
    }

    private void open(CampaignRow row) {
        getUI().ifPresent(ui -> ui.navigate(AppRoutes.campaign(row.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaigns.title");
    }
}
