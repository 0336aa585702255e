package org.interlocutor.shared;

import java.util.Arrays;

/**
 * A refusal the person at the screen can act on: a password too short, the last administrator about to be
 * demoted. It carries an i18n message key and its arguments, never a finished sentence, so each user reads it in
 * their own language.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
