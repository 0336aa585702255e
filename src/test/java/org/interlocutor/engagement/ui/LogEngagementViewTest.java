package org.interlocutor.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.engagement.Ref;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ViewTest
@WithStaff(username = "logging.officer", role = Role.OFFICER)
class LogEngagementViewTest extends SpringBrowserlessTest {

    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    FollowUpService followUps;
    @Autowired
    TestUsers testUsers;

    private static String unique(String base) {
        return base + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private ContactDetails contact(String given, String family) {
        return contacts.create(ContactDraft.of(given, family, StakeholderCategory.STATE_PARTY_REPRESENTATIVE), null);
    }

    private EngagementDetails engagementWith(ContactDetails participant, String title) {
        long me = testUsers.ensure("logging.officer", Role.OFFICER).id();
        return engagements.create(new EngagementDraft(EngagementKind.CALL, Instant.now().minus(2, ChronoUnit.DAYS),
                null, "Phone", title, "First line\nSecond line", "Agreed to meet", Set.of(participant.id()),
                Set.of(), Set.of(me), Set.of(), Sensitivity.NORMAL, List.of()));
    }

    private void openPage(String route) {
        UI.getCurrent().navigate(route);
    }

    private LogEngagementDialog dialog() {
        return $(LogEngagementDialog.class).single();
    }

    @Test
    void anOfficerLogsAMeetingWithTwoParticipantsAndAFollowUpFromAContactPage() {
        String family = unique("Asante");
        ContactDetails first = contact("Ama", family);
        ContactDetails second = contact("Kwame", family);
        openPage("contacts/" + first.id());

        test($(Button.class).withClassName("log-engagement-with").single()).click();
        LogEngagementDialog dialog = dialog();
        assertThat(dialog.participants.getValue()).extracting(row -> row.id()).containsExactly(first.id());
        assertThat(dialog.staffPresent.getValue()).extracting(member -> member.username())
                .containsExactly("logging.officer");
        assertThat(dialog.kind.getValue()).isEqualTo(EngagementKind.MEETING);
        test(dialog.title).setValue("Briefing on field presence");
        test(dialog.participants).setFilter(family.toLowerCase());
        test(dialog.participants).selectItem("Ama " + family, "Kwame " + family);
        test(dialog.followUps.add).click();
        FollowUpsEditor.Line line = dialog.followUps.lines().getFirst();
        test(line.description).setValue("Send the briefing note");
        assertThat(line.concerns.getValue()).hasSize(2);
        assertThat(line.dueOn.getValue()).isEqualTo(LocalDate.now().plusDays(7));
        test(dialog.save).click();

        assertThat($(LogEngagementDialog.class).exists()).isFalse();
        List<EngagementRow> logged = engagements.rows(EngagementFilter.ofContact(second.id()), PageRequest.of(0, 5));
        assertThat(logged).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Briefing on field presence");
            assertThat(row.kind()).isEqualTo(EngagementKind.MEETING);
            assertThat(row.participants()).extracting(Ref::id).containsExactlyInAnyOrder(first.id(), second.id());
        });
        assertThat(followUps.ofContact(first.id(), PageRequest.of(0, 5))).singleElement().satisfies(followUp -> {
            assertThat(followUp.description()).isEqualTo("Send the briefing note");
            assertThat(followUp.assigneeName()).isEqualTo("Logging officer");
            assertThat(followUp.contacts()).extracting(Ref::id).containsExactlyInAnyOrder(first.id(), second.id());
        });
        LocalDate startedOn = LocalDate.ofInstant(logged.getFirst().startedAt(), ZoneOffset.UTC);
        assertThat(contacts.find(first.id()).orElseThrow().lastEngagedOn()).isEqualTo(startedOn);
        assertThat(contacts.find(second.id()).orElseThrow().lastEngagedOn()).isEqualTo(startedOn);
        Notification confirmation = $(Notification.class).withClassName("engagement-logged").single();
        assertThat($(Span.class, confirmation).first().getText()).isEqualTo("Engagement logged: Briefing on field presence");
    }

    @Test
    void aMissingTitleIsShownBesideTheFieldAndNothingIsLogged() {
        ContactDetails participant = contact("Nadia", unique("Haddad"));
        openPage("contacts/" + participant.id());

        test($(Button.class).withClassName("log-engagement-action").single()).click();
        LogEngagementDialog dialog = dialog();
        test(dialog.save).click();

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("This is required.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(engagements.count(EngagementFilter.ofContact(participant.id()))).isZero();
    }

    @Test
    void nobodyToEngageWithIsShownOnTheParticipantsField() {
        openPage("account");
        test($(Button.class).withClassName("log-engagement-action").single()).click();
        LogEngagementDialog dialog = dialog();
        test(dialog.title).setValue("Talking to myself");

        test(dialog.save).click();

        assertThat(dialog.participants.isInvalid()).isTrue();
        assertThat(dialog.participants.getErrorMessage()).isEqualTo("Add at least one participant or organisation.");
    }

    @Test
    void ctrlEnterSavesFromAnywhereInTheDialog() {
        ContactDetails participant = contact("Lina", unique("Morales"));
        openPage("contacts/" + participant.id());
        test($(Button.class).withClassName("log-engagement-with").single()).click();
        test(dialog().title).setValue("Quick call");
        roundTrip();

        fireShortcut(Key.ENTER, KeyModifier.CONTROL);

        assertThat($(LogEngagementDialog.class).exists()).isFalse();
        assertThat(engagements.rows(EngagementFilter.ofContact(participant.id()), PageRequest.of(0, 5)))
                .extracting(EngagementRow::title).containsExactly("Quick call");
    }

    @Test
    void altLOpensTheDialogFromAnyScreen() {
        openPage("account");
        roundTrip();

        fireShortcut(Key.KEY_L, KeyModifier.ALT);

        assertThat($(LogEngagementDialog.class).single().isOpened()).isTrue();
    }

    @Test
    void closingWithTypedTextAsksFirstAndClosingAnEmptyFormDoesNot() {
        openPage("account");
        test($(Button.class).withClassName("log-engagement-action").single()).click();
        LogEngagementDialog empty = dialog();
        ComponentUtil.fireEvent(empty, new Dialog.DialogCloseActionEvent(empty, true)); // Escape
        assertThat(empty.isOpened()).isFalse();

        test($(Button.class).withClassName("log-engagement-action").single()).click();
        LogEngagementDialog typed = dialog();
        test(typed.notes).setValue("Half a thought");
        ComponentUtil.fireEvent(typed, new Dialog.DialogCloseActionEvent(typed, true));

        assertThat(typed.isOpened()).isTrue();
        ConfirmDialog confirm = $(ConfirmDialog.class).withClassName("discard-engagement").single();
        test(confirm).confirm();
        assertThat(typed.isOpened()).isFalse();
    }

    @Test
    void aConfidentialParticipantRaisesTheSensitivityAndSaysWhy() {
        ContactDetails defender = contacts.create(ContactDraft.of("Rosa", unique("Quispe"),
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withSensitivity(Sensitivity.CONFIDENTIAL, null), null);
        openPage("contacts/" + defender.id());

        test($(Button.class).withClassName("log-engagement-with").single()).click();
        LogEngagementDialog dialog = dialog();

        assertThat(dialog.sensitivity.getValue()).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(dialog.sensitivity.getHelperText()).contains("Confidential").contains(defender.displayName());
        assertThat(dialog.sensitivity.getItemEnabledProvider().test(Sensitivity.NORMAL)).isFalse();
        dialog.participants.clear();
        assertThat(dialog.sensitivity.getValue()).isEqualTo(Sensitivity.NORMAL);
    }

    @Test
    void theEngagementPageShowsItAndEditsIt() {
        ContactDetails participant = contact("Yusuf", unique("Bello"));
        EngagementDetails engagement = engagementWith(participant, "Call about outreach");
        openPage("engagements/" + engagement.id());

        EngagementView page = (EngagementView) getCurrentView();
        assertThat(page.getPageTitle()).isEqualTo("Call about outreach");
        assertThat($(Anchor.class).withText(participant.displayName()).single().getHref())
                .isEqualTo("contacts/" + participant.id());
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("notes-text").single().getText())
                .isEqualTo("First line\nSecond line");

        test($(Button.class).withClassName("edit-engagement").single()).click();
        LogEngagementDialog dialog = dialog();
        assertThat(dialog.title.getValue()).isEqualTo("Call about outreach");
        assertThat(dialog.kind.getValue()).isEqualTo(EngagementKind.CALL);
        test(dialog.title).setValue("Call about outreach in the field");
        test(dialog.followUps.add).click();
        test(dialog.followUps.lines().getFirst().description).setValue("Share the draft");
        test(dialog.save).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Call about outreach in the field");
        EngagementDetails saved = engagements.find(engagement.id()).orElseThrow();
        assertThat(saved.row().title()).isEqualTo("Call about outreach in the field");
        assertThat(saved.row().notes()).isEqualTo("First line\nSecond line");
        assertThat(saved.followUps()).extracting(FollowUpRow::description).containsExactly("Share the draft");
    }

    @Test
    void aStaleEditNamesWhoSavedAndKeepsWhatWasTypedBesideTheReloadedVersion() {
        ContactDetails participant = contact("Omar", unique("Farouk"));
        EngagementDetails engagement = engagementWith(participant, "Call with the mission");
        openPage("engagements/" + engagement.id());
        test($(Button.class).withClassName("edit-engagement").single()).click();
        LogEngagementDialog dialog = dialog();
        test(dialog.outcome).setValue("What I typed");
        EngagementDetails saved = engagements.update(engagement.id(), engagement.version(), draftOf(engagement)
                .withStartedAt(engagement.row().startedAt().minus(1, ChronoUnit.HOURS))); // saved in another tab

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.staleNotice.isVisible()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Span.class).from(dialog.staleNotice).single().getText())
                .startsWith("Logging officer saved this record on "
                        + org.interlocutor.shared.ui.Formats.dateTime(saved.updatedAt()) + ", after you opened it.");
        assertThat(dialog.outcome.getValue()).isEqualTo("What I typed");
        assertThat(engagements.find(engagement.id()).orElseThrow().row().outcome()).isEqualTo("Agreed to meet");

        test($(Button.class).from(dialog.staleNotice).withText("Reload").single()).click();

        LogEngagementDialog reloaded = $(LogEngagementDialog.class).single();
        assertThat(reloaded).isNotSameAs(dialog);
        assertThat(reloaded.outcome.getValue()).isEqualTo("Agreed to meet");
        assertThat(reloaded.unsaved.copyText()).isEqualTo("Outcome: What I typed");
    }

    private static EngagementDraft draftOf(EngagementDetails details) {
        EngagementRow row = details.row();
        return new EngagementDraft(row.kind(), row.startedAt(), row.endedAt(), row.place(), row.title(), row.notes(),
                row.outcome(), Set.copyOf(row.participants().stream().map(Ref::id).toList()), Set.of(),
                Set.copyOf(row.staff().stream().map(Ref::id).toList()), Set.of(), row.sensitivity(), List.of());
    }

    @Test
    void deletingAnEngagementCanBeUndone() {
        ContactDetails participant = contact("Ines", unique("Duarte"));
        EngagementDetails engagement = engagementWith(participant, "Lunch at the mission");
        openPage("engagements/" + engagement.id());

        test($(Button.class).withClassName("delete-engagement").single()).click();
        test($(ConfirmDialog.class).withClassName("confirm-delete-engagement").single()).confirm();

        assertThat(engagements.find(engagement.id())).isEmpty();
        assertThat(contacts.find(participant.id()).orElseThrow().lastEngagedOn()).isNull();
        assertThat(getCurrentView()).isNotInstanceOf(EngagementView.class);
        Notification deleted = $(Notification.class).withClassName("engagement-deleted").single();
        test($(Button.class, deleted).withClassName("undo-delete").single()).click();

        assertThat(engagements.find(engagement.id())).isPresent();
        assertThat(contacts.find(participant.id()).orElseThrow().lastEngagedOn()).isNotNull();
        assertThat(getCurrentView()).isInstanceOf(EngagementView.class);
    }

    @Test
    void anEngagementTheViewerMayNotSeeAnswersLikeOneThatDoesNotExist() {
        ContactDetails participant = contact("Hidden", unique("Person"));
        EngagementDetails secret = engagements.create(new EngagementDraft(EngagementKind.MEETING, Instant.now(),
                null, null, "Confidential talk", null, null, Set.of(participant.id()), Set.of(),
                Set.of(testUsers.ensure("logging.officer", Role.OFFICER).id()), Set.of(), Sensitivity.CONFIDENTIAL,
                List.of()));

        String hidden = testUsers.as("logging.stranger", Role.OFFICER, () -> {
            openPage("engagements/" + secret.id());
            return $(H1.class).single().getText();
        });
        openPage("engagements/" + Long.MAX_VALUE);
        String missing = $(H1.class).single().getText();
        openPage("engagements/not-a-number");

        assertThat(hidden).isEqualTo("Engagement not found").isEqualTo(missing)
                .isEqualTo($(H1.class).single().getText());
    }

    @Test
    @WithStaff(username = "logging.viewer", role = Role.VIEWER)
    void aViewerSeesNoWayToLogAnEngagement() {
        ContactDetails participant = testUsers.as("logging.officer", Role.OFFICER,
                () -> contact("Visible", unique("Contact")));
        openPage("contacts/" + participant.id());

        assertThat($(Button.class).withClassName("log-engagement-action").exists()).isFalse();
        assertThat($(Button.class).withClassName("log-engagement-with").exists()).isFalse();
        assertThat($(H1.class).single().getText()).isEqualTo(participant.displayName());
    }
}
