package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A phone number of a contact. */
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

    ContactPhone(String phone, @Nullable String label, boolean primary) {
        this.phone = phone.strip();
        this.label = label == null || label.isBlank() ? null : label.strip();
        this.primary = primary;
    }

    String phone() {
        return phone;
    }

    boolean primary() {
        return primary;
    }

    PhoneEntry toEntry() {
        return new PhoneEntry(phone, label, primary);
    }
}
