package org.interlocutor.engagement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.shared.QueryStrings;
import org.jspecify.annotations.Nullable;

/**
 * The engagements list's filter as the address shows it ({@code engagements?from=2025-01-01&kind=MEETING&country=SN}),
 * so that a list can be bookmarked and shared. The period is in days as the person reads them, turned into instants
 * in their time zone only when the list is read, {@code to} included. Values that do not parse are left out rather
 * than failing: an old bookmark still opens. Exports read it too: an export of the list is of this filter.
 */
public record EngagementListQuery(String text, @Nullable LocalDate from, @Nullable LocalDate to,
                           @Nullable EngagementKind kind, @Nullable Long campaignId, @Nullable Long staffId,
                           @Nullable StakeholderCategory category, @Nullable String countryCode,
                           @Nullable RegionalGroup regionalGroup, @Nullable Long contactId,
                           @Nullable Long organizationId) {

    public static final EngagementListQuery NONE = new EngagementListQuery("", null, null, null, null, null, null, null,
            null, null, null);

    public EngagementListQuery {
        text = text.strip();
    }

    public EngagementListQuery withCountry(@Nullable String newCountryCode) {
        return new EngagementListQuery(text, from, to, kind, campaignId, staffId, category, newCountryCode,
                regionalGroup, contactId, organizationId);
    }

    public EngagementListQuery withCampaign(@Nullable Long newCampaignId) {
        return new EngagementListQuery(text, from, to, kind, newCampaignId, staffId, category, countryCode,
                regionalGroup, contactId, organizationId);
    }

    /** A contact's history (the contact's page, not the list's filters). */
    public static EngagementListQuery ofContact(long contactId) {
        return new EngagementListQuery("", null, null, null, null, null, null, null, null, contactId, null);
    }

    /** An organisation's history, its members' included. */
    public static EngagementListQuery ofOrganization(long organizationId) {
        return new EngagementListQuery("", null, null, null, null, null, null, null, null, null, organizationId);
    }

    /** The filter the service reads, the days turned into instants in the person's time zone. */
    public EngagementFilter toFilter(ZoneId zone) {
        return EngagementFilter.NONE
                .withPeriod(from == null ? null : from.atStartOfDay(zone).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant())
                .withKind(kind).withCampaign(campaignId).withStaff(staffId).withCategory(category)
                .withCountry(countryCode).withRegionalGroup(regionalGroup).withText(text).withContact(contactId)
                .withOrganization(organizationId);
    }

    public String queryString() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", text);
        put(parameters, "from", from);
        put(parameters, "to", to);
        put(parameters, "kind", kind == null ? null : kind.name());
        put(parameters, "campaign", campaignId);
        put(parameters, "staff", staffId);
        put(parameters, "cat", category == null ? null : category.name());
        put(parameters, "country", countryCode);
        put(parameters, "group", regionalGroup == null ? null : regionalGroup.name());
        put(parameters, "contact", contactId);
        put(parameters, "org", organizationId);
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The filter an address's query string describes ({@code kind=MEETING&contact=12}). */
    public static EngagementListQuery parse(String queryString) {
        return parse(QueryStrings.parse(queryString));
    }

    public static EngagementListQuery parse(Map<String, String> parameters) {
        return new EngagementListQuery(
                parameters.getOrDefault("q", ""),
                date(parameters.get("from")),
                date(parameters.get("to")),
                value(EngagementKind.class, parameters.get("kind")),
                number(parameters.get("campaign")),
                number(parameters.get("staff")),
                value(StakeholderCategory.class, parameters.get("cat")),
                Optional.ofNullable(parameters.get("country")).map(String::strip)
                        .filter(code -> code.matches("[A-Za-z]{2}"))
                        .map(code -> code.toUpperCase(Locale.ROOT)).orElse(null),
                value(RegionalGroup.class, parameters.get("group")),
                number(parameters.get("contact")),
                number(parameters.get("org")));
    }

    private static void put(Map<String, String> parameters, String name, @Nullable Object value) {
        if (value != null && !value.toString().isEmpty()) {
            parameters.put(name, value.toString());
        }
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable Long number(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
