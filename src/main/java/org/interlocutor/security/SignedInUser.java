package org.interlocutor.security;

/** The person using the application right now, as other features need to know them. */
public record SignedInUser(long id, String username, String displayName, Role role) {
}
