package org.interlocutor.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlocutor.ViewTest;
import org.interlocutor.campaign.CampaignDetails;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ViewTest
@WithStaff(username = "campaigns.manager", role = Role.MANAGER)
class CampaignViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CampaignService campaigns;
    @Autowired
    TestUsers testUsers;

    private static String unique(String base) {
        return base + " " + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
    }

    private CampaignDetails campaign(String name) {
        return campaigns.create(new CampaignDraft(name, "Offices where the crimes happened.",
                "Keep the Bangui office open\n\n- A published field presence policy", LocalDate.of(2026, 1, 5),
                LocalDate.of(2027, 12, 31), CampaignStatus.ACTIVE));
    }

    private CampaignView open(CampaignDetails details) {
        return navigate(CampaignView.class, Map.of("id", String.valueOf(details.id())));
    }

    @Test
    void thePageShowsStatusPeriodDescriptionAndObjectivesLineByLine() {
        CampaignDetails campaign = campaign(unique("Field presence"));

        CampaignView view = open(campaign);

        assertThat(view.getPageTitle()).isEqualTo(campaign.name());
        assertThat($(H2.class).withText(campaign.name()).exists()).isTrue();
        assertThat($(Span.class).withClassName("campaign-active").first().getText()).isEqualTo("Active");
        assertThat($(Div.class).withClassName("campaign-period").single().getText())
                .isEqualTo("Jan 5, 2026 – Dec 31, 2027");
        assertThat($(Paragraph.class).withClassName("campaign-text").single().getText())
                .isEqualTo("Offices where the crimes happened.");
        assertThat($(ListItem.class).all()).as("one objective per line, the typed bullet dropped")
                .extracting(ListItem::getText)
                .containsExactly("Keep the Bangui office open", "A published field presence policy");
        Div created = $(Div.class).withClassName("definition-term").withText("Created").single();
        assertThat(created.getParent().orElseThrow().getElement().getTextRecursively())
                .endsWith(" by campaigns.manager");
        Nav breadcrumb = $(Nav.class).withClassName("breadcrumb").single();
        assertThat($(Anchor.class).from(breadcrumb).single().getText()).isEqualTo("Campaigns");
    }

    @Test
    void aCampaignWithoutTextsOrDatesSaysSo() {
        CampaignDetails bare = campaigns.create(new CampaignDraft(unique("Bare"), null, null, null, null,
                CampaignStatus.PLANNED));

        open(bare);

        assertThat($(Div.class).withClassName("campaign-period").single().getText()).isEqualTo("No dates set");
        assertThat($(Paragraph.class).withText("No description yet.").exists()).isTrue();
        assertThat($(Paragraph.class).withText("No objectives written down yet.").exists()).isTrue();
    }

    @Test
    void aSingleObjectiveReadsAsASentenceAndLineBreaksInTheDescriptionAreKept() {
        CampaignDetails created = campaigns.create(new CampaignDraft(unique("Ratification"),
                "First paragraph.\nSecond paragraph.", "Two more states in the Asia-Pacific group", null, null,
                CampaignStatus.ACTIVE));

        open(created);

        assertThat($(Paragraph.class).withClassName("campaign-text").all()).extracting(Paragraph::getText)
                .containsExactly("First paragraph.\nSecond paragraph.", "Two more states in the Asia-Pacific group");
        assertThat($(ListItem.class).exists()).isFalse();
    }

    @Test
    void aManagerEditsTheCampaign() {
        CampaignDetails created = campaign(unique("Outreach"));
        CampaignView view = open(created);

        test($(Button.class).withText("Edit").single()).click();
        CampaignDialog dialog = $(CampaignDialog.class).single();
        assertThat(dialog.objectives.getValue()).isEqualTo(created.objectives());
        String renamed = unique("Outreach to affected communities");
        test(dialog.name).setValue(renamed);
        test(dialog.status).selectItem("On hold");
        test(dialog.endsOn).setValue(null);
        test($(Button.class).withText("Save").single()).click();

        assertThat($(CampaignDialog.class).exists()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo(renamed);
        assertThat($(Notification.class).last().getElement().getProperty("text", ""))
                .isEqualTo(renamed + " has been saved.");
        assertThat($(Div.class).withClassName("campaign-period").single().getText()).isEqualTo("From Jan 5, 2026");
        CampaignDetails stored = campaigns.find(created.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(CampaignStatus.ON_HOLD);
        assertThat(stored.endsOn()).isNull();
        assertThat(stored.updatedBy()).isEqualTo("campaigns.manager");
    }

    @Test
    void aSecondSaveIsRefusedNamingWhoSavedFirstAndTheTypedInputStaysVisibleAfterReload() {
        CampaignDetails created = campaign(unique("Completion"));
        CampaignView view = open(created);

        test($(Button.class).withText("Edit").single()).click();
        CampaignDialog dialog = $(CampaignDialog.class).single();
        String mine = unique("My name");
        test(dialog.name).setValue(mine);
        String theirs = unique("Their name");
        CampaignDetails saved = testUsers.as("campaigns.rival", Role.MANAGER, () -> campaigns.update(created.id(),
                created.version(), new CampaignDraft(theirs, null, null, null, null, CampaignStatus.COMPLETED)));
        test($(Button.class).withText("Save").single()).click();

        assertThat(dialog.staleNotice.isVisible()).isTrue();
        assertThat($(Span.class).from(dialog.staleNotice).single().getText())
                .startsWith("Campaigns rival saved this record on "
                        + org.interlocutor.shared.ui.Formats.dateTime(saved.updatedAt()) + ", after you opened it.");
        assertThat(dialog.name.getValue()).isEqualTo(mine);
        assertThat(campaigns.find(created.id()).orElseThrow().name()).isEqualTo(theirs);

        test($(Button.class).from(dialog.staleNotice).withText("Reload").single()).click();

        CampaignDialog reloaded = $(CampaignDialog.class).single();
        assertThat(reloaded).isNotSameAs(dialog);
        assertThat(reloaded.name.getValue()).isEqualTo(theirs);
        assertThat(reloaded.unsaved.copyText()).as("only what this person changed")
                .isEqualTo("Name: " + mine);
        assertThat(view.getPageTitle()).isEqualTo(theirs);
        assertThat($(Span.class).withClassName("campaign-completed").exists()).isTrue();
    }

    @Test
    void archivingNeedsConfirmationAndCanBeUndone() {
        CampaignDetails created = campaign(unique("Short-lived push"));
        open(created);

        test($(Button.class).withText("Archive").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(campaigns.find(created.id()).orElseThrow().archived()).isTrue();
        assertThat($(Span.class).withClassName("pill-archived").single().getText()).isEqualTo("Archived");
        test($(Button.class).withText("Restore").single()).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(campaigns.find(created.id()).orElseThrow().archived()).isFalse();
        assertThat($(Span.class).withClassName("pill-archived").exists()).isFalse();
    }

    @Test
    void archivingAfterSomeoneElseSavedShowsTheStaleNotice() {
        CampaignDetails created = campaign(unique("Contested"));
        CampaignView view = open(created);
        CampaignDraft draft = created.toDraft();
        campaigns.update(created.id(), created.version(), new CampaignDraft(draft.name(), "Changed by a colleague",
                draft.objectives(), draft.startsOn(), draft.endsOn(), draft.status()));

        test($(Button.class).withText("Archive").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(view.staleNotice.isVisible()).isTrue();
        assertThat($(Span.class).from(view.staleNotice).single().getText())
                .startsWith("Campaigns manager saved this record on ");
        assertThat(campaigns.find(created.id()).orElseThrow().archived()).isFalse();
    }

    @Test
    void anUnknownCampaignShowsAClearMessage() {
        CampaignView view = navigate(CampaignView.class, Map.of("id", "987654321"));

        assertThat(view.getPageTitle()).isEqualTo("Campaign not found");
        assertThat($(H2.class).withText("Campaign not found").exists()).isTrue();
        assertThat($(Anchor.class).withText("Back to all campaigns").exists()).isTrue();

        navigate(CampaignView.class, Map.of("id", "not-a-number"));
        assertThat($(H2.class).withText("Campaign not found").exists()).isTrue();
    }

    @Test
    @WithStaff(username = "campaigns.officer", role = Role.OFFICER)
    void anOfficerReadsThePageButCannotChangeIt() {
        CampaignDetails created = testUsers.as("campaigns.manager", Role.MANAGER,
                () -> campaign(unique("Read-only")));

        open(created);

        assertThat($(H2.class).withText(created.name()).exists()).isTrue();
        assertThat($(Button.class).withText("Edit").exists()).isFalse();
        assertThat($(Button.class).withText("Archive").exists()).isFalse();
    }

    @Test
    void thePageIsInFrenchForAFrenchSpeaker() {
        CampaignDetails created = campaign(unique("Présence sur le terrain"));
        UI.getCurrent().setLocale(Locale.FRENCH);

        open(created);

        assertThat($(Button.class).withText("Modifier").exists()).isTrue();
        assertThat($(H2.class).withText("Objectifs").exists()).isTrue();
        assertThat($(Span.class).withClassName("campaign-active").first().getText()).isEqualTo("En cours");
        assertThat($(Div.class).withClassName("campaign-period").single().getText())
                .isEqualTo("Du 5 janv. 2026 au 31 déc. 2027");
    }
}
