package org.interlocutor.security;

import java.time.Instant;
import org.interlocutor.shared.Language;
import org.jspecify.annotations.Nullable;

/** A staff account as the user-administration screen shows it. */
public record UserRow(long id, String username, String fullName, @Nullable String email, Role role,
                      boolean enabled, Language language, @Nullable Instant lastSignInAt, long version) {

    static UserRow of(UserAccount account) {
        return new UserRow(account.id(), account.username(), account.fullName(), account.email(), account.role(),
                account.enabled(), account.language(), account.lastSignInAt(), account.version());
    }
}
