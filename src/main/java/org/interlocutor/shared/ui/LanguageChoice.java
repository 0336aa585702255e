package org.interlocutor.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.interlocutor.shared.Language;
import org.interlocutor.shared.UserProfiles;
import org.jspecify.annotations.Nullable;

/**
 * Switching the language: remembered on the account when someone is signed in, in the browser session before
 * that. The page is reloaded so that every text, the layout's too, is drawn again in the new language.
 */
public final class LanguageChoice {

    private static final String SESSION_ATTRIBUTE = LanguageChoice.class.getName();

    private LanguageChoice() {
    }

    public static void switchTo(Language language, @Nullable String username, UserProfiles profiles) {
        if (username != null) {
            profiles.changeLanguage(username, language);
        }
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_ATTRIBUTE, language);
        session.setLocale(language.locale());
        UI ui = UI.getCurrent();
        ui.setLocale(language.locale());
        ui.getPage().reload();
    }

    static Optional<Language> forAnonymousSession() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : Optional.ofNullable((Language) session.getAttribute(SESSION_ATTRIBUTE));
    }
}
