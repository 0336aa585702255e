package org.interlocutor.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.interlocutor.audit.AuditEntry;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.ui.Definitions;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;

/**
 * One event of the audit trail: when, who, which record, and each field before and after; values the reader may
 * not see are left out with a word saying so, and secrets show only that they changed.
 */
class AuditEventDialog extends Dialog {

    final Grid<FieldChange> changes = new Grid<>(FieldChange.class, false);

    AuditEventDialog(AuditEntry entry) {
        addClassName("audit-event-dialog");
        setHeaderTitle(getTranslation("audit.details.title", UiTexts.label(entry.action()), AuditTexts.record(entry)));
        setWidth("min(56rem, 95vw)");

        Div facts = new Div();
        facts.addClassName("definition-list");
        facts.add(Definitions.of(getTranslation("audit.details.when"), Formats.dateTime(entry.occurredAt())),
                Definitions.of(getTranslation("audit.details.who"), AuditTexts.actor(entry)),
                AuditTexts.recordPage(entry)
                        .map(page -> Definitions.of(getTranslation("audit.details.record"), new Anchor(page,
                                AuditTexts.record(entry))))
                        .orElse(Definitions.of(getTranslation("audit.details.record"), AuditTexts.record(entry))),
                Definitions.of(getTranslation("audit.details.detail"), entry.detail() == null ? "" : entry.detail()));
        add(facts);

        if (entry.changes().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("audit.details.no-changes"));
            none.addClassName("empty-note");
            add(none);
        } else {
            if (entry.valuesWithheld()) {
                Paragraph withheld = new Paragraph(getTranslation("audit.details.withheld"));
                withheld.addClassName("withheld-note");
                add(withheld);
            }
            changes.addColumn(change -> AuditTexts.field(change.field())).setKey("field")
                    .setHeader(getTranslation("audit.details.field")).setAutoWidth(true).setFlexGrow(0);
            if (!entry.valuesWithheld()) {
                changes.addComponentColumn(change -> value(change, change.before())).setKey("before")
                        .setHeader(getTranslation("audit.details.before")).setFlexGrow(1);
                changes.addComponentColumn(change -> value(change, change.after())).setKey("after")
                        .setHeader(getTranslation("audit.details.after")).setFlexGrow(1);
            }
            changes.setItems(entry.changes());
            changes.setAllRowsVisible(true);
            changes.setSelectionMode(Grid.SelectionMode.NONE);
            changes.addThemeVariants(GridVariant.AURA_WRAP_CELL_CONTENT);
            changes.addClassName("audit-changes");
            add(changes);
        }

        Button close = new Button(getTranslation("audit.details.close"), click -> close());
        close.addClassName("close-dialog");
        getFooter().add(close);
    }

    private Span value(FieldChange change, @org.jspecify.annotations.Nullable String value) {
        Span text = new Span(change.masked() ? getTranslation("audit.details.masked")
                : value == null ? getTranslation("audit.details.none") : value);
        if (change.masked() || value == null) {
            text.addClassName("muted");
        }
        text.addClassName("audit-value");
        return text;
    }
}
