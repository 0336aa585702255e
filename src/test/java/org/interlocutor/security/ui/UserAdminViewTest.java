package org.interlocutor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlocutor.ViewTest;
import org.interlocutor.security.NewUser;
import org.interlocutor.security.Role;
import org.interlocutor.security.UserFilter;
import org.interlocutor.security.UserRow;
import org.interlocutor.security.UserService;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ViewTest
@WithStaff(username = "screen.admin", role = Role.ADMIN)
class UserAdminViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserService users;

    private static String uniqueName(String base) {
        return base + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private UserRow existingUser(String username, Role role) {
        return users.create(new NewUser(username, "Existing Person", null, role, Language.ENGLISH,
                "a temporary passphrase"));
    }

    private UserRow stored(String username) {
        return users.list(new UserFilter(username, true), PageRequest.of(0, 1)).getContent().getFirst();
    }

    /** Narrows the grid to one user and returns its only row's cell component in the actions column. */
    private Button actionOnOnlyRow(UserAdminView view, String username, String buttonText) {
        test($(TextField.class).withClassName("search-field").single()).setValue(username);
        assertThat(test(view.grid).size()).isEqualTo(1);
        return $(Button.class).from(test(view.grid).getCellComponent(0, 6)).withText(buttonText).single();
    }

    @Test
    void administratorCreatesUserWithTheDialog() {
        UserAdminView view = navigate(UserAdminView.class);
        String username = uniqueName("created.in.dialog");

        test($(Button.class).withText("New user").single()).click();
        UserDialog dialog = $(UserDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.fullName).setValue("Amina Diallo");
        test(dialog.email).setValue("amina.diallo@example.org");
        test(dialog.role).selectItem("Manager");
        test(dialog.password).setValue("temporary passphrase one");
        test($(Button.class).withText("Create user").single()).click();

        UserRow created = stored(username);
        assertThat(created.fullName()).isEqualTo("Amina Diallo");
        assertThat(created.role()).isEqualTo(Role.MANAGER);
        assertThat($(UserDialog.class).exists()).isFalse();
        test($(TextField.class).withClassName("search-field").single()).setValue(username);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Amina Diallo");
    }

    @Test
    void tooShortPasswordIsShownBesideTheFieldAndNothingIsCreated() {
        navigate(UserAdminView.class);
        String username = uniqueName("short.password");

        test($(Button.class).withText("New user").single()).click();
        UserDialog dialog = $(UserDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.fullName).setValue("Short Password");
        test(dialog.password).setValue("too short");
        test($(Button.class).withText("Create user").single()).click();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("A password needs at least 12 characters.");
        assertThat(users.list(new UserFilter(username, true), PageRequest.of(0, 1)).getContent()).isEmpty();
    }

    @Test
    void administratorDisablesUserAfterConfirming() {
        UserAdminView view = navigate(UserAdminView.class);
        String username = uniqueName("to.disable");
        existingUser(username, Role.OFFICER);
        view.grid.getDataProvider().refreshAll();

        test(actionOnOnlyRow(view, username, "Disable")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(stored(username).enabled()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Span.class).from(test(view.grid).getCellComponent(0, 4))
                .single().getText()).isEqualTo("Disabled");
    }

    @Test
    void administratorChangesRoleWithTheEditDialog() {
        UserAdminView view = navigate(UserAdminView.class);
        String username = uniqueName("to.promote");
        existingUser(username, Role.VIEWER);
        view.grid.getDataProvider().refreshAll();

        test(actionOnOnlyRow(view, username, "Edit")).click();
        UserDialog dialog = $(UserDialog.class).single();
        assertThat(dialog.username.isReadOnly()).isTrue();
        test(dialog.role).selectItem("Advocacy officer");
        test($(Button.class).withText("Save").single()).click();

        assertThat(stored(username).role()).isEqualTo(Role.OFFICER);
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Advocacy officer");
    }

    @Test
    void administratorResetsPasswordWithAGeneratedOne() {
        UserAdminView view = navigate(UserAdminView.class);
        String username = uniqueName("to.reset");
        existingUser(username, Role.VIEWER);
        view.grid.getDataProvider().refreshAll();

        test(actionOnOnlyRow(view, username, "Reset password")).click();
        ResetPasswordDialog dialog = $(ResetPasswordDialog.class).single();
        test($(Button.class).from(dialog).withText("Generate").single()).click();
        String generated = dialog.password.getValue();
        test($(Button.class).from(dialog).withText("Reset password").single()).click();

        assertThat(generated).hasSizeGreaterThanOrEqualTo(12);
        assertThat($(Notification.class).last().getElement().getProperty("text", ""))
                .contains("has been reset");
    }
}
