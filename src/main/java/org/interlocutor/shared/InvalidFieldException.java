package org.interlocutor.shared;

/** A refused value that belongs to one field of a form, so that the form can show the message beside it. */
public class InvalidFieldException extends UserFacingException {

    private final String field;

    public InvalidFieldException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
