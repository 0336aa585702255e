package org.interlocutor.organization;

/** An organisation's name or acronym changed: whatever keeps a copy of it for searching must refresh it. */
public record OrganizationRenamed(long organizationId, String displayName) {
}
