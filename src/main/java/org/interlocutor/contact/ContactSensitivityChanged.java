package org.interlocutor.contact;

import org.interlocutor.shared.Sensitivity;

/**
 * A contact's sensitivity was changed. Published inside the changing transaction, so that records that must be at
 * least as sensitive as the contact (its engagements) are raised before anyone can read them.
 */
public record ContactSensitivityChanged(long contactId, Sensitivity sensitivity) {
}
