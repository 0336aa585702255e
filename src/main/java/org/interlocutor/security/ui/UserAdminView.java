package org.interlocutor.security.ui;

import org.interlocutor.shared.ui.FilterFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.interlocutor.security.UserFilter;
import org.interlocutor.security.UserRow;
import org.interlocutor.security.UserService;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;

/** Administrators manage staff accounts: create, edit, change role, disable or enable, reset a password. */
@Route("admin/users")
@RolesAllowed("ADMIN")
@Menu(title = "menu.users", order = 900, icon = "vaadin:users")
class UserAdminView extends Main implements HasDynamicTitle {

    private final transient UserService users;
    private final TextField search = new TextField();
    private final Checkbox showDisabled = new Checkbox();
    final Grid<UserRow> grid = new Grid<>(UserRow.class, false);

    UserAdminView(UserService users) {
        this.users = users;
        addClassNames("view", "user-admin-view");
        add(toolbar(), configureGrid());
    }

    private Component toolbar() {
        FilterFields.search(search, getTranslation("users.search"));
        search.addValueChangeListener(change -> refresh());

        showDisabled.setLabel(getTranslation("users.show-disabled"));
        showDisabled.setValue(true);
        showDisabled.addValueChangeListener(change -> refresh());

        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), click -> openNewUserDialog());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("new-user");

        Div spacer = new Div();
        spacer.addClassName("toolbar-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(search, showDisabled, spacer, create);
        toolbar.addClassName("toolbar");
        toolbar.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        toolbar.setWidthFull();
        return toolbar;
    }

    private Grid<UserRow> configureGrid() {
        var username = grid.addColumn(UserRow::username).setHeader(getTranslation("users.column.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(UserRow::fullName).setHeader(getTranslation("users.column.full-name"))
                .setSortProperty("fullName").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> row.email() == null ? "" : row.email()).setHeader(getTranslation("users.column.email"))
                .setSortProperty("email").setAutoWidth(true);
        grid.addColumn(row -> UiTexts.label(row.role())).setHeader(getTranslation("users.column.role"))
                .setSortProperty("role").setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.column.status"))
                .setSortProperty("enabled").setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.lastSignInAt()))
                .setHeader(getTranslation("users.column.last-sign-in")).setSortProperty("lastSignInAt")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(username, com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        grid.setItemsPageable(pageable -> users.list(filter(), pageable).getContent());
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.setSizeFull();
        return grid;
    }

    private UserFilter filter() {
        return new UserFilter(search.getValue(), showDisabled.getValue());
    }

    private Span status(UserRow row) {
        Span status = new Span(getTranslation(row.enabled() ? "users.status.active" : "users.status.disabled"));
        status.addClassNames("status-pill", row.enabled() ? "status-active" : "status-disabled");
        return status;
    }

    private Component actions(UserRow row) {
        Button edit = new Button(getTranslation("users.edit"), click -> openEditDialog(row));
        Button reset = new Button(getTranslation("users.reset-password"), click -> openResetDialog(row));
        Button toggle = new Button(getTranslation(row.enabled() ? "users.disable" : "users.enable"),
                click -> confirmEnabledChange(row));
        for (Button button : List.of(edit, reset, toggle)) {
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        }
        edit.addClassName("edit-user");
        reset.addClassName("reset-password");
        toggle.addClassName(row.enabled() ? "disable-user" : "enable-user");
        HorizontalLayout actions = new HorizontalLayout(edit, reset, toggle);
        actions.setSpacing(false);
        return actions;
    }

    private void openNewUserDialog() {
        UserDialog.forNewUser(users, created -> {
            Notifications.success(getTranslation("users.created", created.username()));
            refresh();
        }).open();
    }

    private void openEditDialog(UserRow row) {
        UserDialog.forExistingUser(users, row, saved -> {
            Notifications.success(getTranslation("users.saved", saved.username()));
            refresh();
        }, this::refresh).open();
    }

    private void openResetDialog(UserRow row) {
        new ResetPasswordDialog(users, row).open();
    }

    private void confirmEnabledChange(UserRow row) {
        boolean disabling = row.enabled();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(disabling ? "users.disable.title" : "users.enable.title", row.fullName()));
        confirm.setText(getTranslation(disabling ? "users.disable.text" : "users.enable.text", row.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(disabling ? "users.disable" : "users.enable"));
        if (disabling) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(event -> {
            try {
                users.setEnabled(row.id(), row.version(), !disabling);
                Notifications.success(getTranslation(disabling ? "users.disabled" : "users.enabled", row.username()));
            } catch (UserFacingException refused) {
                Notifications.error(UiTexts.message(refused));
            }
            refresh();
        });
        confirm.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
