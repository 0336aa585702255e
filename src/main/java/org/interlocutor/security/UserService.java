package org.interlocutor.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.Language;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.UserProfiles;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordFields;
import org.interlocutor.shared.audit.RecordTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: what administrators do with them, and what each person does with their own. */
@Service
@Transactional
public class UserService implements UserProfiles {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME_LENGTH = 200;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<UserRow> list(UserFilter filter, Pageable pageable) {
        return accounts.search(SearchPatterns.contains(filter.text()), filter.includeDisabled(), pageable)
                .map(UserRow::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<UserRow> find(long id) {
        return accounts.findById(id).map(UserRow::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserRow create(NewUser newUser) {
        String username = UserAccount.normalizeUsername(newUser.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidFieldException("username", "user.error.username-format");
        }
        if (accounts.existsByUsername(username)) {
            throw new InvalidFieldException("username", "user.error.username-taken", username);
        }
        checkName(newUser.fullName());
        String email = checkedEmail(newUser.email());
        checkPassword(username, newUser.initialPassword(), "initialPassword");
        UserAccount account = accounts.save(new UserAccount(username, newUser.fullName(), email, newUser.role(),
                passwordEncoder.encode(newUser.initialPassword()), true, newUser.language(), clock.instant()));
        audit(AuditAction.CREATE, account, RecordFields.none(), true);
        return UserRow.of(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserRow update(long id, UserChanges changes) {
        UserAccount account = load(id, changes.version());
        RecordFields before = account.auditFields();
        checkName(changes.fullName());
        String email = checkedEmail(changes.email());
        if (account.role() != changes.role()) {
            if (account.role() == Role.ADMIN) {
                refuseIfLastAdmin(account, "user.error.last-admin-demote");
            }
            account.changeRole(changes.role(), clock.instant());
            events.publishEvent(new UserAccessChanged(account.username()));
        }
        account.rename(changes.fullName(), email, clock.instant());
        audit(AuditAction.UPDATE, account, before, false);
        return UserRow.of(accounts.saveAndFlush(account));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserRow setEnabled(long id, long version, boolean enabled) {
        UserAccount account = load(id, version);
        if (account.enabled() == enabled) {
            return UserRow.of(account);
        }
        if (!enabled) {
            if (account.id() == currentUser.require().id()) {
                throw new UserFacingException("user.error.disable-self");
            }
            if (account.role() == Role.ADMIN) {
                refuseIfLastAdmin(account, "user.error.last-admin-disable");
            }
            events.publishEvent(new UserAccessChanged(account.username()));
        }
        RecordFields before = account.auditFields();
        account.setEnabled(enabled, clock.instant());
        audit(AuditAction.UPDATE, account, before, false);
        return UserRow.of(accounts.saveAndFlush(account));
    }

    /** Sets a temporary password, which its owner must replace at their next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, String temporaryPassword) {
        UserAccount account = accounts.findById(id).orElseThrow(StaleRecordException::new);
        checkPassword(account.username(), temporaryPassword, "password");
        RecordFields before = account.auditFields();
        account.changePassword(passwordEncoder.encode(temporaryPassword), true, clock.instant());
        audit(AuditAction.UPDATE, account, before, true);
        events.publishEvent(new UserAccessChanged(account.username()));
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.require().id()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidFieldException("currentPassword", "password.error.current-wrong");
        }
        checkPassword(account.username(), newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new InvalidFieldException("newPassword", "password.error.unchanged");
        }
        RecordFields before = account.auditFields();
        account.changePassword(passwordEncoder.encode(newPassword), false, clock.instant());
        audit(AuditAction.UPDATE, account, before, true);
    }

    @Override
    @PreAuthorize("#username == authentication.name")
    @Transactional(readOnly = true)
    public Optional<UserProfile> profile(String username) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username))
                .map(account -> new UserProfile(account.username(), account.fullName(),
                        account.role().messageKey(), account.language(), account.mustChangePassword()));
    }

    @Override
    @PreAuthorize("#username == authentication.name")
    public void changeLanguage(String username, Language language) {
        accounts.findByUsername(UserAccount.normalizeUsername(username)).ifPresent(account -> {
            RecordFields before = account.auditFields();
            account.changeLanguage(language, clock.instant());
            audit(AuditAction.UPDATE, account, before, false);
        });
    }

    /** The signed-in person's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserRow myAccount() {
        return accounts.findById(currentUser.require().id()).map(UserRow::of).orElseThrow();
    }

    /**
     * Files a change of an account with its fields before and as they are now, and a masked password when
     * {@code newPassword}; a change of nothing is not filed.
     */
    private void audit(AuditAction action, UserAccount account, RecordFields before, boolean newPassword) {
        List<FieldChange> changes = new java.util.ArrayList<>(before.changesTo(account.auditFields()));
        if (newPassword) {
            changes.add(FieldChange.masked("password"));
        }
        if (!changes.isEmpty()) {
            events.publishEvent(Audited.of(action, RecordTypes.USER, account.id()).withChanges(changes));
        }
    }

    private UserAccount load(long id, long expectedVersion) {
        UserAccount account = accounts.findById(id).orElseThrow(StaleRecordException::new);
        if (account.version() != expectedVersion) {
            throw new StaleRecordException();
        }
        return account;
    }

    private void refuseIfLastAdmin(UserAccount account, String messageKey) {
        List<UserAccount> enabledAdmins = accounts.lockEnabledAdmins();
        boolean isOnlyOne = enabledAdmins.size() == 1 && enabledAdmins.getFirst().id() == account.id();
        if (isOnlyOne) {
            throw new UserFacingException(messageKey);
        }
    }

    private static void checkName(String fullName) {
        if (fullName.isBlank()) {
            throw new InvalidFieldException("fullName", "user.error.name-required");
        }
        if (fullName.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidFieldException("fullName", "error.too-long", MAX_NAME_LENGTH);
        }
    }

    private static @Nullable String checkedEmail(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            throw new InvalidFieldException("email", "error.email-format");
        }
        return trimmed;
    }

    private static void checkPassword(String username, String password, String field) {
        PasswordPolicy.problem(username, password).ifPresent(problem -> {
            throw new InvalidFieldException(field, problem, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
    }
}
