package org.interlocutor.importexport;

import org.jspecify.annotations.Nullable;

/**
 * The people a file has named so far, each key (an export id, an email, a name at an organisation) kept as a 64-bit
 * hash beside the row that named it: twelve bytes a key in two arrays instead of a map of texts, so that the heap
 * stays flat however long the file (a 100,000-row file held some 30 MB of keys). Two different keys with the same
 * hash, about one chance in a billion for a file at the row limit, would make the later row a "same person as row
 * n" skip, which the person sees in the report.
 */
final class SeenKeys {

    private long[] hashes = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** The row that named this key first, or null. */
    @Nullable Integer get(String key) {
        long hash = hash(key);
        for (int slot = slot(hash, hashes.length); hashes[slot] != 0; slot = (slot + 1) & (hashes.length - 1)) {
            if (hashes[slot] == hash) {
                return rows[slot];
            }
        }
        return null;
    }

    /** Remembers the row for this key unless a row named it before. */
    void putIfAbsent(String key, int row) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        long hash = hash(key);
        int slot = slot(hash, hashes.length);
        for (; hashes[slot] != 0; slot = (slot + 1) & (hashes.length - 1)) {
            if (hashes[slot] == hash) {
                return;
            }
        }
        hashes[slot] = hash;
        rows[slot] = row;
        size++;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = slot(oldHashes[i], hashes.length);
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & (hashes.length - 1);
                }
                hashes[slot] = oldHashes[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static int slot(long hash, int capacity) {
        return (int) (hash ^ (hash >>> 32)) & (capacity - 1);
    }

    /** FNV-1a over the characters, mixed once more; never 0, which marks an empty slot. */
    static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }
}
