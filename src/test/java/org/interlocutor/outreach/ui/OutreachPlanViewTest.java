package org.interlocutor.outreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.interlocutor.ViewTest;
import org.interlocutor.campaign.CampaignDetails;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.CountryFilter;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.Ref;
import org.interlocutor.outreach.OutreachPlanDetails;
import org.interlocutor.outreach.OutreachPlanDraft;
import org.interlocutor.outreach.OutreachPriority;
import org.interlocutor.outreach.OutreachService;
import org.interlocutor.outreach.OutreachTargetRow;
import org.interlocutor.outreach.TargetStatus;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The plan's page and the plans section of a campaign's page, as an officer and a manager use them. */
@ViewTest
class OutreachPlanViewTest extends SpringBrowserlessTest {

    private static final String MANAGER = "plans.manager";
    private static final String OFFICER = "plans.officer";

    @Autowired
    OutreachService outreach;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    TestUsers users;
    @Autowired
    StaffDirectory staff;
    @Autowired
    CountryService countries;

    private final String marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** A plan of three people begun a week ago, one of them met since; made by a manager. */
    private OutreachPlanDetails planWithOneOfThreeReached() {
        return users.as(MANAGER, Role.MANAGER, () -> {
            CampaignDetails campaign = campaigns.create(new CampaignDraft("Campaign " + marker, null, null, null,
                    null, CampaignStatus.ACTIVE));
            OutreachPlanDetails plan = outreach.create(campaign.id(), new OutreachPlanDraft("Bureau members " + marker,
                    users.ensure(OFFICER, Role.OFFICER).id(), today.minusDays(7), today.plusDays(21),
                    OutreachPriority.HIGH, null));
            List<Long> people = List.of(contact("Amina").id(), contact("Bruno").id(), contact("Chen").id());
            outreach.addContacts(plan.id(), people);
            long officerId = users.ensure(OFFICER, Role.OFFICER).id();
            users.runAs(OFFICER, Role.OFFICER, () -> engagements.create(new EngagementDraft(EngagementKind.MEETING,
                    Instant.now().minus(2, ChronoUnit.DAYS), null, null, "Met " + marker, null, null,
                    Set.of(people.getFirst()), Set.of(), Set.of(officerId), Set.of(), Sensitivity.NORMAL,
                    List.of())));
            return plan;
        });
    }

    private ContactDetails contact(String given) {
        return users.as(OFFICER, Role.OFFICER, () -> contacts.create(ContactDraft.of(given, marker,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE), null));
    }

    private OutreachPlanView open(OutreachPlanDetails plan) {
        return navigate(OutreachPlanView.class, Map.of("id", String.valueOf(plan.id())));
    }

    /** The names a tab's grid lists; the tab sheet attaches a tab's content before the response, as a browser sees it. */
    private List<String> names(OutreachPlanView view, TargetStatus status) {
        roundTrip();
        TargetGrid grid = view.grids.get(status);
        if (!grid.isVisible()) {
            return List.of();
        }
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getRow(row).name()).toList();
    }

    private String progressText() {
        return $(PlanProgressBar.class).from($(com.vaadin.flow.component.html.Section.class)
                .withClassName("plan-progress-card").single()).single().text.getText();
    }

    @Test
    @WithStaff(username = OFFICER, role = Role.OFFICER)
    void thePageShowsTheComputedProgressAndTheTargetsByStatus() {
        OutreachPlanDetails plan = planWithOneOfThreeReached();

        OutreachPlanView view = open(plan);

        assertThat(view.getPageTitle()).isEqualTo("Bureau members " + marker);
        assertThat(progressText()).isEqualTo("1 of 3 reached");
        assertThat(view.progressBar.bar.getValue()).isEqualTo(1.0 / 3);
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Not yet reached (2)");
        assertThat(test(view.tabs).getTab(0).getLabel()).isEqualTo("Reached (1)");
        assertThat(test(view.tabs).getTab(2).getLabel()).isEqualTo("Overdue (0)");
        assertThat(names(view, TargetStatus.NOT_YET_REACHED)).containsExactly("Bruno " + marker, "Chen " + marker);
        test(view.tabs).select(0);
        assertThat(names(view, TargetStatus.REACHED)).containsExactly("Amina " + marker);
        assertThat(test(view.grids.get(TargetStatus.REACHED)).getCellText(0, 3)).as("last engaged").isNotBlank();
        assertThat($(Anchor.class).withText("Campaign " + marker).exists()).isTrue();
        assertThat($(Button.class).withClassName("add-targets").exists()).as("officers read only").isFalse();
    }

    @Test
    @WithStaff(username = OFFICER, role = Role.OFFICER)
    void anOfficerLogsAnEngagementWithATargetAndThePlanCountsIt() {
        OutreachPlanDetails plan = planWithOneOfThreeReached();
        OutreachPlanView view = open(plan);
        roundTrip();
        TargetGrid notYet = view.grids.get(TargetStatus.NOT_YET_REACHED);
        OutreachTargetRow bruno = test(notYet).getRow(0);

        test($(Button.class).from(test(notYet).getCellComponent(0, "actions")).withClassName("log-with-target")
                .single()).click();

        Dialog dialog = $(Dialog.class).withClassName("log-engagement-dialog").single();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ContactRow> participants = $(MultiSelectComboBox.class).from(dialog)
                .withClassName("participants").single();
        assertThat(participants.getValue()).extracting(ContactRow::id).containsExactly(bruno.contactId());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CampaignRow> campaign = $(MultiSelectComboBox.class).from(dialog)
                .withClassName("campaign-picker").single();
        assertThat(campaign.getValue()).extracting(CampaignRow::id).containsExactly(plan.campaignId());
        test($(TextField.class).from(dialog).withClassName("engagement-title").single())
                .setValue("Briefing " + marker);
        test($(Button.class).from(dialog).withClassName("save-engagement").single()).click();

        assertThat($(Dialog.class).withClassName("log-engagement-dialog").exists()).isFalse();
        assertThat(progressText()).isEqualTo("2 of 3 reached");
        assertThat(view.tabs.getSelectedTab().getLabel()).as("the tab stays").isEqualTo("Not yet reached (1)");
        assertThat(names(view, TargetStatus.NOT_YET_REACHED)).containsExactly("Chen " + marker);
        List<EngagementRow> logged = engagements.rows(EngagementFilter.ofContact(bruno.contactId()),
                PageRequest.of(0, 5));
        assertThat(logged).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Briefing " + marker);
            assertThat(row.campaigns()).extracting(Ref::id).containsExactly(plan.campaignId());
        });
    }

    @Test
    @WithStaff(username = MANAGER, role = Role.MANAGER)
    void aManagerStartsAPlanFromTheCampaignPageAndAddsTheStatesPartiesOfAGroup() {
        CampaignDetails campaign = campaigns.create(new CampaignDraft("Campaign " + marker, null, null, null, null,
                CampaignStatus.ACTIVE));
        users.ensure(OFFICER, Role.OFFICER);
        UI.getCurrent().navigate("campaigns/" + campaign.id());
        assertThat($(H2.class).withText("Outreach plans").exists()).isTrue();

        test($(Button.class).withClassName("new-plan").single()).click();
        PlanDialog dialog = $(PlanDialog.class).single();
        assertThat(dialog.startsOn.getValue()).isEqualTo(today);
        test(dialog.name).setValue("African States Parties " + marker);
        dialog.officer.setValue(staff.findByUsername(OFFICER).orElseThrow());
        test(dialog.targetOn).setValue(today.plusDays(60));
        test(dialog.save).click();

        OutreachPlanView view = (OutreachPlanView) UI.getCurrent().getCurrentView();
        assertThat(view.getPageTitle()).isEqualTo("African States Parties " + marker);
        assertThat(progressText()).isEqualTo("0 of 0 reached");

        test($(Button.class).withClassName("add-targets").single()).click();
        AddTargetsDialog add = $(AddTargetsDialog.class).single();
        test(add.ways).select(2);
        roundTrip();
        test(add.regionalGroup).selectItem("African States");
        test(add.statePartiesOnly).click();
        test(add.addRegionalGroup).click();
        test($(Button.class).withClassName("close-add-targets").single()).click();

        long parties = countries.list(new CountryFilter("", RegionalGroup.AFRICAN, RomeStatuteStatus.STATE_PARTY),
                PageRequest.of(0, 100)).getTotalElements();
        assertThat(parties).isGreaterThan(20);
        assertThat(progressText()).isEqualTo("0 of " + parties + " reached");
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Not yet reached (" + parties + ")");
        assertThat(outreach.plans(campaign.id(), false, PageRequest.of(0, 5)).getContent()).singleElement()
                .satisfies(row -> assertThat(row.officerName()).isEqualTo("Plans officer"));
    }

    @Test
    @WithStaff(username = MANAGER, role = Role.MANAGER)
    void aPlanSavedMeanwhileIsRefusedNamingWhoSavedItAndTheTypedNotesStayBesideTheSavedVersion() {
        OutreachPlanDetails plan = planWithOneOfThreeReached();
        OutreachPlanView view = open(plan);
        test($(Button.class).withClassName("edit-plan").single()).click();
        PlanDialog dialog = $(PlanDialog.class).single();
        test(dialog.notes).setValue("Start with the Bureau's vice-presidents.");
        OutreachPlanDetails saved = users.as("plans.colleague", Role.MANAGER, () -> outreach.update(plan.id(),
                plan.version(), new OutreachPlanDraft("Bureau members " + marker, plan.officerId(), plan.startsOn(),
                        plan.targetOn(), OutreachPriority.LOW, null)));

        test(dialog.save).click();

        assertThat($(com.vaadin.flow.component.html.Span.class).from(dialog.staleNotice).single().getText())
                .startsWith("Plans colleague saved this record on "
                        + org.interlocutor.shared.ui.Formats.dateTime(saved.updatedAt()));
        test($(Button.class).from(dialog.staleNotice).withText("Reload").single()).click();

        PlanDialog reloaded = $(PlanDialog.class).single();
        assertThat(reloaded).isNotSameAs(dialog);
        assertThat(reloaded.priority.getValue()).isEqualTo(OutreachPriority.LOW);
        assertThat(reloaded.notes.getValue()).isEmpty();
        assertThat(reloaded.unsaved.copyText()).isEqualTo("Notes: Start with the Bureau's vice-presidents.");
        assertThat(view.getPageTitle()).isEqualTo("Bureau members " + marker);
    }

    @Test
    @WithStaff(username = MANAGER, role = Role.MANAGER)
    void theCampaignPageListsItsPlansWithTheirProgress() {
        OutreachPlanDetails plan = planWithOneOfThreeReached();

        UI.getCurrent().navigate("campaigns/" + plan.campaignId());

        CampaignPlansSection.PlansCard card = $(CampaignPlansSection.PlansCard.class).single();
        assertThat(test(card.grid).size()).isEqualTo(1);
        assertThat(test(card.grid).getRow(0).name()).isEqualTo("Bureau members " + marker);
        PlanProgressBar progress = (PlanProgressBar) test(card.grid).getCellComponent(0, "progress");
        assertThat(progress.text.getText()).isEqualTo("1 of 3 reached");
        Anchor link = $(Anchor.class).from(test(card.grid).getCellComponent(0, "name")).single();
        assertThat(link.getHref()).isEqualTo("plans/" + plan.id());
    }
}
