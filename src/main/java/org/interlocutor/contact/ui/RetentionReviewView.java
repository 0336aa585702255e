package org.interlocutor.contact.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.interlocutor.contact.BulkAction;
import org.interlocutor.contact.BulkSelection;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.RetentionPolicy;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;

/**
 * The retention review: the people not engaged for the configured number of years, so that managers and
 * administrators decide whether the NGO still needs their data, and archive those it does not.
 */
@Route(AppRoutes.RETENTION)
@RolesAllowed({"ADMIN", "MANAGER"})
@Menu(title = "retention.menu", order = 910, icon = "vaadin:hourglass")
class RetentionReviewView extends Main implements HasDynamicTitle {

    private final transient ContactService contacts;
    private final LocalDate cutoff;
    final Grid<ContactRow> grid = new Grid<>(ContactRow.class, false);
    final Span count = new Span();
    final Button archive = new Button();

    RetentionReviewView(ContactService contacts, RetentionPolicy policy) {
        this.contacts = contacts;
        this.cutoff = policy.cutoff();
        addClassNames("view", "retention-view");
        Paragraph rule = new Paragraph(getTranslation("retention.rule", policy.years(), Formats.date(cutoff)));
        rule.addClassName("view-intro");
        count.addClassName("list-count");
        archive.setText(getTranslation("retention.archive"));
        archive.setIcon(VaadinIcon.ARCHIVE.create());
        archive.addThemeVariants(ButtonVariant.ERROR);
        archive.addClassName("archive-ticked");
        archive.setEnabled(false);
        archive.addClickListener(click -> confirmArchive());
        Div spacer = new Div();
        spacer.addClassName("toolbar-spacer");
        Div bar = new Div(count, spacer, archive);
        bar.addClassName("list-actions");
        add(rule, bar, configureGrid());
        showCount();
    }

    private Grid<ContactRow> configureGrid() {
        grid.addColumn(ContactRow::displayName).setKey("name").setHeader(getTranslation("contacts.column.name"))
                .setSortProperty("sortName").setFlexGrow(2);
        grid.addColumn(row -> row.organizationName() == null ? "" : row.organizationName()).setKey("organization")
                .setHeader(getTranslation("contacts.column.organization")).setSortProperty("organizationName")
                .setFlexGrow(2);
        grid.addColumn(row -> UiTexts.label(row.category())).setKey("category")
                .setHeader(getTranslation("contacts.column.category")).setAutoWidth(true);
        grid.addColumn(row -> row.lastEngagedOn() == null ? getTranslation("retention.never")
                        : Formats.date(row.lastEngagedOn())).setKey("last-engaged")
                .setHeader(getTranslation("contacts.column.last-engaged"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.ownerName() == null ? "" : row.ownerName()).setKey("owner")
                .setHeader(getTranslation("contacts.column.owner")).setAutoWidth(true);
        grid.addComponentColumn(row -> Pills.sensitivity(row.sensitivity())).setKey("sensitivity")
                .setHeader(getTranslation("contacts.column.sensitivity")).setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> archive.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(AppRoutes.contact(click.getItem().id())));
        grid.addThemeVariants(GridVariant.AURA_NO_BORDER);
        grid.setItemsPageable(pageable -> contacts.notEngagedSince(cutoff, pageable),
                pageable -> contacts.countNotEngagedSince(cutoff));
        grid.setEmptyStateText(getTranslation("retention.empty"));
        grid.addClassName("retention-grid");
        grid.setSizeFull();
        return grid;
    }

    private void confirmArchive() {
        Set<Long> ids = grid.getSelectedItems().stream().map(ContactRow::id).collect(Collectors.toSet());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("retention.archive.title", ids.size()));
        confirm.setText(getTranslation("retention.archive.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("retention.archive"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> archive(ids));
        confirm.open();
    }

    void archive(Set<Long> ids) {
        try {
            int archived = contacts.bulk(BulkSelection.of(ids), new BulkAction.Archive());
            Notifications.success(getTranslation("retention.archived", archived));
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("retention.count", contacts.countNotEngagedSince(cutoff)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.title");
    }
}
