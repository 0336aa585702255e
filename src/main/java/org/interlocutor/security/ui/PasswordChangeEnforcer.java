package org.interlocutor.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.interlocutor.shared.UserProfiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a password another person chose (the generated first password, an administrator's
 * reset) goes to their account page until they have chosen their own.
 */
@Component
@ConditionalOnWebApplication
class PasswordChangeEnforcer implements VaadinServiceInitListener {

    private final transient AuthenticationContext authentication;
    private final transient UserProfiles profiles;

    PasswordChangeEnforcer(AuthenticationContext authentication, UserProfiles profiles) {
        this.authentication = authentication;
        this.profiles = profiles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == AccountView.class || target == LoginView.class || !authentication.isAuthenticated()) {
            return;
        }
        authentication.getPrincipalName()
                .flatMap(profiles::profile)
                .filter(UserProfiles.UserProfile::mustChangePassword)
                .ifPresent(profile -> event.rerouteTo(AccountView.class));
    }
}
