package org.interlocutor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import org.interlocutor.ViewTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.UserService;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ViewTest
class AccountViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    @WithStaff(username = "polyglot", role = Role.VIEWER)
    void choosingFrenchOnTheAccountPageIsRememberedAndTranslatesTheScreens() {
        AccountView english = navigate(AccountView.class);
        assertThat(english.getPageTitle()).isEqualTo("My account");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Language> languages = $(RadioButtonGroup.class).single();
        test(languages).selectItem("Français");

        assertThat(users.profile("polyglot").orElseThrow().language()).isEqualTo(Language.FRENCH);
        AccountView french = navigate(AccountView.class);
        assertThat(french.getPageTitle()).isEqualTo("Mon compte");
        assertThat($(Button.class).withText("Changer le mot de passe").exists()).isTrue();
    }

    @Test
    @WithStaff(username = "polyglot.menu", role = Role.VIEWER)
    void languageCanBeSwitchedFromTheUserMenuInTheHeader() {
        navigate(AccountView.class);

        MenuBar userMenu = $(MenuBar.class).withClassName("user-menu").single();
        new MenuBarTester<>(userMenu).clickItem(0, 2, 1);

        assertThat(users.profile("polyglot.menu").orElseThrow().language()).isEqualTo(Language.FRENCH);
    }

    @Test
    @WithStaff(username = "password.owner", role = Role.OFFICER)
    void changingPasswordNeedsMatchingRepetition() {
        navigate(AccountView.class);
        PasswordField current = $(PasswordField.class).withLabel("Current password").single();
        PasswordField fresh = $(PasswordField.class).withLabel("New password").single();
        PasswordField repeat = $(PasswordField.class).withLabel("Repeat the new password").single();

        test(current).setValue(TestUsers.PASSWORD);
        test(fresh).setValue("a different passphrase");
        test(repeat).setValue("not the same passphrase");
        test($(Button.class).withText("Change password").single()).click();

        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two new passwords are not the same.");
    }

    @Test
    @WithStaff(username = "password.owner2", role = Role.OFFICER)
    void wrongCurrentPasswordIsShownBesideItsField() {
        navigate(AccountView.class);
        PasswordField current = $(PasswordField.class).withLabel("Current password").single();

        test(current).setValue("this is not it at all");
        test($(PasswordField.class).withLabel("New password").single()).setValue("a different passphrase");
        test($(PasswordField.class).withLabel("Repeat the new password").single()).setValue("a different passphrase");
        test($(Button.class).withText("Change password").single()).click();

        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The current password is not right.");
    }
}
