package org.interlocutor.importexport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.ArrayList;
import java.util.List;
import org.interlocutor.importexport.CellProblem;
import org.interlocutor.importexport.FieldChange;
import org.interlocutor.importexport.RowOutcome;
import org.interlocutor.shared.ui.UiTexts;

/**
 * What an import does, or would do, with each row: its number in the file, the action, the record's name, and why,
 * said in the person's language. The outcomes are a report's list in memory (at most a thousand); the grid still
 * reads them page by page so that it renders only what is on screen.
 */
class OutcomeGrid extends Grid<RowOutcome> {

    private List<String> headers = List.of();

    OutcomeGrid() {
        super(RowOutcome.class, false);
        addClassName("import-outcomes");
        addColumn(RowOutcome::rowNumber).setKey("row").setHeader(getTranslation("import-wizard.outcome.row"))
                .setAutoWidth(true).setFlexGrow(0);
        // a fixed width: measured from the first rows, it cut "Mise à jour" and even "Create" short
        addComponentColumn(OutcomeGrid::action).setKey("action")
                .setHeader(getTranslation("import-wizard.outcome.action")).setWidth("9rem").setFlexGrow(0);
        addColumn(RowOutcome::label).setKey("label").setHeader(getTranslation("import-wizard.outcome.label"))
                .setFlexGrow(1);
        addComponentColumn(this::details).setKey("details")
                .setHeader(getTranslation("import-wizard.outcome.details")).setFlexGrow(3);
        getColumns().forEach(column -> column.setResizable(true));
        setSelectionMode(SelectionMode.NONE);
        addThemeVariants(GridVariant.AURA_WRAP_CELL_CONTENT);
        setEmptyStateText(getTranslation("import-wizard.outcome.empty"));
    }

    /** Shows these outcomes; {@code headers} name the file's columns in the problems. */
    void show(List<RowOutcome> outcomes, List<String> headers) {
        this.headers = List.copyOf(headers);
        List<RowOutcome> rows = List.copyOf(outcomes);
        setItems(DataProvider.fromCallbacks(
                query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> rows.size()));
    }

    private static Component action(RowOutcome outcome) {
        Span action = new Span(UiTexts.label(outcome.action()));
        action.addClassNames("status-pill", "import-action", "import-action-" + outcome.action().name().toLowerCase());
        return action;
    }

    private Component details(RowOutcome outcome) {
        Div details = new Div();
        details.addClassName("import-outcome-details");
        for (String line : lines(outcome)) {
            details.add(new Div(line));
        }
        return details;
    }

    /** Every line the details cell shows: the problems, the reason, the changes. */
    List<String> lines(RowOutcome outcome) {
        List<String> lines = new ArrayList<>();
        for (CellProblem problem : outcome.problems()) {
            lines.add(problem(problem));
        }
        if (outcome.reasonKey() != null) {
            lines.add(getTranslation(outcome.reasonKey(), outcome.reasonArgs().toArray()));
        }
        for (FieldChange change : outcome.changes()) {
            lines.add(getTranslation("import-wizard.outcome.change", UiTexts.label(change.field()),
                    shown(change.before()), shown(change.after())));
        }
        return lines;
    }

    /** "Email: “x” is not an email address", the column named as the file names it. */
    private String problem(CellProblem problem) {
        String message = getTranslation(problem.messageKey(), problem.args());
        String column = columnName(problem);
        return column == null ? message : getTranslation("import-wizard.outcome.problem", column, message);
    }

    private @org.jspecify.annotations.Nullable String columnName(CellProblem problem) {
        int column = problem.column();
        if (column >= 0 && column < headers.size() && !headers.get(column).isBlank()) {
            return headers.get(column);
        }
        if (column >= 0) {
            return getTranslation("import-wizard.column.letter", ColumnLetters.of(column));
        }
        return problem.field() == null ? null : UiTexts.label(problem.field());
    }

    private String shown(String value) {
        return value.isBlank() ? getTranslation("import-wizard.outcome.empty-value") : value;
    }
}
