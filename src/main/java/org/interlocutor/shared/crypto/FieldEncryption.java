package org.interlocutor.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seals and opens the text values of confidential records: {@code enc1:<key id>:<base64url of a random 96-bit
 * nonce, the AES-256-GCM ciphertext and its 128-bit tag>}. The context ("contact/email", "engagement/notes") is
 * authenticated with the value, so that a value moved to another kind of column does not open; the key id says
 * which key to open it with, so that values sealed under an older key stay readable until {@code rotate-keys}
 * re-encrypts them.
 *
 * <p>Blind indexes: {@code bi1:<key id>:<base64url>} of a keyed HMAC, to find an encrypted value by equality (an
 * email address on import) without storing it in clear.
 */
@Component
public class FieldEncryption {

    private static final Logger log = LoggerFactory.getLogger(FieldEncryption.class);

    static final String SEALED = "enc1:";
    static final String BLIND_INDEX = "bi1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int INDEX_BYTES = 24;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();
    private volatile KeyRing keys;

    FieldEncryption(KeyRing keys) {
        this.keys = keys;
    }

    /** Which records have their details encrypted at rest: CONFIDENTIAL ones. */
    public static boolean appliesTo(Sensitivity sensitivity) {
        return sensitivity == Sensitivity.CONFIDENTIAL;
    }

    public String currentKeyId() {
        return keys.current().id();
    }

    /** Encrypts under the current key. */
    public String seal(String context, String plain) {
        DataKey key = keys.current();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.encryptionKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(key.id(), context));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return SEALED + key.id() + ":" + ENCODER.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to encrypt", e);
        }
    }

    public @Nullable String sealNullable(String context, @Nullable String plain) {
        return plain == null ? null : seal(context, plain);
    }

    /** Decrypts what {@link #seal} wrote, under whichever known key sealed it; refuses anything altered. */
    public String open(String context, String stored) {
        if (!stored.startsWith(SEALED)) {
            throw refused(SealedValueException.malformed(context));
        }
        int colon = stored.indexOf(':', SEALED.length());
        if (colon < 0) {
            throw refused(SealedValueException.malformed(context));
        }
        String keyId = stored.substring(SEALED.length(), colon);
        DataKey key = keys.find(keyId).orElseThrow(() -> refused(SealedValueException.unknownKey(context, keyId)));
        byte[] bytes;
        try {
            bytes = DECODER.decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            throw refused(SealedValueException.malformed(context));
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw refused(SealedValueException.malformed(context));
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.encryptionKey(),
                    new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(keyId, context));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException altered) {
            throw refused(SealedValueException.altered(context, keyId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to decrypt", e);
        }
    }

    public @Nullable String openNullable(String context, @Nullable String stored) {
        return stored == null ? null : open(context, stored);
    }

    /** A value as a record of this sensitivity keeps it: sealed when encryption applies, else as it is. */
    public @Nullable String store(Sensitivity sensitivity, String context, @Nullable String plain) {
        return appliesTo(sensitivity) ? sealNullable(context, plain) : plain;
    }

    /** The clear value of what a record of this sensitivity keeps. */
    public @Nullable String read(Sensitivity sensitivity, String context, @Nullable String stored) {
        return appliesTo(sensitivity) ? openNullable(context, stored) : stored;
    }

    /** Whether a stored value is in the sealed form (whatever its key). */
    public static boolean isSealed(@Nullable String stored) {
        return stored != null && stored.startsWith(SEALED);
    }

    /**
     * The value sealed under the current key: unchanged when it already is, re-encrypted when an older key sealed
     * it, sealed when it is still in clear (a value written before encryption at rest existed).
     */
    public String reseal(String context, String stored) {
        if (!isSealed(stored)) {
            return seal(context, stored);
        }
        return stored.startsWith(SEALED + keys.current().id() + ":") ? stored : seal(context, open(context, stored));
    }

    /** The blind index of a value under the current key: equal values, equal indexes; nothing else learnt. */
    public String blindIndex(String context, String value) {
        return blindIndex(keys.current(), context, value);
    }

    /**
     * The blind indexes of a value under every key held, the current one first: a look-up must try them all while
     * a rotation is under way.
     */
    public Set<String> blindIndexes(String context, String value) {
        Set<String> indexes = new LinkedHashSet<>();
        for (DataKey key : keys.all()) {
            indexes.add(blindIndex(key, context, value));
        }
        return indexes;
    }

    public static boolean isBlindIndex(@Nullable String stored) {
        return stored != null && stored.startsWith(BLIND_INDEX);
    }

    /** Whether a blind index was made with the current key (else rotate-keys makes it again). */
    public boolean isCurrentBlindIndex(String stored) {
        return stored.startsWith(BLIND_INDEX + keys.current().id() + ":");
    }

    /** Replaces the keys without a restart: for the rotation test only; the application reads its keys once. */
    void useKeys(KeyRing newKeys) {
        this.keys = newKeys;
    }

    private static String blindIndex(DataKey key, String context, String value) {
        Mac mac = key.indexMac();
        mac.update(context.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return BLIND_INDEX + key.id() + ":" + ENCODER.encodeToString(Arrays.copyOf(digest, INDEX_BYTES));
    }

    /** The format, the key id and the context are authenticated with the value. */
    private static byte[] associatedData(String keyId, String context) {
        return (SEALED + keyId + ":" + context).getBytes(StandardCharsets.UTF_8);
    }

    private static SealedValueException refused(SealedValueException refusal) {
        log.error(refusal.getMessage());
        return refusal;
    }
}
