package org.interlocutor.contact;

import org.interlocutor.security.Role;
import org.interlocutor.security.SignedInUser;

/** The person a read is made for: what the need-to-know rule is applied to. */
record Viewer(long userId, Role role) {

    static Viewer of(SignedInUser user) {
        return new Viewer(user.id(), user.role());
    }

    /** Managers and administrators see RESTRICTED records without a grant. */
    boolean seesRestricted() {
        return role.includes(Role.MANAGER);
    }
}
