package org.interlocutor.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a command-line run in as an existing account, so that commands go through the same services and the same
 * need-to-know rule as the screens, under a name the records will carry.
 */
@Component
public class CommandLineSignIn {

    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy securityContexts;

    CommandLineSignIn(UserAccountRepository accounts,
                      ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.accounts = accounts;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Signs in as the named enabled account; fails with a clear message when there is none. */
    @Transactional(readOnly = true)
    public SignedInUser as(String username) {
        UserAccount account = accounts.findByUsername(UserAccount.normalizeUsername(username))
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new IllegalArgumentException("There is no enabled user '" + username + "'"));
        return signIn(account);
    }

    /** Signs in as the first enabled administrator (by id): the account that set the system up. */
    @Transactional(readOnly = true)
    public SignedInUser asAdministrator() {
        UserAccount admin = accounts.findByRoleAndEnabledTrueOrderById(Role.ADMIN).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("There is no enabled administrator"));
        return signIn(admin);
    }

    private SignedInUser signIn(UserAccount account) {
        StaffPrincipal principal = new StaffPrincipal(account);
        securityContexts.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return principal.toSignedInUser();
    }
}
