package org.interlocutor.contact;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person in an organisation's member list: who, as what, when. */
public record MemberRow(long contactId, String displayName, @Nullable String jobTitle, @Nullable String role,
                        @Nullable LocalDate from, @Nullable LocalDate to, boolean current,
                        @Nullable String primaryEmail) {
}
