package org.interlocutor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.OptionalLong;
import org.interlocutor.shared.Language;
import org.interlocutor.shared.UserProfiles;
import org.interlocutor.shared.ui.LanguageChoice;

/**
 * Sign-in. A wrong user name and a wrong password get the same message, so that the form does not tell which
 * user names exist; so does a pause after too many failures ({@code ?paused=<minutes>}), which says how long it
 * lasts whatever the name.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter saying for how many minutes sign-in with the name just tried is paused. */
    static final String PAUSED_PARAMETER = "paused";
    /** A pause is never announced as longer than a day, whatever the address says. */
    private static final long LONGEST_PAUSE_MINUTES = 24 * 60;

    private final transient AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();

    LoginView(AuthenticationContext authentication, UserProfiles profiles) {
        this.authentication = authentication;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());

        Div card = new Div();
        card.addClassName("login-card");
        H1 name = new H1(getTranslation("app.name"));
        name.addClassName("login-app-name");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");
        card.add(name, tagline, form, languageSwitch(profiles));
        add(card);
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    private Div languageSwitch(UserProfiles profiles) {
        Div languages = new Div();
        languages.addClassName("login-languages");
        for (Language language : Language.values()) {
            Button choice = new Button(getTranslation(language.messageKey()),
                    click -> LanguageChoice.switchTo(language, null, profiles));
            choice.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            choice.setEnabled(!language.locale().getLanguage().equals(getLocale().getLanguage()));
            languages.add(choice);
        }
        return languages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        OptionalLong pausedMinutes = parameters.getSingleParameter(PAUSED_PARAMETER).stream()
                .mapToLong(LoginView::minutes).filter(minutes -> minutes > 0).findFirst();
        if (pausedMinutes.isPresent()) {
            LoginI18n i18n = texts();
            i18n.getErrorMessage().setTitle(getTranslation("login.paused.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.paused.message", pausedMinutes.getAsLong()));
            form.setI18n(i18n);
            form.setError(true);
            return;
        }
        form.setError(parameters.getParameters().containsKey("error"));
    }

    /** The minutes the address gives, within bounds; 0 when it gives none that can be read. */
    private static long minutes(String text) {
        try {
            return Math.min(LONGEST_PAUSE_MINUTES, Math.max(0, Long.parseLong(text.strip())));
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
