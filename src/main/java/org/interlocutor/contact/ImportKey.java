package org.interlocutor.contact;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an imported row can be matched on, in the order tried: the id of an earlier export, its email addresses,
 * then its name at the organisation named in the row.
 */
public record ImportKey(@Nullable Long exportId, Set<String> emails, String givenName, String familyName,
                        @Nullable String organizationName) {

    public ImportKey {
        emails = Set.copyOf(emails);
    }
}
