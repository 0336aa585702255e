package org.interlocutor.security;

import java.time.Clock;
import org.interlocutor.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without any user, creates the first administrator so that someone can sign in. The password comes
 * from the environment or is generated and printed once; there is never a default password.
 */
@Component
@Order(0) // before any command-line task, which may need an administrator
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String username;
    private final String configuredPassword;

    InitialAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                         @Value("${interlocutor.initial-admin.username:admin}") String username,
                         @Value("${interlocutor.initial-admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? PasswordGenerator.generate() : configuredPassword;
        PasswordPolicy.problem(username, password).ifPresent(problem -> {
            throw new IllegalStateException("INTERLOCUTOR_ADMIN_PASSWORD is not acceptable (" + problem
                    + "): it needs " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                    + " characters and may not equal the user name");
        });
        accounts.save(new UserAccount(username, "Administrator", null, Role.ADMIN, passwordEncoder.encode(password),
                generated, Language.ENGLISH, clock.instant()));
        if (generated) {
            log.warn("""

                    ==================================================================
                    No user existed: created the administrator '{}' with the password
                        {}
                    It is shown this once. Sign in and choose your own password.
                    ==================================================================""", username, password);
        } else {
            log.info("No user existed: created the administrator '{}' with the password from "
                    + "INTERLOCUTOR_ADMIN_PASSWORD", username);
        }
    }
}
