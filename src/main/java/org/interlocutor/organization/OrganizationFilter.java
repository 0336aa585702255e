package org.interlocutor.organization;

import java.util.Arrays;
import java.util.Map;
import org.interlocutor.shared.QueryStrings;
import org.jspecify.annotations.Nullable;

/** The organisations list's filter. {@code parentId} narrows to the direct sub-units of one organisation. */
public record OrganizationFilter(String text, @Nullable OrganizationKind kind, @Nullable String countryCode,
                                 boolean includeArchived, @Nullable Long parentId) {

    public static final OrganizationFilter ACTIVE = new OrganizationFilter("", null, null, false, null);

    /**
     * The filter the organisations list's address describes ({@code q=mission&kind=EMBASSY&country=KE&archived=true});
     * an unknown kind or a country that is not a code is left out.
     */
    public static OrganizationFilter parse(String queryString) {
        Map<String, String> parameters = QueryStrings.parse(queryString);
        OrganizationKind kind = Arrays.stream(OrganizationKind.values())
                .filter(value -> value.name().equals(parameters.get("kind"))).findFirst().orElse(null);
        String country = parameters.get("country");
        return new OrganizationFilter(parameters.getOrDefault("q", ""), kind,
                country != null && country.matches("[A-Z]{2}") ? country : null,
                "true".equals(parameters.get("archived")), null);
    }

    public static OrganizationFilter subUnitsOf(long parentId) {
        return new OrganizationFilter("", null, null, false, parentId);
    }
}
