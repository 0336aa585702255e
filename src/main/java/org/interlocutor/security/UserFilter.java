package org.interlocutor.security;

/** The user-administration list's filter: text in the user name, name or email; disabled accounts or not. */
public record UserFilter(String text, boolean includeDisabled) {

    public static final UserFilter ALL = new UserFilter("", true);
}
