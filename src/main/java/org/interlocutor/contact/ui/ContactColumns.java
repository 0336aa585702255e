package org.interlocutor.contact.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.Grid.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;

/**
 * The contacts grid's columns, each with a short id used in the address and in saved views ({@code cols=name,email})
 * and whether it shows by default.
 */
final class ContactColumns {

    /** What fits a laptop screen; email, phone, position, influence, stance and tags are one click away. */
    static final List<String> DEFAULT = List.of("name", "organization", "category", "country", "owner",
            "sensitivity", "last-engaged");

    private static final Map<String, String> WIDE = Map.of("name", "12rem", "organization", "14rem",
            "email", "14rem", "job-title", "12rem", "tags", "12rem");

    private final Map<String, Column<ContactRow>> columns = new LinkedHashMap<>();

    ContactColumns(Grid<ContactRow> grid, CountryService countries, Locale locale) {
        add(grid, "name", grid.addColumn(ContactRow::displayName).setSortProperty("sortName"));
        add(grid, "organization", grid.addColumn(row -> text(row.organizationName()))
                .setSortProperty("organizationName"));
        add(grid, "job-title", grid.addColumn(row -> text(row.jobTitle())).setSortProperty("jobTitle"));
        add(grid, "category", grid.addColumn(row -> UiTexts.label(row.category())).setSortProperty("category"));
        add(grid, "country", grid.addColumn(row -> countries.name(row.countryCode(), locale))
                .setSortProperty("countryCode"));
        add(grid, "email", grid.addColumn(row -> text(row.primaryEmail())).setSortProperty("primaryEmail"));
        add(grid, "phone", grid.addColumn(row -> text(row.primaryPhone())));
        add(grid, "owner", grid.addColumn(row -> text(row.ownerName())).setSortProperty("ownerId"));
        add(grid, "sensitivity", grid.addComponentColumn(row -> Pills.sensitivity(row.sensitivity()))
                .setSortProperty("sensitivity"));
        add(grid, "influence", grid.addColumn(row -> row.influence() == null ? "" : row.influence().toString())
                .setSortProperty("influence"));
        add(grid, "stance", grid.addColumn(row -> UiTexts.label(row.stance())).setSortProperty("stance"));
        // not sortable: the day each reader sees is the latest meeting they may see, which no index orders by
        add(grid, "last-engaged", grid.addColumn(row -> Formats.date(row.lastEngagedOn())));
        add(grid, "tags", grid.addColumn(row -> String.join(", ", row.tags())));
        // Long texts get room and wrap out of sight rather than pushing the other columns off the screen.
        WIDE.forEach((id, width) -> columns.get(id).setAutoWidth(false).setWidth(width).setFlexGrow(1));
    }

    private void add(Grid<ContactRow> grid, String id, Column<ContactRow> column) {
        column.setKey(id).setHeader(grid.getTranslation("contacts.column." + id)).setResizable(true)
                .setAutoWidth(true);
        columns.put(id, column);
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    List<String> ids() {
        return List.copyOf(columns.keySet());
    }

    Column<ContactRow> column(String id) {
        return columns.get(id);
    }

    /** Shows exactly these columns (the default ones when the list is empty or names none that exist). */
    void show(List<String> visible) {
        List<String> chosen = visible.stream().filter(columns::containsKey).toList();
        List<String> effective = chosen.isEmpty() ? DEFAULT : chosen;
        columns.forEach((id, column) -> column.setVisible(effective.contains(id)));
    }

    List<String> visible() {
        List<String> visible = new ArrayList<>();
        columns.forEach((id, column) -> {
            if (column.isVisible()) {
                visible.add(id);
            }
        });
        return visible;
    }

    /** The visible columns for the address: nothing when they are the default ones. */
    List<String> forAddress() {
        List<String> visible = visible();
        return visible.equals(DEFAULT) ? List.of() : visible;
    }
}
