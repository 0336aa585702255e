package org.interlocutor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.interlocutor.contact.AffiliationDraft;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactSeed;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.LawfulBasis;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.Sensitivity;

/**
 * Makes one plausible, fictional person at a time: a category, a country and its regional group's names, an
 * organisation that fits (a State Party's diplomat works at its mission or embassy), past posts, languages, an
 * owner, a sensitivity (defenders are more often confidential) and a last engagement in the past two years.
 */
final class DemoContacts {

    private static final Set<String> FRANCOPHONE = Set.of("FR", "BE", "CH", "LU", "MC", "SN", "CI", "ML", "BF", "NE",
            "TG", "BJ", "GN", "CM", "GA", "CG", "CD", "CF", "TD", "MG", "DJ", "KM", "HT", "BI", "RW", "TN", "MA", "DZ",
            "CA", "VU", "SC", "MU");
    private static final Set<String> SPANISH = Set.of("ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO",
            "CO", "VE", "EC", "PE", "BO", "PY", "UY", "AR", "CL", "GQ");
    private static final Set<String> PORTUGUESE = Set.of("PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL");
    private static final Set<String> ARABIC = Set.of("EG", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "JO", "LB",
            "SY", "IQ", "LY", "SD", "PS", "MR");

    private final Random random;
    private final DemoOrganizations.Catalogue catalogue;
    private final Map<RegionalGroup, List<CountryRow>> countriesByGroup;
    private final List<StaffMember> owners;
    private final LocalDate today;

    DemoContacts(long seed, DemoOrganizations.Catalogue catalogue, List<StaffMember> owners, LocalDate today) {
        this.random = new Random(seed);
        this.catalogue = catalogue;
        this.countriesByGroup = DemoOrganizations.byGroup(catalogue.countries());
        this.owners = owners;
        this.today = today;
    }

    ContactSeed next() {
        StakeholderCategory category = category();
        CountryRow country = country(category);
        RegionalGroup group = country.regionalGroup() == null ? RegionalGroup.WESTERN_EUROPEAN_OTHERS
                : country.regionalGroup();
        String given = pick(NamePools.GIVEN.get(group));
        String family = pick(NamePools.FAMILY.get(group));
        OrganizationRow organization = organization(category, country);
        String title = jobTitle(category, organization);
        String honorific = honorific(category, title);

        List<AffiliationDraft> affiliations = new ArrayList<>();
        LocalDate since = today.minusDays(60 + random.nextInt(2500));
        if (random.nextInt(10) < 3) {
            OrganizationRow previous = organization(category, country);
            if (previous.id() != organization.id()) {
                LocalDate earlier = since.minusDays(365 + random.nextInt(1500));
                affiliations.add(new AffiliationDraft(previous.id(), jobTitle(category, previous), earlier,
                        since.minusDays(1), false));
            }
        }
        affiliations.add(new AffiliationDraft(organization.id(), title, since, null, true));

        String local = SearchPatterns.fold(given + "." + family).replaceAll("[^a-z0-9.]+", "");
        List<EmailEntry> emails = new ArrayList<>();
        emails.add(new EmailEntry(local + "@" + DemoOrganizations.slug(organization.name()) + ".example", "work",
                true));
        if (random.nextInt(10) < 3) {
            emails.add(new EmailEntry(local + random.nextInt(100) + "@mail.example", "personal", false));
        }
        List<PhoneEntry> phones = random.nextInt(10) < 7
                ? List.of(new PhoneEntry(String.format("+00 555 %03d %04d", random.nextInt(1000),
                        random.nextInt(10_000)), "office", true))
                : List.of();

        String correspondence = correspondenceLanguage(country.code());
        Set<String> languages = new LinkedHashSet<>();
        languages.add(correspondence);
        if (random.nextBoolean()) {
            languages.add(random.nextBoolean() ? "en" : "fr");
        }
        Sensitivity sensitivity = sensitivity(category);
        Set<String> tags = new LinkedHashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(pick(NamePools.TAGS));
        }
        ContactDraft draft = new ContactDraft(honorific, given, family, title, category, country.code(),
                correspondence, languages, emails, phones, pick(owners).id(), influence(category), stance(),
                sensitivity, random.nextInt(10) < 6 ? LawfulBasis.LEGITIMATE_INTEREST : LawfulBasis.CONSENT,
                null, tags);
        LocalDate lastEngaged = random.nextInt(10) < 7 ? today.minusDays(random.nextInt(730)) : null;
        // entered before the three years of demo engagements: the stakeholder maps of earlier days have them
        java.time.Instant entered = today.minusYears(3).minusDays(30).atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
        return new ContactSeed(draft, affiliations, lastEngaged, entered);
    }

    private StakeholderCategory category() {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return StakeholderCategory.STATE_PARTY_REPRESENTATIVE;
        } else if (roll < 40) {
            return StakeholderCategory.ICC_OFFICIAL;
        } else if (roll < 48) {
            return StakeholderCategory.NON_STATE_PARTY_GOVERNMENT;
        } else if (roll < 55) {
            return StakeholderCategory.INTERGOVERNMENTAL;
        } else if (roll < 67) {
            return StakeholderCategory.HUMAN_RIGHTS_DEFENDER;
        } else if (roll < 82) {
            return StakeholderCategory.CIVIL_SOCIETY;
        } else if (roll < 90) {
            return StakeholderCategory.ACADEMIA;
        } else if (roll < 96) {
            return StakeholderCategory.MEDIA;
        }
        return StakeholderCategory.OTHER;
    }

    private CountryRow country(StakeholderCategory category) {
        for (int attempt = 0; attempt < 20; attempt++) {
            RegionalGroup group = RegionalGroup.values()[random.nextInt(RegionalGroup.values().length)];
            CountryRow country = pick(countriesByGroup.get(group));
            boolean party = country.romeStatus() == RomeStatuteStatus.STATE_PARTY;
            if (category == StakeholderCategory.STATE_PARTY_REPRESENTATIVE && !party) {
                continue;
            }
            if (category == StakeholderCategory.NON_STATE_PARTY_GOVERNMENT && party) {
                continue;
            }
            return country;
        }
        return pick(catalogue.countries());
    }

    private OrganizationRow organization(StakeholderCategory category, CountryRow country) {
        List<OrganizationRow> government = catalogue.governmentByCountry().getOrDefault(country.code(), List.of());
        List<OrganizationRow> candidates = switch (category) {
            case STATE_PARTY_REPRESENTATIVE, NON_STATE_PARTY_GOVERNMENT -> government;
            case ICC_OFFICIAL -> catalogue.of(OrganizationKind.ICC);
            case INTERGOVERNMENTAL -> catalogue.of(OrganizationKind.IGO);
            case HUMAN_RIGHTS_DEFENDER, CIVIL_SOCIETY -> catalogue.of(OrganizationKind.NGO);
            case ACADEMIA -> catalogue.of(OrganizationKind.ACADEMIA);
            case MEDIA -> catalogue.of(OrganizationKind.MEDIA);
            case OTHER -> catalogue.of(OrganizationKind.NGO);
        };
        if (candidates.isEmpty()) {
            candidates = catalogue.of(OrganizationKind.ICC);
        }
        return pick(candidates);
    }

    private String jobTitle(StakeholderCategory category, OrganizationRow organization) {
        return switch (organization.kind()) {
            case EMBASSY -> pick(List.of("Ambassador", "Deputy Head of Mission", "Legal Adviser", "First Secretary",
                    "Counsellor"));
            case PERMANENT_MISSION -> pick(List.of("Permanent Representative", "Legal Adviser", "Second Secretary",
                    "Minister Counsellor"));
            case GOVERNMENT -> pick(List.of("Director of Legal Affairs", "Desk Officer, International Justice",
                    "Deputy Legal Adviser", "Head of the Human Rights Division"));
            case ICC -> organization.name().contains("Division") && organization.name().endsWith("Division")
                    && "Chambers".equals(organization.parentName()) ? "Judge"
                    : pick(List.of("Legal Officer", "Associate Legal Officer", "Outreach Coordinator",
                    "Head of Section", "Cooperation Adviser", "Field Office Manager"));
            case IGO -> pick(List.of("Senior Legal Officer", "Political Affairs Officer", "Human Rights Officer"));
            case NGO -> category == StakeholderCategory.HUMAN_RIGHTS_DEFENDER
                    ? pick(List.of("Human rights defender", "Lawyer", "Field researcher", "Victims’ representative"))
                    : pick(List.of("Executive Director", "Programme Manager", "Advocacy Officer", "Legal Adviser"));
            case ACADEMIA -> pick(List.of("Professor of International Law", "Researcher", "Lecturer"));
            case MEDIA -> pick(List.of("Correspondent", "Editor", "Journalist"));
            default -> "Adviser";
        };
    }

    private String honorific(StakeholderCategory category, String title) {
        if (title.equals("Ambassador") || title.equals("Permanent Representative")) {
            return "H.E.";
        }
        if (title.equals("Judge")) {
            return "Judge";
        }
        if (title.startsWith("Professor")) {
            return "Prof.";
        }
        return category == StakeholderCategory.ACADEMIA ? "Dr." : null;
    }

    private static String correspondenceLanguage(String countryCode) {
        if (FRANCOPHONE.contains(countryCode)) {
            return "fr";
        } else if (SPANISH.contains(countryCode)) {
            return "es";
        } else if (PORTUGUESE.contains(countryCode)) {
            return "pt";
        } else if (ARABIC.contains(countryCode)) {
            return "ar";
        }
        return "en";
    }

    private Sensitivity sensitivity(StakeholderCategory category) {
        int roll = random.nextInt(100);
        if (category == StakeholderCategory.HUMAN_RIGHTS_DEFENDER) {
            return roll < 30 ? Sensitivity.CONFIDENTIAL : roll < 60 ? Sensitivity.RESTRICTED : Sensitivity.NORMAL;
        }
        return roll < 3 ? Sensitivity.CONFIDENTIAL : roll < 12 ? Sensitivity.RESTRICTED : Sensitivity.NORMAL;
    }

    private Integer influence(StakeholderCategory category) {
        int base = switch (category) {
            case ICC_OFFICIAL, STATE_PARTY_REPRESENTATIVE -> 3;
            case INTERGOVERNMENTAL, NON_STATE_PARTY_GOVERNMENT -> 2;
            default -> 1;
        };
        return Math.min(5, base + random.nextInt(3));
    }

    private Stance stance() {
        int roll = random.nextInt(100);
        return roll < 45 ? Stance.SUPPORTIVE : roll < 75 ? Stance.NEUTRAL : roll < 85 ? Stance.OPPOSED : Stance.UNKNOWN;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

}
