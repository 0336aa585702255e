package org.interlocutor.security;

import java.time.Clock;
import org.interlocutor.shared.Language;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates staff accounts for tests straight in the repository, without going through the administrators' service
 * and its security checks. The account's password is {@link #PASSWORD}.
 */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    TestUsers(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The account with this user name, created with the role if it does not exist yet. */
    @Transactional
    public UserAccount ensure(String username, Role role) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username))
                .orElseGet(() -> accounts.save(new UserAccount(username, displayName(username), null, role,
                        passwordEncoder.encode(PASSWORD), false, Language.ENGLISH, clock.instant())));
    }

    private static String displayName(String username) {
        String name = username.replace('.', ' ').replace('-', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
