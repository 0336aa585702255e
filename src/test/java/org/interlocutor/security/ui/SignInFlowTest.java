package org.interlocutor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.login.LoginForm;
import org.interlocutor.ViewTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;

@ViewTest
class SignInFlowTest extends SpringBrowserlessTest {

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        navigate("admin/users", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(i18nOf(form)).contains("\"title\":\"Sign in\"");
    }

    /** The texts the login form shows, as the browser receives them. */
    private static String i18nOf(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void failedSignInShowsOneGenericMessage() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form))
                .contains("\"message\":\"The user name or password is not right. Check them and try again.\"");
    }

    @Test
    void aPausedSignInSaysForHowLongWithoutSayingWhetherTheAccountExists() {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "", "paused", "15")));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form)).contains("\"title\":\"Sign-in paused\"")
                .contains("There have been too many failed sign-ins with this user name, so sign-in with it is "
                        + "paused for 15 minutes. Try again after that, or ask an administrator to help.");
    }

    @Test
    void aPausedSignInIsExplainedInFrenchToo() {
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "", "paused", "1")));

        LoginForm form = $(LoginForm.class).single();
        assertThat(i18nOf(form)).contains("\"title\":\"Connexion suspendue\"")
                .contains("la connexion avec lui est suspendue pendant 1 minute.");
    }

    @Test
    void anUnreadablePauseInTheAddressShowsTheUsualMessage() {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "", "paused", "soon")));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form)).doesNotContain("paused")
                .contains("\"message\":\"The user name or password is not right. Check them and try again.\"");
    }

    @Test
    void loginFormOffersNoRememberMeAndNoPasswordHint() {
        navigate(LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(form.getElement().toString()).doesNotContainIgnoringCase("remember");
    }

    @Test
    @WithStaff(username = "flow.officer", role = Role.OFFICER)
    void officerCannotOpenUserAdministration() {
        navigate("admin/users", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
    }

    @Test
    @WithStaff(username = "flow.admin", role = Role.ADMIN)
    void administratorOpensUserAdministration() {
        UserAdminView view = navigate(UserAdminView.class);

        assertThat(view.getPageTitle()).isEqualTo("Users");
    }
}
