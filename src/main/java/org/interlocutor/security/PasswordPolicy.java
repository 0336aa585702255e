package org.interlocutor.security;

import java.util.Optional;

/**
 * What a password must be: 12 to 128 characters (long passphrases welcome, unbounded input refused) and not the
 * user name itself. Length rather than composition rules, as NIST SP 800-63B recommends.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of what is wrong with the password, or empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.error.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.error.too-long");
        }
        if (!username.isBlank() && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("password.error.equals-username");
        }
        return Optional.empty();
    }
}
