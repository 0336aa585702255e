package org.interlocutor.shared.crypto;

/**
 * The encryption key is missing or unusable: the application refuses to start, with this message saying which
 * setting to fix. It never contains a key.
 */
public class EncryptionKeyException extends RuntimeException {

    public EncryptionKeyException(String message) {
        super(message);
    }
}
