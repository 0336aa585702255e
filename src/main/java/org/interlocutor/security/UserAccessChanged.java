package org.interlocutor.security;

/**
 * A user's access was taken away or changed (disabled, role changed, password reset): the sessions they have open
 * must not carry on with the old access.
 */
public record UserAccessChanged(String username) {
}
