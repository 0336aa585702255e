package org.interlocutor.shared.crypto;

import org.interlocutor.shared.UserFacingException;

/**
 * An encrypted value that cannot be opened: altered in the database, or sealed with a key the application was not
 * given. The person at the screen reads that the record's details cannot be read and whom to tell; the log and
 * {@link #getMessage()} say which value and which key, never the value itself.
 */
public class SealedValueException extends UserFacingException {

    private final String detail;

    SealedValueException(String detail) {
        super("crypto.error.unreadable");
        this.detail = detail;
    }

    static SealedValueException altered(String context, String keyId) {
        return new SealedValueException("An encrypted value (" + context + ") failed its integrity check under key '"
                + keyId + "': it was altered in the database, or sealed with another key that has the same id.");
    }

    static SealedValueException unknownKey(String context, String keyId) {
        return new SealedValueException("An encrypted value (" + context + ") was sealed with key '" + keyId
                + "', which this application was not given: add it to INTERLOCUTOR_ENCRYPTION_OLD_KEYS as '" + keyId
                + ":<base64>' and run rotate-keys.");
    }

    static SealedValueException malformed(String context) {
        return new SealedValueException("A value (" + context + ") of a confidential record is not in the encrypted"
                + " form 'enc1:<key id>:<base64>': it was altered in the database.");
    }

    @Override
    public String getMessage() {
        return detail;
    }
}
