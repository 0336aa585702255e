/**
 * Contacts: the people the NGO engages, their affiliations over time, emails, phones, tags, owner and
 * need-to-know. Every read goes through {@link org.interlocutor.contact.ContactVisibility}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security", "security::ui", "country", "country::ui",
        "organization", "organization::ui"})
package org.interlocutor.contact;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
