package org.interlocutor.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.interlocutor.audit.AuditEntry;
import org.interlocutor.audit.AuditFilter;
import org.interlocutor.audit.AuditService;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.FilterFields;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * Administrators read the audit trail here, newest first: filtered by user, record (type and number), action and
 * period; a row opens the event with its fields before and after. The grid reads a page at a time, without
 * counting a table that only grows.
 */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@Menu(title = "menu.audit", order = 910, icon = "vaadin:archive")
class AuditTrailView extends Main implements HasDynamicTitle {

    private final transient AuditService audit;

    final TextField user = new TextField();
    final Select<String> recordType = new Select<>();
    final TextField recordId = new TextField();
    final MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

    AuditTrailView(AuditService audit) {
        this.audit = audit;
        addClassNames("view", "list-view", "audit-trail-view");
        Paragraph intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassName("view-intro");
        add(intro, filters(), configureGrid());
    }

    private Component filters() {
        FilterFields.search(user, getTranslation("audit.filter.user.placeholder"));
        user.setLabel(getTranslation("audit.filter.user"));
        user.addClassName("user-filter");
        user.addValueChangeListener(change -> refresh());

        recordType.setLabel(getTranslation("audit.filter.record-type"));
        recordType.setItems(RecordTypes.ALL);
        recordType.setEmptySelectionAllowed(true);
        recordType.setEmptySelectionCaption(getTranslation("audit.filter.any-record-type"));
        recordType.setItemLabelGenerator(type -> type == null ? getTranslation("audit.filter.any-record-type")
                : AuditTexts.recordType(type));
        recordType.addClassName("record-type-filter");
        recordType.addValueChangeListener(change -> refresh());

        recordId.setLabel(getTranslation("audit.filter.record-id"));
        recordId.setAllowedCharPattern("[0-9]");
        recordId.setMaxLength(18);
        recordId.setClearButtonVisible(true);
        recordId.setValueChangeMode(ValueChangeMode.LAZY);
        recordId.addClassName("record-id-filter");
        recordId.addValueChangeListener(change -> refresh());

        actions.setLabel(getTranslation("audit.filter.actions"));
        actions.setPlaceholder(getTranslation("audit.filter.all-actions"));
        actions.setItems(AuditAction.values());
        actions.setItemLabelGenerator(UiTexts::label);
        actions.setClearButtonVisible(true);
        actions.setSelectedItemsOnTop(true);
        actions.addClassName("action-filter");
        actions.addValueChangeListener(change -> refresh());

        for (DatePicker picker : List.of(from, to)) {
            DatePickers.localized(picker);
            picker.addValueChangeListener(change -> refresh());
        }
        from.setLabel(getTranslation("audit.filter.from"));
        from.addClassName("from-filter");
        to.setLabel(getTranslation("audit.filter.to"));
        to.addClassName("to-filter");

        Button clear = new Button(getTranslation("audit.filter.clear"), click -> clearFilters());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClassName("clear-filters");

        HorizontalLayout bar = new HorizontalLayout(user, recordType, recordId, actions, from, to, clear);
        bar.addClassName("toolbar");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.setWrap(true);
        return bar;
    }

    private Grid<AuditEntry> configureGrid() {
        Grid.Column<AuditEntry> when = grid.addColumn(entry -> Formats.dateTime(entry.occurredAt())).setKey("when")
                .setHeader(getTranslation("audit.column.when")).setSortProperty("occurredAt").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditTexts::actor).setKey("who").setHeader(getTranslation("audit.column.who"))
                .setAutoWidth(true);
        grid.addColumn(entry -> UiTexts.label(entry.action())).setKey("action")
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(AuditTexts::record).setKey("record").setHeader(getTranslation("audit.column.record"))
                .setAutoWidth(true);
        grid.addColumn(entry -> String.join(", ", entry.changedFields().stream().map(AuditTexts::field).toList()))
                .setKey("changes").setHeader(getTranslation("audit.column.changes")).setFlexGrow(2);
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setKey("detail")
                .setHeader(getTranslation("audit.column.detail")).setFlexGrow(2);
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(when, SortDirection.DESCENDING)));
        grid.setItemsPageable(pageable -> audit.search(filter(), pageable));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.addThemeVariants(GridVariant.AURA_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addClassNames("audit-grid", "clickable-rows");
        grid.setSizeFull();
        return grid;
    }

    AuditFilter filter() {
        ZoneId zone = Formats.zone();
        return new AuditFilter(user.getValue(), recordType.getValue(), recordNumber(), actions.getValue(),
                startOf(from.getValue(), zone), startOf(to.getValue() == null ? null : to.getValue().plusDays(1),
                zone));
    }

    private @Nullable Long recordNumber() {
        String typed = recordId.getValue().strip();
        try {
            return typed.isEmpty() ? null : Long.parseLong(typed);
        } catch (NumberFormatException tooLong) {
            return -1L;
        }
    }

    private static @Nullable Instant startOf(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private void clearFilters() {
        user.clear();
        recordType.clear();
        recordId.clear();
        actions.clear();
        from.clear();
        to.clear();
    }

    void open(AuditEntry row) {
        audit.find(row.id()).ifPresent(entry -> new AuditEventDialog(entry).open());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
