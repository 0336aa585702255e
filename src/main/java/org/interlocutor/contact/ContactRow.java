package org.interlocutor.contact;

import java.time.LocalDate;
import java.util.List;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/** A contact as a list row shows it. */
public record ContactRow(long id, @Nullable String honorific, String givenName, String familyName,
                         @Nullable String jobTitle, StakeholderCategory category, @Nullable String countryCode,
                         @Nullable String organizationName, @Nullable String primaryEmail,
                         @Nullable String primaryPhone, @Nullable Long ownerId, @Nullable String ownerName,
                         Sensitivity sensitivity, @Nullable Integer influence, Stance stance,
                         @Nullable LocalDate lastEngagedOn, boolean archived, List<String> tags,
                         @Nullable String correspondenceLanguage, long version) {

    /** "H.E. Amina Diallo". */
    public String displayName() {
        String name = givenName + " " + familyName;
        return honorific == null ? name : honorific + " " + name;
    }
}
