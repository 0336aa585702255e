package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.shared.ui.Formats;

/**
 * Follow-ups in a grid. The columns each screen needs are added by name: the status, what to do, the due date (an
 * open one past its date says by how much), who holds it, the people it concerns, the engagement it came from.
 */
class FollowUpGrid extends Grid<FollowUpRow> {

    private final LocalDate today;

    FollowUpGrid(LocalDate today) {
        super(FollowUpRow.class, false);
        this.today = today;
        setSelectionMode(SelectionMode.NONE);
        addThemeVariants(GridVariant.AURA_NO_BORDER, GridVariant.AURA_WRAP_CELL_CONTENT);
        addClassName("follow-up-grid");
        setPartNameGenerator(row -> row.overdue(today) ? "overdue-row" : null);
    }

    FollowUpGrid withStatus() {
        column("status", row -> EngagementPills.status(row.status())).setAutoWidth(true).setFlexGrow(0);
        return this;
    }

    FollowUpGrid withDescription() {
        addColumn(FollowUpRow::description).setKey("description")
                .setHeader(getTranslation("follow-up-list.column.description")).setFlexGrow(3);
        return this;
    }

    FollowUpGrid withDueDate() {
        column("due", this::due).setAutoWidth(true).setFlexGrow(0);
        return this;
    }

    FollowUpGrid withAssignee() {
        addColumn(FollowUpRow::assigneeName).setKey("assignee")
                .setHeader(getTranslation("follow-up-list.column.assignee")).setAutoWidth(true).setFlexGrow(1);
        return this;
    }

    FollowUpGrid withPeople() {
        column("people", row -> RefLinks.contacts(row.contacts())).setFlexGrow(2);
        return this;
    }

    FollowUpGrid withEngagement() {
        column("engagement", row -> {
            Span date = new Span(Formats.date(row.engagementStartedAt().atZone(Formats.zone()).toLocalDate()));
            date.addClassName("muted");
            Div cell = new Div(RefLinks.engagement(row.engagementId(), row.engagementTitle()), date);
            cell.addClassName("follow-up-engagement");
            return cell;
        }).setFlexGrow(2);
        return this;
    }

    private Column<FollowUpRow> column(String key, ValueProvider<FollowUpRow, Component> cell) {
        return addComponentColumn(cell::apply).setKey(key)
                .setHeader(getTranslation("follow-up-list.column." + key));
    }

    private Component due(FollowUpRow row) {
        Span date = new Span(Formats.date(row.dueOn()));
        Div cell = new Div(date);
        cell.addClassName("due-date");
        if (row.overdue(today)) {
            cell.addClassName("due-overdue");
            long late = ChronoUnit.DAYS.between(row.dueOn(), today);
            Span lateness = new Span(late == 1 ? getTranslation("follow-up-list.late-one")
                    : getTranslation("follow-up-list.late", late));
            lateness.addClassName("due-lateness");
            cell.add(lateness);
        }
        return cell;
    }
}
