package org.interlocutor.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.interlocutor.shared.Language;
import org.interlocutor.shared.UserProfiles;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Sets up every browser tab: the error handler, and the language, which is the signed-in person's own choice, or
 * before sign-in the one chosen on the login page, or else the browser's.
 */
@Component
@ConditionalOnWebApplication
class UiInitialization implements VaadinServiceInitListener {

    private final transient UserProfiles profiles;
    private final transient SecurityContextHolderStrategy securityContexts;

    UiInitialization(UserProfiles profiles, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.profiles = profiles;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit ->
                sessionInit.getSession().setErrorHandler(new UserErrorHandler()));
        event.getSource().addUIInitListener(uiInit -> applyLanguage(uiInit.getUI()));
    }

    private void applyLanguage(UI ui) {
        chosenLanguage().ifPresent(language -> {
            ui.setLocale(language.locale());
            VaadinSession session = ui.getSession();
            if (session != null) {
                session.setLocale(language.locale());
            }
        });
    }

    private Optional<Language> chosenLanguage() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return profiles.profile(authentication.getName()).map(UserProfiles.UserProfile::language);
        }
        return LanguageChoice.forAnonymousSession();
    }
}
