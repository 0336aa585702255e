package org.interlocutor.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactQueryString;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.GridSorts;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.ListSnapshot;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.beans.factory.ObjectProvider;

/** A country's people on its page, with a link to the full contacts list filtered on the country. */
@org.springframework.stereotype.Component
class CountryContactsSection implements PageSection {

    private final transient ContactService contacts;

    private final transient ObjectProvider<ListExports> exports;

    CountryContactsSection(ContactService contacts, ObjectProvider<ListExports> exports) {
        this.contacts = contacts;
        this.exports = exports;
    }

    @Override
    public Page page() {
        return Page.COUNTRY;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(String recordKey) {
        ContactFilter filter = ContactFilter.NONE.withCountry(recordKey);
        Section card = new Section();
        card.addClassNames("card", "country-contacts-card");
        Anchor all = new Anchor(AppRoutes.CONTACTS + "?" + ContactQueryString.format(filter, java.util.List.of()),
                card.getTranslation("country-contacts.open-list"));
        Div heading = new Div(new H2(card.getTranslation("country-contacts.title")), all);
        Grid<ContactRow> grid = new Grid<>(ContactRow.class, false);
        exports.ifAvailable(available -> heading.add(available.button(ListExports.ListKind.CONTACTS,
                () -> new ListSnapshot(ContactQueryString.format(filter, java.util.List.of()), GridSorts.of(grid),
                        java.util.List.of("name", "organization", "category", "sensitivity"),
                        grid.getSelectedItems().stream().map(ContactRow::id).toList()))));
        heading.addClassName("card-heading");
        card.add(heading);

        grid.addClassName("country-contacts");
        // ticked rows can be exported on their own; a click on a row still opens the person
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER);
        grid.addColumn(ContactRow::displayName).setHeader(grid.getTranslation("contacts.column.name"))
                .setSortProperty("sortName").setFlexGrow(2);
        grid.addColumn(row -> row.organizationName() == null ? "" : row.organizationName())
                .setHeader(grid.getTranslation("contacts.column.organization")).setSortProperty("organizationName")
                .setFlexGrow(2);
        grid.addColumn(row -> UiTexts.label(row.category())).setHeader(grid.getTranslation("contacts.column.category"))
                .setSortProperty("category");
        grid.addComponentColumn(row -> Pills.sensitivity(row.sensitivity()))
                .setHeader(grid.getTranslation("contacts.column.sensitivity"));
        grid.setItemsPageable(pageable -> contacts.rows(filter, pageable), pageable -> contacts.count(filter));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(AppRoutes.contact(click.getItem().id())));
        grid.setEmptyStateText(grid.getTranslation("country-contacts.none"));
        grid.setHeight("22rem");
        card.add(grid);
        return card;
    }
}
