package org.interlocutor.shared;

/**
 * How a colleague came to see a RESTRICTED or CONFIDENTIAL record besides its owner: granted by hand by whoever
 * manages the record's access, with no end; or opened by an administrator breaking the glass, with a reason, until
 * the access expires.
 */
public enum GrantKind {
    GRANT,
    BREAK_GLASS
}
