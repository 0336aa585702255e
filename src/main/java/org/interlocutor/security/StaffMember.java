package org.interlocutor.security;

/** A colleague as other features show them: an owner, an assignee, someone granted access. */
public record StaffMember(long id, String username, String displayName, Role role, boolean enabled) {

    static StaffMember of(UserAccount account) {
        return new StaffMember(account.id(), account.username(), account.fullName(), account.role(),
                account.enabled());
    }
}
