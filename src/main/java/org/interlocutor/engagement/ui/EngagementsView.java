package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.country.CountryService;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementListQuery;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.ListSnapshot;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;

/**
 * Every engagement the person may see, newest first: filters that live in the address (so that a list can be
 * bookmarked and shared) and a grid read page by page without counting the matches, which at a million engagements
 * would cost more than the page itself.
 */
@Route(AppRoutes.ENGAGEMENTS)
@PermitAll
@Menu(title = "menu.engagements", order = 15, icon = "vaadin:comments")
class EngagementsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EngagementService engagements;
    final EngagementFilterBar filterBar;
    final Grid<EngagementRow> grid = new Grid<>(EngagementRow.class, false);
    private EngagementFilter filter = EngagementFilter.NONE;

    EngagementsView(EngagementService engagements, CampaignService campaigns, CountryService countries,
                    StaffDirectory staff, EngagementLogger logger, ObjectProvider<ListExports> exports) {
        this.engagements = engagements;
        addClassNames("view", "engagements-view");
        filterBar = new EngagementFilterBar(campaigns, countries, staff);
        filterBar.onChange(this::filterChanged);
        configureGrid();
        add(filterBar, actions(logger, exports), grid);
    }

    /** The list's address with this filter. */
    static String href(EngagementListQuery query) {
        String parameters = query.queryString();
        return parameters.isEmpty() ? AppRoutes.ENGAGEMENTS : AppRoutes.ENGAGEMENTS + "?" + parameters;
    }

    private void configureGrid() {
        grid.addColumn(row -> Formats.dateTime(row.startedAt())).setKey("date")
                .setHeader(getTranslation("engagement-list.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> UiTexts.label(row.kind())).setKey("kind")
                .setHeader(getTranslation("engagement-list.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::title).setKey("title")
                .setHeader(getTranslation("engagement-list.column.title")).setFlexGrow(3);
        grid.addComponentColumn(row -> RefLinks.contacts(row.participants())).setKey("participants")
                .setHeader(getTranslation("engagement-list.column.participants")).setFlexGrow(2);
        grid.addComponentColumn(row -> RefLinks.organizations(row.organizations())).setKey("organizations")
                .setHeader(getTranslation("engagement-list.column.organizations")).setFlexGrow(2);
        grid.addComponentColumn(row -> RefLinks.names(row.staff())).setKey("staff")
                .setHeader(getTranslation("engagement-list.column.staff")).setFlexGrow(1);
        grid.addComponentColumn(row -> RefLinks.campaigns(row.campaigns())).setKey("campaigns")
                .setHeader(getTranslation("engagement-list.column.campaigns")).setFlexGrow(1);
        grid.getColumns().forEach(column -> column.setResizable(true));
        // ticking rows is for exporting only those
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER, GridVariant.AURA_WRAP_CELL_CONTENT);
        // no count: the grid learns there is more as the person scrolls
        grid.setItemsPageable(pageable -> engagements.listRows(filter, pageable));
        grid.setEmptyStateText(getTranslation("engagement-list.empty"));
        grid.addClassName("engagements-grid");
    }

    private Component title(EngagementRow row) {
        Div cell = new Div(RefLinks.engagement(row.id(), row.title()));
        cell.addClassName("title-cell");
        if (row.sensitivity() != Sensitivity.NORMAL) {
            cell.add(EngagementPills.sensitivity(row.sensitivity()));
        }
        return cell;
    }

    private Component actions(EngagementLogger logger, ObjectProvider<ListExports> exports) {
        Div spacer = new Div();
        spacer.addClassName("toolbar-spacer");
        Div bar = new Div(spacer);
        bar.addClassName("list-actions");
        exports.ifAvailable(available -> bar.add(available.button(ListExports.ListKind.ENGAGEMENTS,
                () -> new ListSnapshot(filterBar.query().queryString(), Sort.unsorted(), List.of(),
                        grid.getSelectedItems().stream().map(EngagementRow::id).toList()))));
        if (logger.canLog()) {
            Button log = new Button(getTranslation("engagement-list.log"), VaadinIcon.PLUS.create(),
                    click -> logger.open(saved -> refresh()));
            log.addThemeVariants(ButtonVariant.PRIMARY);
            log.addClassName("log-engagement");
            bar.add(log);
        }
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> parameters = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                parameters.put(name, values.getFirst());
            }
        });
        filterBar.setQuery(EngagementListQuery.parse(parameters), false);
        // what the bar could show: an unknown campaign or colleague in an old bookmark drops out
        filter = filterBar.query().toFilter(Formats.zone());
        refresh();
    }

    private void filterChanged() {
        EngagementListQuery query = filterBar.query();
        filter = query.toFilter(Formats.zone());
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(AppRoutes.ENGAGEMENTS, QueryParameters.fromString(query.queryString())));
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement-list.title");
    }
}
