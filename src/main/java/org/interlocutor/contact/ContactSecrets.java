package org.interlocutor.contact;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.interlocutor.shared.crypto.FieldEncryption;

/**
 * A confidential contact's details kept encrypted at rest: every email and phone with its label, and the consent
 * note (names, position, organisation and country stay in clear: they are how a person is found, and what the
 * need-to-know rule hides). The copies made of them for lists are encrypted too, or not kept (the email and phone
 * lists, the email search words). These are the contexts each kind of value is sealed with.
 */
final class ContactSecrets {

    static final String EMAIL = "contact/email";
    static final String PHONE = "contact/phone";
    static final String LABEL = "contact/label";
    static final String CONSENT_NOTE = "contact/consent-note";

    private ContactSecrets() {
    }

    /**
     * What the email look-up column may hold for these lower-case addresses: the address itself (a contact that is
     * not confidential) and its blind index under each key held (a confidential one).
     */
    static Set<String> emailLookups(Collection<String> emailKeys, FieldEncryption encryption) {
        Set<String> lookups = new LinkedHashSet<>(emailKeys);
        emailKeys.forEach(key -> lookups.addAll(encryption.blindIndexes(EMAIL, key)));
        return lookups;
    }
}
