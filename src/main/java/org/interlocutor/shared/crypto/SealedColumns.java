package org.interlocutor.shared.crypto;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A feature's encrypted columns, as {@code rotate-keys} re-encrypts them: each feature that seals values provides
 * one (its tables stay its own), and the command runs them all.
 */
public interface SealedColumns {

    /** What the columns hold, for the command's report: "contacts", "engagements". */
    String name();

    /**
     * Re-encrypts under the current key every value, and remakes every blind index, that an older key made; values
     * already under the current key are left as they are, so that an interrupted rotation can simply run again.
     * Runs in the caller's transaction; returns how many records it rewrote.
     */
    long reseal(JdbcTemplate jdbc);
}
