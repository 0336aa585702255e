package org.interlocutor.shared;

/**
 * A break-glass access to one of the reader's own records, for their start page: which record (its type as the
 * audit trail names it, "contact" or "engagement", its id and name) and the access.
 */
public record BreakGlassNotice(String recordType, long recordId, String recordName, BreakGlassAccess access) {
}
