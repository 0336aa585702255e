package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.ListSnapshot;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;

/** On a campaign's page: the people its engagements reached, the most recently engaged first. */
@org.springframework.stereotype.Component
class CampaignContactsSection implements PageSection {

    private final transient EngagementService engagements;
    private final transient CountryService countries;

    private final transient ObjectProvider<ListExports> exports;

    CampaignContactsSection(EngagementService engagements, CountryService countries,
                            ObjectProvider<ListExports> exports) {
        this.engagements = engagements;
        this.countries = countries;
        this.exports = exports;
    }

    @Override
    public Page page() {
        return Page.CAMPAIGN;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Component create(String recordKey) {
        long campaignId = Long.parseLong(recordKey);
        Grid<ContactRow> grid = new Grid<>(ContactRow.class, false);
        grid.addClassName("campaign-contacts");
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER);
        // ticked rows can be exported on their own
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(row -> new Anchor(AppRoutes.contact(row.id()), row.displayName())).setKey("name")
                .setHeader(UiTexts.translate("campaign-contacts.column.name")).setFlexGrow(2);
        grid.addColumn(row -> row.organizationName() == null ? "" : row.organizationName()).setKey("organization")
                .setHeader(UiTexts.translate("campaign-contacts.column.organization")).setFlexGrow(2);
        grid.addColumn(row -> UiTexts.label(row.category())).setKey("category")
                .setHeader(UiTexts.translate("campaign-contacts.column.category")).setAutoWidth(true);
        grid.addColumn(row -> countries.name(row.countryCode(), Formats.locale())).setKey("country")
                .setHeader(UiTexts.translate("campaign-contacts.column.country")).setAutoWidth(true);
        int found = PagedFill.fill(grid, pageable -> engagements.campaignParticipants(campaignId, pageable), 10,
                "24rem");
        Paragraph empty = new Paragraph(UiTexts.translate("campaign-contacts.empty"));
        empty.addClassName("empty-note");
        empty.setVisible(found == 0);
        SectionCard card = new SectionCard(UiTexts.translate("campaign-contacts.title"), "campaign-contacts-card");
        ListExports available = exports.getIfAvailable();
        if (found > 0 && available != null) {
            card.withAction(available.button(ListExports.ListKind.CAMPAIGN_CONTACTS, () -> new ListSnapshot(
                    "campaign=" + campaignId, Sort.unsorted(), List.of(),
                    grid.getSelectedItems().stream().map(ContactRow::id).toList())));
        }
        return card.withContent(grid, empty);
    }
}
