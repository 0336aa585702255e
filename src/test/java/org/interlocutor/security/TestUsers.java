package org.interlocutor.security;

import java.time.Clock;
import java.util.function.Supplier;
import org.interlocutor.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates staff accounts for tests straight in the repository, without going through the administrators' service
 * and its security checks, and signs tests in as them. The account's password is {@link #PASSWORD}.
 */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContexts;

    TestUsers(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
              ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The account with this user name, created with the role if it does not exist yet. */
    @Transactional
    public UserAccount ensure(String username, Role role) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username))
                .orElseGet(() -> accounts.save(new UserAccount(username, displayName(username), null, role,
                        passwordEncoder.encode(PASSWORD), false, Language.ENGLISH, clock.instant())));
    }

    /** As {@link #ensure(String, Role)}, the account created with this email address. */
    @Transactional
    public UserAccount ensure(String username, Role role, String email) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username))
                .orElseGet(() -> accounts.save(new UserAccount(username, displayName(username), email, role,
                        passwordEncoder.encode(PASSWORD), false, Language.ENGLISH, clock.instant())));
    }

    /** Runs the body signed in as this staff member (created if need be), then signs the previous person back in. */
    public <T> T as(String username, Role role, Supplier<T> body) {
        SecurityContext previous = securityContexts.getContext();
        securityContexts.setContext(signedIn(ensure(username, role)));
        try {
            return body.get();
        } finally {
            securityContexts.setContext(previous);
        }
    }

    public void runAs(String username, Role role, Runnable body) {
        as(username, role, () -> {
            body.run();
            return null;
        });
    }

    /** A security context holding the account signed in exactly as the login form would sign them in. */
    static SecurityContext signedIn(UserAccount account) {
        StaffPrincipal principal = new StaffPrincipal(account);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        return context;
    }

    private static String displayName(String username) {
        String name = username.replace('.', ' ').replace('-', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
