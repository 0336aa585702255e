package org.interlocutor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignFilter;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The campaigns of the demo NGO: its standing themes (field presence, outreach, completion strategies, the rights
 * of the child), its pushes around the Assembly of States Parties, one finished and one on hold. Each is created
 * when no campaign of that name exists yet, so that later runs find them. Needs a manager or an administrator
 * signed in.
 */
@Component
class DemoCampaigns {

    private static final List<CampaignDraft> CAMPAIGNS = List.of(
            new CampaignDraft("Field presence in situation countries",
                    "Advocacy for a Court that is present where the crimes happened: country offices that stay open "
                            + "long enough to matter, staffed and funded to support victims, witnesses and "
                            + "intermediaries.",
                    """
                    Secure a budget line for country offices in every situation under investigation
                    Keep the offices in the Central African Republic and Uganda open until reparations are complete
                    Obtain a published field presence policy from the Registry before the end of 2027""",
                    LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), CampaignStatus.ACTIVE),
            new CampaignDraft("Outreach to affected communities",
                    "Supporting the Court’s outreach with partners on the ground, so that the communities most "
                            + "affected hear about proceedings in their own languages and can take part in them.",
                    """
                    Radio summaries of every hearing in at least two local languages per situation
                    Town-hall meetings with the Registry’s outreach teams twice a year in each situation country
                    A shared calendar of outreach events with civil-society partners""",
                    LocalDate.of(2026, 3, 1), null, CampaignStatus.ACTIVE),
            new CampaignDraft("Completion strategies",
                    "Situation-specific completion strategies that say what the Court leaves behind when an "
                            + "investigation closes: national proceedings, victims’ support, archives and memory.",
                    """
                    A public completion strategy for each situation entering its final phase
                    Consultation of national authorities and civil society before any situation is closed
                    A hand-over plan for witness protection and victims’ support""",
                    LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30), CampaignStatus.ACTIVE),
            new CampaignDraft("Rights of the child",
                    "Putting children first in the Court’s work: child-sensitive investigations, the "
                            + "participation of child victims and witnesses, and reparations that reach them.",
                    """
                    Follow-up of the Office of the Prosecutor’s policy on children with its focal points
                    Training on child-sensitive interviewing for intermediaries in three situation countries
                    A side event on child soldiers’ reparations at the next Assembly""",
                    LocalDate.of(2027, 1, 15), LocalDate.of(2027, 12, 31), CampaignStatus.PLANNED),
            new CampaignDraft("Independent Expert Review follow-up",
                    "Tracking the implementation of the Independent Expert Review’s recommendations by the "
                            + "organs of the Court and the Assembly. Paused while the Assembly’s review mechanism "
                            + "redraws its work plan.",
                    """
                    A public tracker of the recommendations, organ by organ
                    Regular briefings of the Hague Working Group facilitators""",
                    LocalDate.of(2024, 2, 1), LocalDate.of(2026, 12, 31), CampaignStatus.ON_HOLD),
            new CampaignDraft("ASP 25 (The Hague, 2026)",
                    "Our asks for the twenty-fifth session of the Assembly of States Parties: the budget, "
                            + "cooperation and the election of Bureau members.",
                    """
                    Meet the delegations of every State Party in the Bureau before the session
                    Two side events: field presence, and victims’ reparations
                    A joint civil-society statement in the general debate""",
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 12), CampaignStatus.ACTIVE),
            new CampaignDraft("ASP 24 (The Hague, 2025)",
                    "Our asks for the twenty-fourth session of the Assembly of States Parties.",
                    """
                    Budget increase for the Registry’s outreach and field offices
                    Resolution language on cooperation with arrest warrants""",
                    LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 6), CampaignStatus.COMPLETED),
            new CampaignDraft("Universal ratification",
                    "Encouraging the states that have not yet joined the Rome Statute to ratify it, and those "
                            + "that have to adopt implementing legislation.",
                    """
                    Ratification or accession by two more states in the Asia-Pacific group
                    Model implementing legislation shared with parliamentarians in francophone Africa
                    Marking 17 July, International Criminal Justice Day, with partners in every region""",
                    LocalDate.of(2023, 7, 17), null, CampaignStatus.ACTIVE),
            new CampaignDraft("Cooperation and arrest warrants",
                    "States Parties’ duty to cooperate with the Court, starting with the execution of its "
                            + "outstanding arrest warrants.",
                    """
                    A briefing note for every State Party on the warrants outstanding in its region
                    Démarches to states that received a suspect without arresting him
                    Recognition of cooperation in the Assembly’s omnibus resolution""",
                    LocalDate.of(2026, 2, 1), LocalDate.of(2027, 12, 31), CampaignStatus.ACTIVE));

    private final CampaignService campaigns;

    DemoCampaigns(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** The ids of the demo campaigns, creating those that do not exist yet. */
    List<Long> ensureCampaigns() {
        List<Long> ids = new ArrayList<>();
        for (CampaignDraft draft : CAMPAIGNS) {
            ids.add(named(draft.name()).map(CampaignRow::id)
                    .orElseGet(() -> campaigns.create(draft).id()));
        }
        return ids;
    }

    /** The id of the demo campaign of that name, once {@link #ensureCampaigns} has made it. */
    Optional<Long> idNamed(String name) {
        return named(name).map(CampaignRow::id);
    }

    private Optional<CampaignRow> named(String name) {
        return campaigns.list(new CampaignFilter(name, Set.of(), true), PageRequest.of(0, 50)).stream()
                .filter(row -> row.name().equals(name)).findFirst();
    }
}
