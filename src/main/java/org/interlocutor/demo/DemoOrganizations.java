package org.interlocutor.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interlocutor.country.CountryFilter;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The organisations demo contacts work in: for every state its foreign ministry, its permanent mission in New York
 * and its embassy in The Hague; the main intergovernmental bodies; and fictional NGOs, universities and media.
 * Created once; later runs find them.
 */
@Component
class DemoOrganizations {

    private static final String MISSION_MARKER = "Permanent Mission of ";

    private final OrganizationService organizations;
    private final CountryService countries;

    DemoOrganizations(OrganizationService organizations, CountryService countries) {
        this.organizations = organizations;
        this.countries = countries;
    }

    /** The organisations by kind, and the government ones by country too. */
    record Catalogue(Map<OrganizationKind, List<OrganizationRow>> byKind,
                     Map<String, List<OrganizationRow>> governmentByCountry, List<CountryRow> countries) {

        List<OrganizationRow> of(OrganizationKind kind) {
            return byKind.getOrDefault(kind, List.of());
        }
    }

    Catalogue ensure() {
        List<CountryRow> all = countries.list(CountryFilter.ALL, PageRequest.of(0, 500, Sort.by("code"))).getContent();
        if (organizations.suggest(MISSION_MARKER, PageRequest.of(0, 1)).isEmpty()) {
            create(all);
        }
        return catalogue(all);
    }

    private void create(List<CountryRow> all) {
        for (CountryRow country : all) {
            String name = country.nameEn();
            String slug = slug(name);
            organizations.create(new OrganizationDraft("Ministry of Foreign Affairs of " + name, null,
                    OrganizationKind.GOVERNMENT, country.code(), null, "https://mfa." + slug + ".example", null));
            organizations.create(new OrganizationDraft(MISSION_MARKER + name + " to the United Nations", null,
                    OrganizationKind.PERMANENT_MISSION, country.code(), null, null, null));
            if (country.regionalGroup() != null) {
                organizations.create(new OrganizationDraft("Embassy of " + name + " in The Hague", null,
                        OrganizationKind.EMBASSY, "NL", null, null, null));
            }
        }
        String[][] igos = {
                {"African Union Commission", "AUC", "ET"},
                {"European External Action Service", "EEAS", "BE"},
                {"Office of the United Nations High Commissioner for Human Rights", "OHCHR", "CH"},
                {"United Nations Office of Legal Affairs", "OLA", "US"},
                {"Organisation internationale de la Francophonie", "OIF", "FR"},
                {"Organization of American States", "OAS", "US"},
                {"Council of Europe", "CoE", "FR"},
                {"Commonwealth Secretariat", null, "GB"},
                {"Pacific Islands Forum Secretariat", "PIFS", "FJ"},
                {"Economic Community of West African States Commission", "ECOWAS", "NG"}};
        for (String[] igo : igos) {
            organizations.create(new OrganizationDraft(igo[0], igo[1], OrganizationKind.IGO, igo[2], null, null,
                    null));
        }
        String[] regions = {"Africa", "the Americas", "Asia and the Pacific", "Europe", "the Sahel", "the Great Lakes",
                "the Caribbean", "Central Asia"};
        int n = 0;
        for (String theme : NamePools.NGO_THEMES) {
            for (String region : regions) {
                n++;
                String kindWord = n % 3 == 0 ? "Network" : n % 3 == 1 ? "Coalition" : "Centre";
                String country = all.get((n * 37) % all.size()).code();
                organizations.create(new OrganizationDraft(kindWord + " for " + theme + " in " + region, null,
                        OrganizationKind.NGO, country, null, null, "Fictional organisation for demonstration."));
            }
        }
        String[] cities = {"Dakar", "Nairobi", "Leiden", "Bogotá", "Manila", "Kyiv", "Geneva", "Accra", "Lima",
                "Montréal", "Kampala", "Beirut", "Santiago", "Cape Town", "Tbilisi", "Quito", "Abidjan", "Sydney"};
        for (String city : cities) {
            organizations.create(new OrganizationDraft("Institute for International Criminal Law, " + city, null,
                    OrganizationKind.ACADEMIA, null, null, null, "Fictional organisation for demonstration."));
        }
        String[] media = {"The Hague Courier", "Justice Weekly", "Le Journal des Droits", "Global Law Review",
                "Radio Horizon", "The Tribunal Post", "Voix d’Afrique", "Pacific Justice Report"};
        for (String outlet : media) {
            organizations.create(new OrganizationDraft(outlet, null, OrganizationKind.MEDIA, null, null, null,
                    "Fictional organisation for demonstration."));
        }
    }

    private Catalogue catalogue(List<CountryRow> all) {
        Map<OrganizationKind, List<OrganizationRow>> byKind = new EnumMap<>(OrganizationKind.class);
        Map<String, List<OrganizationRow>> byCountry = new HashMap<>();
        int page = 0;
        Page<OrganizationRow> rows;
        do {
            rows = organizations.list(OrganizationFilter.ACTIVE, PageRequest.of(page++, 500, Sort.by("id")));
            for (OrganizationRow row : rows) {
                byKind.computeIfAbsent(row.kind(), kind -> new ArrayList<>()).add(row);
                if ((row.kind() == OrganizationKind.GOVERNMENT || row.kind() == OrganizationKind.PERMANENT_MISSION)
                        && row.countryCode() != null) {
                    byCountry.computeIfAbsent(row.countryCode(), code -> new ArrayList<>()).add(row);
                }
                if (row.kind() == OrganizationKind.EMBASSY) {
                    countryOfEmbassy(row, all).ifPresent(code ->
                            byCountry.computeIfAbsent(code, key -> new ArrayList<>()).add(row));
                }
            }
        } while (rows.hasNext());
        return new Catalogue(byKind, byCountry, all);
    }

    private static java.util.Optional<String> countryOfEmbassy(OrganizationRow embassy, List<CountryRow> all) {
        return all.stream().filter(country -> embassy.name().equals("Embassy of " + country.nameEn() + " in The Hague"))
                .map(CountryRow::code).findFirst();
    }

    static String slug(String name) {
        return org.interlocutor.shared.SearchPatterns.fold(name).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
    }

    static Map<RegionalGroup, List<CountryRow>> byGroup(List<CountryRow> all) {
        Map<RegionalGroup, List<CountryRow>> groups = new EnumMap<>(RegionalGroup.class);
        for (CountryRow country : all) {
            if (country.regionalGroup() != null) {
                groups.computeIfAbsent(country.regionalGroup(), group -> new ArrayList<>()).add(country);
            }
        }
        return groups;
    }
}
