package org.interlocutor.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** On a country's page: the organisations based there (its government, missions, NGOs), a lazy list. */
@org.springframework.stereotype.Component
class CountryOrganizationsSection implements PageSection {

    /** Rows the list shows before it scrolls. */
    private static final int VISIBLE_ROWS = 10;

    private final OrganizationService organizations;

    CountryOrganizationsSection(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public Page page() {
        return Page.COUNTRY;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(String countryCode) {
        String code = countryCode.toUpperCase(Locale.ROOT);
        OrganizationFilter filter = new OrganizationFilter("", null, code, false, null);
        long total = organizations.list(filter, PageRequest.of(0, 1)).getTotalElements();
        Component content = total == 0 ? empty() : grid(filter, total);
        OrganizationView.Card card = new OrganizationView.Card(UiTexts.translate("organization.country-section.title"),
                total == 0 ? null : UiTexts.translate("organizations.count", total), content)
                .withClass("country-organizations");
        if (total > 0) {
            // the whole list, with its search and filters, narrowed to this country
            Anchor all = new Anchor(AppRoutes.ORGANIZATIONS + "?" + OrganizationsView.COUNTRY_PARAMETER + "=" + code,
                    UiTexts.translate("organization.country-section.open-list"));
            all.addClassName("open-list");
            Div footer = new Div(all);
            footer.addClassName("card-footer");
            card.add(footer);
        }
        return card;
    }

    private Component empty() {
        Paragraph empty = new Paragraph(UiTexts.translate("organization.country-section.empty"));
        empty.addClassName("empty-state");
        return empty;
    }

    private Grid<OrganizationRow> grid(OrganizationFilter filter, long total) {
        Grid<OrganizationRow> grid = new Grid<>(OrganizationRow.class, false);
        grid.addColumn(OrganizationRow::displayName).setHeader(UiTexts.translate("organizations.column.name"))
                .setKey("name").setSortProperty("sortName").setFlexGrow(3);
        grid.addColumn(row -> UiTexts.label(row.kind())).setHeader(UiTexts.translate("organizations.column.kind"))
                .setKey("kind").setSortProperty("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.parentName() == null ? "" : row.parentName())
                .setHeader(UiTexts.translate("organizations.column.parent")).setKey("parent").setFlexGrow(2);
        grid.addColumn(row -> row.subUnitCount() == 0 ? "" : Long.toString(row.subUnitCount()))
                .setHeader(UiTexts.translate("organizations.column.sub-units")).setKey("subUnits")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setItemsPageable(pageable -> organizations.list(filter, pageable.getSort().isSorted() ? pageable
                        : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("sortName")))
                .getContent(), pageable -> total);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(AppRoutes.organization(click.getItem().id())));
        grid.addClassName("clickable-rows");
        grid.setWidthFull();
        long shown = Math.max(1, Math.min(total, VISIBLE_ROWS));
        grid.setHeight("calc(" + shown + " * var(--places-row-height) + var(--places-header-height))");
        return grid;
    }
}
