package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.jspecify.annotations.Nullable;

/**
 * An email address of a contact, with its lower-case key for finding duplicates. A confidential contact's address
 * and label are kept encrypted, and its key is the blind index of the lower-case address (see {@link
 * ContactSecrets}).
 */
@Embeddable
class ContactEmail {

    @Column(nullable = false)
    private String email = "";

    @Column(name = "email_key", nullable = false)
    private String emailKey = "";

    private @Nullable String label;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected ContactEmail() {
        // for JPA
    }

    private ContactEmail(String email, String emailKey, @Nullable String label, boolean primary) {
        this.email = email;
        this.emailKey = emailKey;
        this.label = label;
        this.primary = primary;
    }

    /** The entry as a contact of this sensitivity keeps it. */
    static ContactEmail of(EmailEntry entry, Sensitivity sensitivity, FieldEncryption encryption) {
        String address = entry.email().strip();
        String label = entry.label() == null || entry.label().isBlank() ? null : entry.label().strip();
        if (!FieldEncryption.appliesTo(sensitivity)) {
            return new ContactEmail(address, key(address), label, entry.primary());
        }
        return new ContactEmail(encryption.seal(ContactSecrets.EMAIL, address),
                encryption.blindIndex(ContactSecrets.EMAIL, key(address)),
                encryption.sealNullable(ContactSecrets.LABEL, label), entry.primary());
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The address as stored: encrypted for a confidential contact. */
    String email() {
        return email;
    }

    /** The look-up key as stored: the blind index of the address for a confidential contact. */
    String emailKey() {
        return emailKey;
    }

    /** The label as stored: encrypted for a confidential contact. */
    @Nullable String label() {
        return label;
    }

    boolean primary() {
        return primary;
    }

    EmailEntry toEntry(Sensitivity sensitivity, FieldEncryption encryption) {
        return new EmailEntry(encryption.read(sensitivity, ContactSecrets.EMAIL, email),
                encryption.read(sensitivity, ContactSecrets.LABEL, label), primary);
    }
}
