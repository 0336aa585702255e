package org.interlocutor.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.interlocutor.engagement.AssigneeOverdue;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;

/** For managers and administrators: each colleague's overdue follow-ups, the most behind first. */
class OverdueByOfficerCard extends DashboardCard {

    final Grid<AssigneeOverdue> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    OverdueByOfficerCard(List<AssigneeOverdue> rows) {
        super(UiTexts.translate("dashboard.overdue-by-officer.title"), "overdue-by-officer-card");
        grid.addColumn(AssigneeOverdue::assigneeName).setKey("officer")
                .setHeader(getTranslation("dashboard.overdue-by-officer.column.officer")).setFlexGrow(1);
        grid.addColumn(row -> FigureLabels.number(row.overdue())).setKey("overdue")
                .setHeader(getTranslation("dashboard.overdue-by-officer.column.overdue")).setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(row -> "number");
        grid.addColumn(row -> Formats.date(row.earliestDueOn())).setKey("earliest")
                .setHeader(getTranslation("dashboard.overdue-by-officer.column.earliest")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addClassName("overdue-by-officer-grid");
        // one row per colleague holding overdue follow-ups: the staff, a few dozen at most, already grouped by the
        // database, so the whole list is given at once
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setVisible(!rows.isEmpty());
        empty.setText(getTranslation("dashboard.overdue-by-officer.empty"));
        empty.addClassName("empty-note");
        empty.setVisible(rows.isEmpty());
        add(grid, empty);
    }
}
