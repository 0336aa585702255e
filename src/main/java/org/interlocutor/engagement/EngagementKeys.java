package org.interlocutor.engagement;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.interlocutor.contact.ParticipantFacts;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.shared.SearchPatterns;
import org.jspecify.annotations.Nullable;

/**
 * The keys an engagement is found by (see the engagement_key table): one per participant, organisation, country,
 * regional group, stakeholder category, colleague present, campaign (or {@link #NO_CAMPAIGN} when it has none), its
 * kind, and each word of its title and notes. An organisation's keys cover the engagements it was listed in and those of the people who belonged to it
 * when the engagement was logged: history stays with the organisation a diplomat represented at the time.
 */
final class EngagementKeys {

    static final int WORD_LENGTH = 50;
    static final int MAX_WORDS = 400;
    /** What a participant's key starts with, before the contact's id. */
    static final String CONTACT_PREFIX = "contact:";
    /**
     * The key of the engagements filed under no campaign, so that counting them is an index range like counting a
     * campaign's (the dashboard's engagements per month by campaign), not a scan for what has no key.
     */
    static final String NO_CAMPAIGN = "campaign:none";

    /**
     * Words too common to narrow a search, in English and French, left out of the keys: they would only fill the
     * index. A search typing one of them is narrowed by the other words.
     */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "has", "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the",
            "their", "they", "this", "to", "was", "we", "were", "will", "with", "au", "aux", "ce", "ces", "dans",
            "de", "des", "du", "elle", "en", "est", "et", "il", "la", "le", "les", "leur", "ont", "ou", "par",
            "pas", "pour", "qui", "que", "sa", "se", "son", "sont", "sur", "un", "une");

    private EngagementKeys() {
    }

    private static final String ORGANIZATION = "org:";
    private static final String COUNTRY = "country:";

    static String contact(long id) {
        return CONTACT_PREFIX + id;
    }

    static String organization(long id) {
        return ORGANIZATION + id;
    }

    static String country(String code) {
        return COUNTRY + code;
    }

    /** The contact key of the contact whose id a query's column holds, for a test made inside that query. */
    static Expression<String> contact(Expression<Long> id, CriteriaBuilder cb) {
        return cb.concat(cb.literal(CONTACT_PREFIX), id.cast(String.class));
    }

    static Expression<String> organization(Expression<Long> id, CriteriaBuilder cb) {
        return cb.concat(cb.literal(ORGANIZATION), id.cast(String.class));
    }

    static Expression<String> country(Expression<String> code, CriteriaBuilder cb) {
        return cb.concat(cb.literal(COUNTRY), code);
    }

    static String group(RegionalGroup group) {
        return "group:" + group.name();
    }

    static String category(StakeholderCategory category) {
        return "category:" + category.name();
    }

    static String staff(long userId) {
        return "staff:" + userId;
    }

    static String campaign(long id) {
        return "campaign:" + id;
    }

    static String kind(EngagementKind kind) {
        return "kind:" + kind.name();
    }

    static String word(String foldedWord) {
        return "word:" + foldedWord;
    }

    /** The place an organisation stands in: its country and that country's regional group, when known. */
    record OrganizationPlace(long organizationId, @Nullable String countryCode,
                             @Nullable RegionalGroup regionalGroup) {
    }

    static Set<String> of(EngagementKind kind, String title, @Nullable String notes,
                          Collection<ParticipantFacts> participants, Collection<OrganizationPlace> organizations,
                          Collection<Long> staffIds, Collection<Long> campaignIds) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(kind(kind));
        for (ParticipantFacts participant : participants) {
            keys.add(contact(participant.contactId()));
            keys.add(category(participant.category()));
            if (participant.countryCode() != null) {
                keys.add(country(participant.countryCode()));
            }
            if (participant.regionalGroup() != null) {
                keys.add(group(participant.regionalGroup()));
            }
            participant.currentOrganizationIds().forEach(id -> keys.add(organization(id)));
        }
        for (OrganizationPlace place : organizations) {
            keys.add(organization(place.organizationId()));
            if (place.countryCode() != null) {
                keys.add(country(place.countryCode()));
            }
            if (place.regionalGroup() != null) {
                keys.add(group(place.regionalGroup()));
            }
        }
        staffIds.forEach(id -> keys.add(staff(id)));
        campaignIds.forEach(id -> keys.add(campaign(id)));
        if (campaignIds.isEmpty()) {
            keys.add(NO_CAMPAIGN);
        }
        words(title + " " + (notes == null ? "" : notes)).forEach(word -> keys.add(word(word)));
        return keys;
    }

    /** The distinct words of a text as stored in keys, at most {@link #MAX_WORDS} of them. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : SearchPatterns.words(text, WORD_LENGTH)) {
            if (words.size() == MAX_WORDS) {
                break;
            }
            if (!STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
