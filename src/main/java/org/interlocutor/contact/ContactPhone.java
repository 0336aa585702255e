package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.jspecify.annotations.Nullable;

/** A phone number of a contact; a confidential contact's number and label are kept encrypted. */
@Embeddable
class ContactPhone {

    @Column(nullable = false)
    private String phone = "";

    private @Nullable String label;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected ContactPhone() {
        // for JPA
    }

    private ContactPhone(String phone, @Nullable String label, boolean primary) {
        this.phone = phone;
        this.label = label;
        this.primary = primary;
    }

    /** The entry as a contact of this sensitivity keeps it. */
    static ContactPhone of(PhoneEntry entry, Sensitivity sensitivity, FieldEncryption encryption) {
        String label = entry.label() == null || entry.label().isBlank() ? null : entry.label().strip();
        String phone = entry.phone().strip();
        return new ContactPhone(FieldEncryption.appliesTo(sensitivity) ? encryption.seal(ContactSecrets.PHONE, phone)
                : phone, encryption.store(sensitivity, ContactSecrets.LABEL, label), entry.primary());
    }

    /** The number as stored: encrypted for a confidential contact. */
    String phone() {
        return phone;
    }

    /** The label as stored: encrypted for a confidential contact. */
    @Nullable String label() {
        return label;
    }

    boolean primary() {
        return primary;
    }

    PhoneEntry toEntry(Sensitivity sensitivity, FieldEncryption encryption) {
        return new PhoneEntry(encryption.read(sensitivity, ContactSecrets.PHONE, phone),
                encryption.read(sensitivity, ContactSecrets.LABEL, label), primary);
    }
}
