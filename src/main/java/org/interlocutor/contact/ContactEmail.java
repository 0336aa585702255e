package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An email address of a contact, with its lower-case key for finding duplicates. */
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

    ContactEmail(String email, @Nullable String label, boolean primary) {
        this.email = email.strip();
        this.emailKey = key(email);
        this.label = label == null || label.isBlank() ? null : label.strip();
        this.primary = primary;
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    String email() {
        return email;
    }

    @Nullable String label() {
        return label;
    }

    boolean primary() {
        return primary;
    }

    EmailEntry toEntry() {
        return new EmailEntry(email, label, primary);
    }
}
