package org.interlocutor.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.interlocutor.audit.AuditEntry;
import org.interlocutor.audit.AuditService;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.data.domain.PageRequest;

/**
 * At the foot of a record's page: the record's own history from the audit trail, newest first (who created,
 * changed, opened, archived it, with each field before and after). Shown only to someone who may see the record,
 * which the service checks with the record's feature; a long history is read a page at a time.
 */
class RecordHistorySection implements PageSection {

    private static final int SHORT_LIST = 5;

    private final AuditService audit;
    private final Page page;
    private final String recordType;

    RecordHistorySection(AuditService audit, Page page, String recordType) {
        this.audit = audit;
        this.page = page;
        this.recordType = recordType;
    }

    @Override
    public Page page() {
        return page;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Component create(String recordKey) {
        long recordId = Long.parseLong(recordKey);
        Section card = new Section();
        card.addClassNames("card", "record-history-card");
        card.add(new H2(card.getTranslation("audit.history.title")));
        List<AuditEntry> first = audit.history(recordType, recordId, PageRequest.of(0, SHORT_LIST + 1));
        if (first.isEmpty()) {
            Paragraph none = new Paragraph(card.getTranslation("audit.history.none"));
            none.addClassName("empty-note");
            card.add(none);
            return card;
        }
        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.addClassName("record-history");
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER, GridVariant.AURA_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(entry -> Formats.dateTime(entry.occurredAt())).setKey("when")
                .setHeader(grid.getTranslation("audit.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditTexts::actor).setKey("who").setHeader(grid.getTranslation("audit.column.who"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> UiTexts.label(entry.action())).setKey("action")
                .setHeader(grid.getTranslation("audit.column.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(RecordHistorySection::changes).setKey("changes")
                .setHeader(grid.getTranslation("audit.column.changes")).setFlexGrow(1);
        if (first.size() <= SHORT_LIST) {
            grid.setItems(first);
            grid.setAllRowsVisible(true);
        } else {
            grid.setItemsPageable(pageable -> audit.history(recordType, recordId, pageable));
            grid.setHeight("22rem");
        }
        card.add(grid);
        return card;
    }

    /** One line per changed field, "Field: before → after", long values cut; the detail after them. */
    private static Component changes(AuditEntry entry) {
        Div lines = new Div();
        lines.addClassName("history-changes");
        for (FieldChange change : entry.changes()) {
            Div line = new Div();
            line.addClassName("history-change");
            if (change.masked()) {
                line.add(new Span(AuditTexts.change(change)));
            } else {
                line.add(new Span(AuditTexts.field(change.field()) + ": "), AuditTexts.shortValue(change.before()),
                        new Span(" → "), AuditTexts.shortValue(change.after()));
            }
            lines.add(line);
        }
        if (entry.detail() != null) {
            Div detail = new Div(entry.detail());
            detail.addClassName("history-detail");
            lines.add(detail);
        }
        return lines;
    }
}
