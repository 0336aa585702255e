package org.interlocutor.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who is signed in, for the features that record or filter by the current user. */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy securityContexts;

    /**
     * Reads the security context through the same strategy as this application's method security (Vaadin installs
     * its own): with several applications in one JVM, as in tests, the static holder may belong to another one.
     */
    CurrentUser(UserAccountRepository accounts, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.accounts = accounts;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> get() {
        return of(securityContexts.getContext().getAuthentication());
    }

    /**
     * The staff member an authentication stands for, when it is not the one in the security context: the person
     * who just signed in or out, for the audit trail.
     */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> of(@Nullable Authentication authentication) {
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
