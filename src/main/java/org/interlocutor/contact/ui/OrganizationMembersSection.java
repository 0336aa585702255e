package org.interlocutor.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.tabs.TabSheet;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.MemberRow;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.PageSection;

/** An organisation's people on its page: current members and past ones, only those the viewer may see. */
@org.springframework.stereotype.Component
class OrganizationMembersSection implements PageSection {

    private final transient ContactService contacts;

    OrganizationMembersSection(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public Page page() {
        return Page.ORGANIZATION;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(String recordKey) {
        long organizationId = Long.parseLong(recordKey);
        Section card = new Section();
        card.addClassNames("card", "members-card");
        card.add(new H2(card.getTranslation("members.title")));
        TabSheet tabs = new TabSheet();
        tabs.add(card.getTranslation("members.current"), members(organizationId, true));
        tabs.add(card.getTranslation("members.past"), members(organizationId, false));
        tabs.setWidthFull();
        card.add(tabs);
        return card;
    }

    private Grid<MemberRow> members(long organizationId, boolean current) {
        Grid<MemberRow> grid = new Grid<>(MemberRow.class, false);
        grid.addClassName(current ? "current-members" : "past-members");
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER);
        grid.addColumn(MemberRow::displayName).setHeader(grid.getTranslation("members.name"))
                .setSortProperty("contact.sortName").setFlexGrow(2);
        grid.addColumn(row -> row.role() == null ? "" : row.role()).setHeader(grid.getTranslation("members.role"))
                .setSortProperty("role").setFlexGrow(2);
        grid.addColumn(row -> Formats.date(row.from())).setHeader(grid.getTranslation("members.from"))
                .setSortProperty("startDate").setAutoWidth(true);
        if (!current) {
            grid.addColumn(row -> Formats.date(row.to())).setHeader(grid.getTranslation("members.to"))
                    .setSortProperty("endDate").setAutoWidth(true);
        }
        grid.addColumn(row -> row.primaryEmail() == null ? "" : row.primaryEmail())
                .setHeader(grid.getTranslation("members.email")).setFlexGrow(2);
        grid.setItemsPageable(pageable -> contacts.members(organizationId, current, pageable).getContent(),
                pageable -> contacts.members(organizationId, current, pageable).getTotalElements());
        grid.addItemClickListener(click -> UI.getCurrent().navigate(AppRoutes.contact(click.getItem().contactId())));
        grid.setEmptyStateText(grid.getTranslation(current ? "members.none-current" : "members.none-past"));
        grid.setHeight("22rem");
        return grid;
    }
}
