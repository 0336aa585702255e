package org.interlocutor.shared.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keys the application holds: the current one, which seals every new value, and older ones that only open what
 * they sealed, until {@code rotate-keys} has re-encrypted it under the current one.
 */
public record KeyRing(DataKey current, List<DataKey> older) {

    public KeyRing {
        older = List.copyOf(older);
        Set<String> ids = new HashSet<>();
        ids.add(current.id());
        for (DataKey key : older) {
            if (!ids.add(key.id())) {
                throw new EncryptionKeyException("Two encryption keys have the id '" + key.id()
                        + "': every key, current or old, needs its own id (INTERLOCUTOR_ENCRYPTION_KEY_ID, and"
                        + " 'id:key' in INTERLOCUTOR_ENCRYPTION_OLD_KEYS).");
            }
        }
    }

    public static KeyRing of(DataKey current) {
        return new KeyRing(current, List.of());
    }

    public KeyRing withOlder(DataKey... keys) {
        List<DataKey> all = new ArrayList<>(older);
        all.addAll(List.of(keys));
        return new KeyRing(current, all);
    }

    Optional<DataKey> find(String id) {
        if (current.id().equals(id)) {
            return Optional.of(current);
        }
        return older.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    List<DataKey> all() {
        List<DataKey> all = new ArrayList<>(older.size() + 1);
        all.add(current);
        all.addAll(older);
        return all;
    }

    /**
     * A key as the environment gives it: base64 of 32 bytes (standard or URL-safe alphabet), with its id or without
     * (then derived from the key). {@code source} names where it came from for the error message, never the key.
     */
    public static DataKey parseKey(@Nullable String id, String base64, String source) {
        byte[] material;
        String text = base64.strip();
        try {
            material = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notStandard) {
            try {
                material = Base64.getUrlDecoder().decode(text);
            } catch (IllegalArgumentException notBase64) {
                throw new EncryptionKeyException(source + " is not base64 (make one with: openssl rand -base64 32).");
            }
        }
        try {
            return DataKey.of(id, material);
        } catch (IllegalArgumentException wrong) {
            throw new EncryptionKeyException(source + ": " + wrong.getMessage()
                    + " (make one with: openssl rand -base64 32).");
        }
    }

    /**
     * The old keys as INTERLOCUTOR_ENCRYPTION_OLD_KEYS lists them: "id:base64" (or a bare base64 key, its id then
     * derived from it), separated by commas, spaces or line breaks.
     */
    public static List<DataKey> parseOlder(@Nullable String list) {
        List<DataKey> keys = new ArrayList<>();
        if (list == null || list.isBlank()) {
            return keys;
        }
        int position = 0;
        for (String entry : list.strip().split("[,\\s]+")) {
            position++;
            int colon = entry.indexOf(':');
            String source = "INTERLOCUTOR_ENCRYPTION_OLD_KEYS, entry " + position;
            keys.add(colon < 0 ? parseKey(null, entry, source)
                    : parseKey(entry.substring(0, colon), entry.substring(colon + 1), source));
        }
        return keys;
    }
}
