package org.interlocutor.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * One data key: its id, written in front of every value it seals, and the two keys derived from its 32 bytes, one
 * for AES-GCM and one for the HMAC of blind indexes (never the same key for two purposes). Its text never shows the
 * key.
 */
public final class DataKey {

    static final int KEY_BYTES = 32;
    /** Written into every encrypted value: short, and no ':' since the id ends at the first one. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    private final String id;
    private final SecretKey encryptionKey;
    /** One HMAC per thread, made once: an import computes a blind index for every email it reads. */
    private final ThreadLocal<Mac> indexMac;

    private DataKey(String id, SecretKey encryptionKey, SecretKey indexKey) {
        this.id = id;
        this.encryptionKey = encryptionKey;
        this.indexMac = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(indexKey);
                return mac;
            } catch (GeneralSecurityException impossible) {
                throw new IllegalStateException("HmacSHA256 is missing from this JDK", impossible);
            }
        });
    }

    /**
     * A key from its 32 bytes; without an id, the id is "k" and the first eight hex digits of the key's SHA-256, so
     * that two different keys never share an id by mistake.
     */
    static DataKey of(@Nullable String id, byte[] material) {
        if (material.length != KEY_BYTES) {
            throw new IllegalArgumentException("a key must be 32 bytes, this one is " + material.length);
        }
        String keyId = id == null || id.isBlank() ? fingerprint(material) : id.strip();
        if (!ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("a key id is 1 to 16 letters, digits, '-' or '_', not '" + keyId + "'");
        }
        return new DataKey(keyId, new SecretKeySpec(derive(material, "interlocutor/aes-gcm/v1"), "AES"),
                new SecretKeySpec(derive(material, "interlocutor/blind-index/v1"), "HmacSHA256"));
    }

    public String id() {
        return id;
    }

    SecretKey encryptionKey() {
        return encryptionKey;
    }

    /** This thread's HMAC under the blind-index key, ready for a new message. */
    Mac indexMac() {
        return indexMac.get();
    }

    private static String fingerprint(byte[] material) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material);
            return "k" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", impossible);
        }
    }

    /** HMAC-SHA256 of a purpose under the key: a sub-key for that purpose only (HKDF's expand step, one block). */
    private static byte[] derive(byte[] material, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", impossible);
        }
    }

    @Override
    public String toString() {
        return "DataKey[" + id + "]";
    }
}
