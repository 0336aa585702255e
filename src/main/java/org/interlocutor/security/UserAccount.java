package org.interlocutor.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.interlocutor.shared.Language;
import org.interlocutor.shared.audit.RecordFields;
import org.jspecify.annotations.Nullable;

/** A staff account. The user name is stored in lower case: sign-in is not case-sensitive on it. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private boolean enabled = true;

    @Column(nullable = false)
    private String language;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
        this.username = "";
        this.fullName = "";
        this.passwordHash = "";
        this.role = Role.VIEWER;
        this.language = Language.ENGLISH.tag();
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    UserAccount(String username, String fullName, @Nullable String email, Role role, String passwordHash,
                boolean temporaryPassword, Language language, Instant now) {
        this.username = normalizeUsername(username);
        this.fullName = fullName.strip();
        this.email = email;
        this.role = role;
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporaryPassword;
        this.language = language.tag();
        this.createdAt = now;
        this.updatedAt = now;
    }

    static String normalizeUsername(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public @Nullable String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    public Language language() {
        return Language.fromTag(language);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public @Nullable Instant lastSignInAt() {
        return lastSignInAt;
    }

    public long version() {
        return version;
    }

    String passwordHash() {
        return passwordHash;
    }

    /**
     * An account as the audit trail compares it before and after a change. The password hash is never among the
     * values: a new password is filed as a masked change.
     */
    RecordFields auditFields() {
        return RecordFields.of()
                .put("username", username)
                .put("fullName", fullName)
                .put("email", email)
                .put("role", role)
                .put("enabled", enabled)
                .put("language", language)
                .put("mustChangePassword", mustChangePassword);
    }

    void rename(String fullName, @Nullable String email, Instant now) {
        this.fullName = fullName.strip();
        this.email = email;
        this.updatedAt = now;
    }

    void changeRole(Role role, Instant now) {
        this.role = role;
        this.updatedAt = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void changeLanguage(Language language, Instant now) {
        this.language = language.tag();
        this.updatedAt = now;
    }

    /** A new password; {@code temporary} when someone else chose it and the owner must replace it. */
    void changePassword(String passwordHash, boolean temporary, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporary;
        this.updatedAt = now;
    }

    void signedIn(Instant now) {
        this.lastSignInAt = now;
    }
}
