package org.interlocutor.contact;

/** An existing contact that may be the person being entered, and why it looks like it. */
public record DuplicateCandidate(long contactId, String displayName, Reason reason) {

    public enum Reason {
        SAME_EMAIL,
        SAME_NAME_SAME_ORGANIZATION
    }
}
