package org.interlocutor.contact.ui;

import org.interlocutor.shared.ui.GridSorts;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.ListSnapshot;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.interlocutor.contact.BulkSelection;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactQueryString;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.SavedContactView;
import org.interlocutor.contact.SavedViewService;
import org.interlocutor.country.CountryService;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.shared.ui.AppRoutes;

/**
 * The contacts list: filters that live in the address (so a list can be bookmarked and shared), a column chooser,
 * saved views, bulk actions on the ticked rows or on everything the filter finds, and a lazy grid over paged
 * queries that only ever return what the person may see.
 */
@Route(AppRoutes.CONTACTS)
@PermitAll
@Menu(title = "menu.contacts", order = 10, icon = "vaadin:users")
class ContactsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ContactService contacts;
    private final transient SavedViewService savedViews;
    private final transient CountryService countries;
    private final transient OrganizationService organizations;
    private final transient StaffDirectory staff;
    private final boolean canEdit;
    final ContactFilterBar filterBar;
    final Grid<ContactRow> grid = new Grid<>(ContactRow.class, false);
    final ContactColumns columns;
    final Span resultCount = new Span();
    private final MenuBar viewsMenu = new MenuBar();
    private ContactFilter filter = ContactFilter.NONE;

    ContactsView(ContactService contacts, SavedViewService savedViews, CountryService countries,
                 OrganizationService organizations, StaffDirectory staff, AuthenticationContext authentication,
                 ObjectProvider<ListExports> exports) {
        this.contacts = contacts;
        this.savedViews = savedViews;
        this.countries = countries;
        this.organizations = organizations;
        this.staff = staff;
        this.canEdit = authentication.hasRole("OFFICER");
        addClassNames("view", "contacts-view");

        filterBar = new ContactFilterBar(contacts, countries, staff);
        filterBar.onChange(this::filterChanged);
        columns = new ContactColumns(grid, countries, getLocale());
        configureGrid();
        add(filterBar, actions(exports), grid);
    }

    private void configureGrid() {
        grid.setSelectionMode(canEdit ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setItemsPageable(pageable -> contacts.rows(filter, pageable), pageable -> contacts.count(filter))
                .addItemCountChangeListener(counted -> showCount(counted.getItemCount()));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(AppRoutes.contact(click.getItem().id())));
        grid.setEmptyStateText(getTranslation("contacts.empty"));
        grid.setSizeFull();
        grid.addClassName("contacts-grid");
    }

    private Component actions(ObjectProvider<ListExports> exports) {
        resultCount.addClassName("result-count");

        viewsMenu.addThemeVariants(MenuBarVariant.TERTIARY);
        viewsMenu.addClassName("views-menu");
        MenuBar columnsMenu = new MenuBar();
        columnsMenu.addThemeVariants(MenuBarVariant.TERTIARY);
        columnsMenu.addClassName("columns-menu");
        SubMenu columnItems = columnsMenu.addItem(iconText(VaadinIcon.GRID_SMALL_O, "contacts.columns")).getSubMenu();
        for (String id : columns.ids()) {
            MenuItem item = columnItems.addItem(getTranslation("contacts.column." + id));
            item.setCheckable(true);
            item.setKeepOpen(true);
            item.setChecked(columns.column(id).isVisible());
            item.addClickListener(click -> {
                columns.column(id).setVisible(item.isChecked());
                updateAddress();
            });
        }
        Div spacer = new Div();
        spacer.addClassName("toolbar-spacer");
        Div bar = new Div(resultCount, spacer, viewsMenu, columnsMenu);
        bar.addClassName("list-actions");
        exports.ifAvailable(available -> bar.add(available.button(ListExports.ListKind.CONTACTS, this::snapshot)));
        if (canEdit) {
            MenuBar bulkMenu = new BulkActionsMenu(contacts, staff, this::bulkSelection, this::selectedCount,
                    () -> contacts.count(filter), this::refresh);
            Button create = new Button(getTranslation("contacts.new"), VaadinIcon.PLUS.create(),
                    click -> ContactFormDialog.forNewContact(contacts, countries, organizations, staff,
                            saved -> UI.getCurrent().navigate(AppRoutes.contact(saved.id()))).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("new-contact");
            bar.add(bulkMenu, create);
        }
        rebuildViewsMenu();
        return bar;
    }

    /** The list as shown, for an export: filter, the grid's sort, visible columns, ticked rows. */
    private ListSnapshot snapshot() {
        return new ListSnapshot(ContactQueryString.format(filter, List.of()), GridSorts.of(grid), columns.visible(),
                grid.getSelectedItems().stream().map(ContactRow::id).toList());
    }

    private Span iconText(VaadinIcon icon, String key) {
        Span label = new Span(icon.create(), new Span(getTranslation(key)));
        label.addClassName("icon-text");
        return label;
    }

    private void rebuildViewsMenu() {
        viewsMenu.removeAll();
        SubMenu items = viewsMenu.addItem(iconText(VaadinIcon.BOOKMARK_O, "contacts.views")).getSubMenu();
        items.addItem(getTranslation("contacts.views.save"), click -> new SaveViewDialog(savedViews,
                ContactQueryString.format(filter, columns.forAddress()), saved -> rebuildViewsMenu()).open());
        List<SavedContactView> mine = savedViews.myContactViews();
        if (!mine.isEmpty()) {
            items.addSeparator();
            for (SavedContactView view : mine) {
                items.addItem(view.name(), click -> UI.getCurrent().navigate(AppRoutes.CONTACTS,
                        QueryParameters.fromString(view.queryString())));
            }
            SubMenu delete = items.addItem(getTranslation("contacts.views.delete")).getSubMenu();
            for (SavedContactView view : mine) {
                delete.addItem(view.name(), click -> {
                    savedViews.delete(view.id());
                    rebuildViewsMenu();
                });
            }
        }
    }

    private BulkSelection bulkSelection(boolean everythingMatching) {
        if (everythingMatching) {
            return BulkSelection.allMatching(filter);
        }
        Set<Long> ids = grid.getSelectedItems().stream().map(ContactRow::id).collect(Collectors.toSet());
        return BulkSelection.of(ids);
    }

    int selectedCount() {
        return grid.getSelectedItems().size();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> parameters = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                parameters.put(name, values.getFirst());
            }
        });
        ContactQueryString.View view = ContactQueryString.parse(parameters);
        filter = view.filter();
        filterBar.setFilter(filter, false);
        columns.show(view.columns());
        refresh();
    }

    private void filterChanged() {
        filter = filterBar.filter();
        updateAddress();
        refresh();
    }

    private void updateAddress() {
        String query = ContactQueryString.format(filter, columns.forAddress());
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(AppRoutes.CONTACTS, QueryParameters.fromString(query)));
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
    }

    private void showCount(long count) {
        resultCount.setText(getTranslation(count == 1 ? "contacts.count.one" : "contacts.count", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.title");
    }
}
