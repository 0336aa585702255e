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
import org.interlocutor.shared.Language;
import org.interlocutor.shared.UserProfiles;
import org.interlocutor.shared.ui.LanguageChoice;

/**
 * Sign-in. A wrong user name and a wrong password get the same message, so that the form does not tell which
 * user names exist.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
