package org.interlocutor.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.CountryFilter;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.outreach.OutreachPlanDetails;
import org.interlocutor.outreach.OutreachPlanDraft;
import org.interlocutor.outreach.OutreachPlanRow;
import org.interlocutor.outreach.OutreachPriority;
import org.interlocutor.outreach.OutreachService;
import org.interlocutor.security.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Three outreach plans in the demo campaigns, so that the plans' pages have something to show: the African States
 * Parties before the Assembly (under way), the Asia-Pacific states not yet party (past its target date) and the
 * Court's focal points on cooperation (people and organs). Each is made once, by name; progress then follows from
 * the demo engagements. Needs a manager or an administrator signed in.
 */
@Component
class DemoOutreachPlans {

    private final DemoCampaigns campaigns;
    private final OutreachService outreach;
    private final StaffDirectory staff;
    private final ContactService contacts;
    private final OrganizationService organizations;
    private final CountryService countries;
    private final Clock clock;

    DemoOutreachPlans(DemoCampaigns campaigns, OutreachService outreach, StaffDirectory staff,
                      ContactService contacts, OrganizationService organizations, CountryService countries,
                      Clock clock) {
        this.campaigns = campaigns;
        this.outreach = outreach;
        this.staff = staff;
        this.contacts = contacts;
        this.organizations = organizations;
        this.countries = countries;
        this.clock = clock;
    }

    /** Creates the demo plans that do not exist yet; returns how many it created. */
    int ensurePlans() {
        campaigns.ensureCampaigns();
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        Optional<OutreachPlanDetails> african = plan("ASP 25 (The Hague, 2026)",
                "African States Parties before the session", "demo.officer1", today.minusDays(60),
                today.plusDays(30), OutreachPriority.HIGH, "Meet every African delegation before the general debate.");
        if (african.isPresent()) {
            outreach.addRegionalGroup(african.get().id(), RegionalGroup.AFRICAN, true);
            created++;
        }
        Optional<OutreachPlanDetails> ratification = plan("Universal ratification",
                "Asia-Pacific states not yet party", "demo.officer7", today.minusDays(150), today.minusDays(10),
                OutreachPriority.MEDIUM, null);
        if (ratification.isPresent()) {
            outreach.addCountries(ratification.get().id(), countries.list(new CountryFilter("",
                            RegionalGroup.ASIA_PACIFIC, null), PageRequest.of(0, 100)).stream()
                    .filter(country -> country.romeStatus() != RomeStatuteStatus.STATE_PARTY)
                    .map(CountryRow::code).toList());
            created++;
        }
        Optional<OutreachPlanDetails> focalPoints = plan("Cooperation and arrest warrants",
                "Cooperation focal points at the Court", "demo.officer3", today.minusDays(45), today.plusDays(45),
                OutreachPriority.MEDIUM, "The people and organs who follow the outstanding warrants.");
        if (focalPoints.isPresent()) {
            outreach.addContacts(focalPoints.get().id(), contacts.rows(ContactFilter.NONE.withCategories(
                    Set.of(StakeholderCategory.ICC_OFFICIAL)), PageRequest.of(0, 25)).stream().map(ContactRow::id)
                    .toList());
            outreach.addOrganizations(focalPoints.get().id(), organizations.list(new OrganizationFilter("",
                            OrganizationKind.ICC, null, false, null), PageRequest.of(0, 5)).stream()
                    .map(OrganizationRow::id).toList());
            created++;
        }
        return created;
    }

    /** A new plan in the campaign, or nothing when the campaign already has one of that name. */
    private Optional<OutreachPlanDetails> plan(String campaignName, String name, String officer, LocalDate startsOn,
                                               LocalDate targetOn, OutreachPriority priority,
                                               @Nullable String notes) {
        Optional<Long> campaignId = campaigns.idNamed(campaignName);
        Optional<Long> officerId = staff.findByUsername(officer).map(member -> member.id());
        if (campaignId.isEmpty() || officerId.isEmpty() || outreach.plans(campaignId.get(), true,
                PageRequest.of(0, 100)).stream().map(OutreachPlanRow::name).anyMatch(name::equals)) {
            return Optional.empty();
        }
        return Optional.of(outreach.create(campaignId.get(), new OutreachPlanDraft(name, officerId.get(), startsOn,
                targetOn, priority, notes)));
    }
}
