package org.interlocutor.security;

import java.util.Arrays;
import java.util.List;
import org.interlocutor.shared.Translatable;

/**
 * Staff roles, from most to least powerful. Each role includes the ones below it, so a view open to officers is
 * open to managers and administrators too; the need-to-know rule, which treats roles differently, asks for the
 * role itself.
 */
public enum Role implements Translatable {
    ADMIN,
    MANAGER,
    OFFICER,
    VIEWER;

    /** This role and every role below it. */
    public List<Role> includedRoles() {
        return Arrays.stream(values()).filter(other -> other.ordinal() >= ordinal()).toList();
    }

    public boolean includes(Role other) {
        return other.ordinal() >= ordinal();
    }

    /** The Spring Security authority, as {@code @RolesAllowed("OFFICER")} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }

    @Override
    public String messageKey() {
        return "role." + name();
    }
}
