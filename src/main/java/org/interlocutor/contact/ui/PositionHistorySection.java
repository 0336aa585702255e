package org.interlocutor.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.PositionChangeRow;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * On a contact's page, after the engagements: how the contact's influence and stance changed, newest first, with
 * when and by whom (a change made through the form, the stakeholder map or an import).
 */
@org.springframework.stereotype.Component
class PositionHistorySection implements PageSection {

    private static final int SHORT_LIST = 5;

    private final transient ContactService contacts;

    PositionHistorySection(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public Page page() {
        return Page.CONTACT;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Component create(String recordKey) {
        long contactId = Long.parseLong(recordKey);
        Section card = ContactView.card("position-history.title");
        card.addClassName("position-history-card");
        List<PositionChangeRow> first = contacts.positionHistory(contactId, PageRequest.of(0, SHORT_LIST + 1))
                .getContent();
        if (first.isEmpty()) {
            Paragraph none = new Paragraph(card.getTranslation("position-history.none"));
            none.addClassName("empty-note");
            card.add(none);
            return card;
        }
        Grid<PositionChangeRow> grid = new Grid<>(PositionChangeRow.class, false);
        grid.addClassName("position-history");
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(change -> Formats.dateTime(change.changedAt())).setKey("when")
                .setHeader(grid.getTranslation("position-history.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(change -> change.influenceChanged()
                        ? influence(change.influenceBefore()) + " → " + influence(change.influenceAfter())
                        : influence(change.influenceAfter()))
                .setKey("influence").setHeader(grid.getTranslation("position-history.column.influence"))
                .setFlexGrow(1);
        grid.addColumn(change -> change.stanceChanged()
                        ? UiTexts.label(change.stanceBefore()) + " → " + UiTexts.label(change.stanceAfter())
                        : UiTexts.label(change.stanceAfter()))
                .setKey("stance").setHeader(grid.getTranslation("position-history.column.stance")).setFlexGrow(1);
        grid.addColumn(PositionChangeRow::changedByName).setKey("by")
                .setHeader(grid.getTranslation("position-history.column.by")).setAutoWidth(true);
        if (first.size() <= SHORT_LIST) {
            grid.setItems(first);
            grid.setAllRowsVisible(true);
        } else {
            grid.setItemsPageable(pageable -> contacts.positionHistory(contactId, pageable).getContent());
            grid.setHeight("16rem");
        }
        card.add(grid);
        return card;
    }

    private static String influence(@Nullable Integer level) {
        return level == null ? UiTexts.translate("contact.influence.unknown")
                : UiTexts.translate("contact.influence." + level);
    }
}
