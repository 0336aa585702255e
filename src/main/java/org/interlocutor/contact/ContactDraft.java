package org.interlocutor.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * What a person fills in to create or edit a contact. Languages are ISO 639-1 codes ("fr"); the country is an
 * ISO 3166-1 code ("SN").
 */
public record ContactDraft(
        @Size(max = 40) @Nullable String honorific,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Size(max = 200) @Nullable String jobTitle,
        @NotNull StakeholderCategory category,
        @Nullable String countryCode,
        @Nullable String correspondenceLanguage,
        @Size(max = MAX_POINTS) Set<String> languages,
        @Size(max = MAX_POINTS) @Valid List<EmailEntry> emails,
        @Size(max = MAX_POINTS) @Valid List<PhoneEntry> phones,
        @Nullable Long ownerId,
        @Min(1) @Max(5) @Nullable Integer influence,
        @NotNull Stance stance,
        @NotNull Sensitivity sensitivity,
        @Nullable LawfulBasis lawfulBasis,
        @Size(max = 1000) @Nullable String consentNote,
        Set<@Size(max = 60) String> tags) {

    /**
     * How many emails, phones or languages a contact may have: enough for anyone, and the contact row's copies of
     * them (for exports) are sized for that many.
     */
    public static final int MAX_POINTS = 20;

    /** A draft with only the required fields, the rest empty or at its default. */
    public static ContactDraft of(String givenName, String familyName, StakeholderCategory category) {
        return new ContactDraft(null, givenName, familyName, null, category, null, null, Set.of(), List.of(),
                List.of(), null, null, Stance.UNKNOWN, Sensitivity.NORMAL, null, null, Set.of());
    }

    public ContactDraft withEmails(List<EmailEntry> newEmails) {
        return new ContactDraft(honorific, givenName, familyName, jobTitle, category, countryCode,
                correspondenceLanguage, languages, newEmails, phones, ownerId, influence, stance, sensitivity,
                lawfulBasis, consentNote, tags);
    }

    public ContactDraft withSensitivity(Sensitivity newSensitivity, @Nullable Long newOwnerId) {
        return new ContactDraft(honorific, givenName, familyName, jobTitle, category, countryCode,
                correspondenceLanguage, languages, emails, phones, newOwnerId, influence, stance, newSensitivity,
                lawfulBasis, consentNote, tags);
    }

    public ContactDraft withCountry(@Nullable String newCountryCode) {
        return new ContactDraft(honorific, givenName, familyName, jobTitle, category, newCountryCode,
                correspondenceLanguage, languages, emails, phones, ownerId, influence, stance, sensitivity,
                lawfulBasis, consentNote, tags);
    }

    public ContactDraft withTags(Set<String> newTags) {
        return new ContactDraft(honorific, givenName, familyName, jobTitle, category, countryCode,
                correspondenceLanguage, languages, emails, phones, ownerId, influence, stance, sensitivity,
                lawfulBasis, consentNote, newTags);
    }

    public ContactDraft withPosition(@Nullable Integer newInfluence, Stance newStance) {
        return new ContactDraft(honorific, givenName, familyName, jobTitle, category, countryCode,
                correspondenceLanguage, languages, emails, phones, ownerId, newInfluence, newStance, sensitivity,
                lawfulBasis, consentNote, tags);
    }
}
