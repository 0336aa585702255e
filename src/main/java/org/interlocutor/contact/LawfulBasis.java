package org.interlocutor.contact;

import org.interlocutor.shared.Translatable;

/** The GDPR Art. 6 ground on which the NGO holds a person's data. */
public enum LawfulBasis implements Translatable {
    CONSENT,
    LEGITIMATE_INTEREST,
    PUBLIC_INTEREST,
    CONTRACT,
    LEGAL_OBLIGATION,
    VITAL_INTEREST;

    @Override
    public String messageKey() {
        return "lawful-basis." + name();
    }
}
