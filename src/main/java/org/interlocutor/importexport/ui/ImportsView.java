package org.interlocutor.importexport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.interlocutor.importexport.ImportBatchRow;
import org.interlocutor.importexport.ImportService;
import org.interlocutor.importexport.ImportStatus;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.data.domain.PageRequest;

/**
 * The imports so far, newest first (one's own; all of them for an administrator): what was imported, by whom,
 * how it ended and what it wrote, with a way to take back an import that can still be undone.
 */
@Route(AppRoutes.IMPORTS)
@RolesAllowed({"ADMIN", "MANAGER", "OFFICER"})
@Menu(title = "imports.menu", order = 41, icon = "vaadin:time-backward")
class ImportsView extends Main implements HasDynamicTitle {

    private final transient ImportService imports;
    final Grid<ImportBatchRow> grid = new Grid<>(ImportBatchRow.class, false);

    ImportsView(ImportService imports) {
        this.imports = imports;
        addClassNames("view", "imports-view");
        RouterLink wizard = new RouterLink(getTranslation("imports.new"), ImportWizardView.class);
        wizard.addClassName("new-import");
        Div spacer = new Div();
        spacer.addClassName("toolbar-spacer");
        Div bar = new Div(spacer, wizard);
        bar.addClassName("list-actions");
        add(bar, configureGrid());
    }

    private Grid<ImportBatchRow> configureGrid() {
        grid.addColumn(row -> Formats.dateTime(row.startedAt())).setKey("when")
                .setHeader(getTranslation("imports.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportBatchRow::authorName).setKey("who").setHeader(getTranslation("imports.column.who"))
                .setAutoWidth(true);
        grid.addColumn(row -> UiTexts.label(row.type())).setKey("type")
                .setHeader(getTranslation("imports.column.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::file).setKey("file").setHeader(getTranslation("imports.column.file")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("imports.column.status"))
                .setFlexGrow(1);
        number("rows-read", "imports.column.rows-read", ImportBatchRow::rowsRead);
        number("created", "imports.column.created", ImportBatchRow::created);
        number("updated", "imports.column.updated", ImportBatchRow::updated);
        number("skipped", "imports.column.skipped", ImportBatchRow::skipped);
        number("rejected", "imports.column.rejected", ImportBatchRow::rejected);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("imports.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER, GridVariant.AURA_WRAP_CELL_CONTENT);
        grid.setItems(DataProvider.fromCallbacks(
                query -> imports.batches(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) imports.batches(PageRequest.of(0, 1)).getTotalElements()));
        grid.setEmptyStateText(getTranslation("imports.empty"));
        grid.addClassName("imports-grid");
        return grid;
    }

    private void number(String key, String headerKey, ToIntFunction<ImportBatchRow> value) {
        grid.addColumn(row -> NumberFormat.getIntegerInstance(getLocale()).format(value.applyAsInt(row)))
                .setKey(key).setHeader(getTranslation(headerKey))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
    }

    private String file(ImportBatchRow row) {
        // a CSV file has one sheet, named after the file: naming it again says nothing
        boolean oneSheet = row.fileName().toLowerCase(Locale.ROOT).endsWith(".csv");
        return oneSheet || row.sheet().isBlank() || row.sheet().equals(row.fileName()) ? row.fileName()
                : getTranslation("imports.file-and-sheet", row.fileName(), row.sheet());
    }

    private Component status(ImportBatchRow row) {
        Span status = new Span(UiTexts.label(row.status()));
        status.addClassNames("status-pill", "import-status", "import-status-" + row.status().name().toLowerCase());
        Div cell = new Div(status);
        cell.addClassName("import-status-cell");
        if (row.status() == ImportStatus.UNDONE && row.undoneAt() != null) {
            Span when = new Span(getTranslation("imports.undone-by", row.undoneBy() == null ? "" : row.undoneBy(),
                    Formats.dateTime(row.undoneAt())));
            when.addClassName("import-undone-by");
            cell.add(when);
        }
        return cell;
    }

    private Component actions(ImportBatchRow row) {
        if (!imports.canUndo(row)) {
            return new Span();
        }
        Button undo = new Button(getTranslation("imports.undo"), VaadinIcon.ARROW_BACKWARD.create(),
                click -> UndoConfirmation.open(imports, row, undone -> refresh()));
        undo.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        undo.addClassName("undo-import");
        return undo;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title");
    }
}
