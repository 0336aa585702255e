package org.interlocutor.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each account's last sign-in, which administrators see when reviewing accounts. */
@Component
class SignInRecorder {

    private final UserAccountRepository accounts;
    private final Clock clock;

    SignInRecorder(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
            accounts.findByUsername(principal.getUsername()).ifPresent(account -> account.signedIn(clock.instant()));
        }
    }
}
