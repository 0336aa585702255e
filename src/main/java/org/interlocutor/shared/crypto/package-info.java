/**
 * Encryption at rest of the details of CONFIDENTIAL records (a contact's emails, phones and consent note, an
 * engagement's notes and outcome): AES-GCM under a key that comes from the environment and never from the database,
 * keyed HMAC "blind indexes" so that an encrypted email can still be matched, and the {@code rotate-keys} command
 * that re-encrypts everything under a new key. Each feature seals its own columns ({@link
 * org.interlocutor.shared.crypto.SealedColumns}); need-to-know is unchanged: this is defence in depth against a
 * stolen database or backup.
 */
@NullMarked
package org.interlocutor.shared.crypto;

import org.jspecify.annotations.NullMarked;
