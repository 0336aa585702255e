package org.interlocutor.security;

import org.interlocutor.shared.Language;
import org.jspecify.annotations.Nullable;

/** What an administrator gives to create an account. The password is temporary: it must be changed at sign-in. */
public record NewUser(String username, String fullName, @Nullable String email, Role role, Language language,
                      String initialPassword) {
}
