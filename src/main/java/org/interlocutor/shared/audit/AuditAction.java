package org.interlocutor.shared.audit;

import org.interlocutor.shared.Translatable;

/** What happened, as the audit trail files it. */
public enum AuditAction implements Translatable {
    CREATE,
    UPDATE,
    ARCHIVE,
    RESTORE,
    DELETE,
    /** A RESTRICTED or CONFIDENTIAL record was opened. */
    READ,
    EXPORT,
    IMPORT,
    IMPORT_UNDONE,
    GRANT,
    REVOKE,
    /** An administrator opened a record they had no access to, giving a reason. */
    BREAK_GLASS,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    ACCESS_DENIED,
    /** A person's data was erased (anonymised) on request. */
    ERASE;

    @Override
    public String messageKey() {
        return "audit.action." + name();
    }
}
