package org.interlocutor.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who is signed in, for the features that record or filter by the current user. */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.toSignedInUser());
        }
        // Authenticated some other way (a test's mock user, a command-line run): resolve the name.
        return accounts.findByUsername(UserAccount.normalizeUsername(authentication.getName()))
                .map(account -> new SignedInUser(account.id(), account.username(), account.fullName(),
                        account.role()));
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
