package org.interlocutor.security;

import org.jspecify.annotations.Nullable;

/** An administrator's edit of an account, made on the version they saw. */
public record UserChanges(String fullName, @Nullable String email, Role role, long version) {
}
