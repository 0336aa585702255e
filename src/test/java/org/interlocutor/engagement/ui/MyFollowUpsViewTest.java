package org.interlocutor.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.engagement.FollowUpStatus;
import org.interlocutor.engagement.FollowUpWindow;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each test signs in as an officer of its own, so that "my follow-ups" holds only what the test made. */
@ViewTest
class MyFollowUpsViewTest extends SpringBrowserlessTest {

    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    FollowUpService followUps;
    @Autowired
    OverdueFollowUpsBadge badge;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    Fixtures data;

    @BeforeEach
    void setUp() {
        data = new Fixtures(contacts, engagements, users, jdbc);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An engagement logged by this officer with follow-ups for them, due so many days from today. */
    private ContactDetails followUpsFor(String officer, String... descriptionsAndDays) {
        long me = data.user(officer);
        ContactDetails person = data.contact(officer, "Partner", Fixtures.token(), StakeholderCategory.CIVIL_SOCIETY,
                null);
        Fixtures.Draft draft = Fixtures.meeting("Coordination meeting", Instant.now()).with(person);
        for (int i = 0; i < descriptionsAndDays.length; i += 2) {
            draft.followUp(descriptionsAndDays[i], me, today().plusDays(Long.parseLong(descriptionsAndDays[i + 1])),
                    person);
        }
        data.log(officer, draft);
        return person;
    }

    private List<String> shown(MyFollowUpsView view, FollowUpWindow window) {
        FollowUpGrid grid = view.grids.get(window);
        if (!grid.isVisible()) {
            return List.of();
        }
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getRow(row).description()).toList();
    }

    private Component actions(MyFollowUpsView view, FollowUpWindow window, int row) {
        return test(view.grids.get(window)).getCellComponent(row, "actions");
    }

    /** Opens the row's menu of further actions and clicks one: 0 move, 1 reassign, 2 cancel. */
    private void more(MyFollowUpsView view, FollowUpWindow window, int row, int item) {
        ContextMenu menu = ((MyFollowUpsView.RowActions) actions(view, window, row)).menu;
        test(menu).open();
        test(menu).clickItem(item);
    }

    private String navigationBadge() {
        return $(Span.class).withClassName("nav-badge").all().stream().map(Span::getText).findFirst().orElse("");
    }

    @Test
    @WithStaff(username = "follow-ups.windows", role = Role.OFFICER)
    void openFollowUpsAreSplitIntoOverdueThisWeekAndLater() {
        followUpsFor("follow-ups.windows", "Send the minutes", "-3", "Call the mission", "0", "Draft the letter",
                "30", "Book the room", "-1");

        MyFollowUpsView view = navigate(MyFollowUpsView.class);

        assertThat(shown(view, FollowUpWindow.OVERDUE)).containsExactly("Send the minutes", "Book the room");
        assertThat(shown(view, FollowUpWindow.THIS_WEEK)).containsExactly("Call the mission");
        assertThat(shown(view, FollowUpWindow.LATER)).containsExactly("Draft the letter");
        assertThat(test(view.grids.get(FollowUpWindow.OVERDUE)).getCellComponent(0, "due").getElement()
                .getTextRecursively()).contains("3 days late");
        assertThat(navigationBadge()).isEqualTo("2");
        assertThat($(Span.class).withClassName("nav-badge").single().getElement().getAttribute("aria-label"))
                .isEqualTo("2 overdue");
    }

    @Test
    @WithStaff(username = "follow-ups.done", role = Role.OFFICER)
    void markingOneDoneTakesItOffTheListAndTheBadgeCountsDownUntilUndone() {
        followUpsFor("follow-ups.done", "Send the minutes", "-3", "Book the room", "-1");
        MyFollowUpsView view = navigate(MyFollowUpsView.class);
        assertThat(badge.count()).hasValue(2);

        test($(Button.class).from(actions(view, FollowUpWindow.OVERDUE, 0)).withClassName("mark-done").single())
                .click();

        assertThat(shown(view, FollowUpWindow.OVERDUE)).containsExactly("Book the room");
        assertThat(navigationBadge()).isEqualTo("1");
        assertThat(followUps.mine(FollowUpWindow.OVERDUE, PageRequest.of(0, 10)).stream()
                .map(FollowUpRow::description)).containsExactly("Book the room");

        test($(Button.class).withClassName("undo").last()).click();

        assertThat(shown(view, FollowUpWindow.OVERDUE)).containsExactly("Send the minutes", "Book the room");
        assertThat(navigationBadge()).isEqualTo("2");
    }

    @Test
    @WithStaff(username = "follow-ups.cancel", role = Role.OFFICER)
    void cancellingOneTakesItOffTheList() {
        ContactDetails person = followUpsFor("follow-ups.cancel", "Chase the reply", "0");
        MyFollowUpsView view = navigate(MyFollowUpsView.class);

        more(view, FollowUpWindow.THIS_WEEK, 0, 2);

        assertThat(shown(view, FollowUpWindow.THIS_WEEK)).isEmpty();
        assertThat(followUps.ofContact(person.id(), PageRequest.of(0, 5)).getFirst().status())
                .isEqualTo(FollowUpStatus.CANCELLED);
    }

    @Test
    @WithStaff(username = "follow-ups.giver", role = Role.OFFICER)
    void reassigningHandsItToTheColleagueWhoseListItJoins() {
        followUpsFor("follow-ups.giver", "Brief the new officer", "-2");
        long colleague = data.user("follow-ups.taker");
        MyFollowUpsView view = navigate(MyFollowUpsView.class);

        more(view, FollowUpWindow.OVERDUE, 0, 1);
        @SuppressWarnings("unchecked")
        FollowUpChangeDialog<Object, ?> dialog = $(FollowUpChangeDialog.class).single();
        ((com.vaadin.flow.component.combobox.ComboBox<Object>) dialog.field)
                .setValue(staff.find(colleague).orElseThrow());
        test(dialog.save).click();

        assertThat(shown(view, FollowUpWindow.OVERDUE)).isEmpty();
        assertThat(navigationBadge()).isEmpty();
        List<String> theirs = users.as("follow-ups.taker", Role.OFFICER, () -> followUps
                .mine(FollowUpWindow.OVERDUE, PageRequest.of(0, 10)).stream().map(FollowUpRow::description).toList());
        assertThat(theirs).containsExactly("Brief the new officer");
    }

    @Test
    @WithStaff(username = "follow-ups.to-viewer", role = Role.OFFICER)
    void aFollowUpCannotBeHandedToAViewer() {
        followUpsFor("follow-ups.to-viewer", "Brief the new officer", "-2");
        long viewer = users.ensure("follow-ups.some-viewer", Role.VIEWER).id();
        MyFollowUpsView view = navigate(MyFollowUpsView.class);

        more(view, FollowUpWindow.OVERDUE, 0, 1);
        @SuppressWarnings("unchecked")
        FollowUpChangeDialog<Object, ?> dialog = $(FollowUpChangeDialog.class).single();
        ((com.vaadin.flow.component.combobox.ComboBox<Object>) dialog.field).setValue(staff.find(viewer).orElseThrow());
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(((com.vaadin.flow.component.HasValidation) dialog.field).getErrorMessage())
                .isEqualTo("Follow-ups can only be assigned to officers, managers and administrators.");
        assertThat(shown(view, FollowUpWindow.OVERDUE)).containsExactly("Brief the new officer");
    }

    @Test
    @WithStaff(username = "follow-ups.mover", role = Role.OFFICER)
    void movingTheDueDateMovesItBetweenTheParts() {
        followUpsFor("follow-ups.mover", "Send the minutes", "-3");
        MyFollowUpsView view = navigate(MyFollowUpsView.class);

        more(view, FollowUpWindow.OVERDUE, 0, 0);
        @SuppressWarnings("unchecked")
        FollowUpChangeDialog<LocalDate, ?> dialog = $(FollowUpChangeDialog.class).single();
        assertThat(dialog.field.getValue()).isEqualTo(today().minusDays(3));
        ((com.vaadin.flow.component.datepicker.DatePicker) dialog.field).setValue(today().plusDays(40));
        test(dialog.save).click();

        assertThat(shown(view, FollowUpWindow.OVERDUE)).isEmpty();
        assertThat(shown(view, FollowUpWindow.LATER)).containsExactly("Send the minutes");
        assertThat(navigationBadge()).isEmpty();
    }

    @Test
    @WithStaff(username = "follow-ups.stale", role = Role.OFFICER)
    void aFollowUpChangedMeanwhileShowsTheStaleNoticeAndReloads() {
        followUpsFor("follow-ups.stale", "Send the minutes", "-3");
        MyFollowUpsView view = navigate(MyFollowUpsView.class);
        FollowUpRow row = followUps.mine(FollowUpWindow.OVERDUE, PageRequest.of(0, 1)).getFirst();
        followUps.reschedule(row.id(), row.version(), today().plusDays(1));

        test($(Button.class).from(actions(view, FollowUpWindow.OVERDUE, 0)).withClassName("mark-done").single())
                .click();

        assertThat(view.staleNotice.isVisible()).isTrue();
        assertThat($(Span.class).from(view.staleNotice).single().getText())
                .startsWith("Follow ups stale saved this record on ");
        assertThat(followUps.mine(FollowUpWindow.THIS_WEEK, PageRequest.of(0, 1)).getFirst().status())
                .isEqualTo(FollowUpStatus.OPEN);

        test($(Button.class).from(view.staleNotice).withText("Reload").single()).click();

        assertThat(view.staleNotice.isVisible()).isFalse();
        assertThat(shown(view, FollowUpWindow.OVERDUE)).isEmpty();
        assertThat(shown(view, FollowUpWindow.THIS_WEEK)).containsExactly("Send the minutes");
    }

    @Test
    @WithStaff(username = "follow-ups.rescheduler", role = Role.OFFICER)
    void aDueDateMovedMeanwhileIsRefusedNamingWhoMovedItAndTheChosenDateStaysBesideTheSavedOne() {
        followUpsFor("follow-ups.rescheduler", "Send the minutes", "-3");
        MyFollowUpsView view = navigate(MyFollowUpsView.class);
        FollowUpRow row = followUps.mine(FollowUpWindow.OVERDUE, PageRequest.of(0, 1)).getFirst();
        more(view, FollowUpWindow.OVERDUE, 0, 0);
        @SuppressWarnings("unchecked")
        FollowUpChangeDialog<LocalDate, ?> dialog = $(FollowUpChangeDialog.class).single();
        FollowUpRow moved = users.as("follow-ups.colleague", Role.MANAGER,
                () -> followUps.reschedule(row.id(), row.version(), today().plusDays(1)));
        ((com.vaadin.flow.component.datepicker.DatePicker) dialog.field).setValue(today().plusDays(40));

        test(dialog.save).click();

        assertThat(dialog.staleNotice.isVisible()).isTrue();
        assertThat($(Span.class).from(dialog.staleNotice).single().getText())
                .startsWith("Follow ups colleague saved this record on ");
        assertThat(followUps.find(row.id()).orElseThrow().dueOn()).isEqualTo(moved.dueOn());

        test($(Button.class).from(dialog.staleNotice).withText("Reload").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.field.getValue()).as("the saved due date").isEqualTo(today().plusDays(1));
        assertThat(dialog.unsaved.copyText()).isEqualTo("New due date: "
                + org.interlocutor.shared.ui.Formats.date(today().plusDays(40)));
        assertThat(shown(view, FollowUpWindow.THIS_WEEK)).containsExactly("Send the minutes");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(followUps.find(row.id()).orElseThrow().dueOn()).isEqualTo(today().plusDays(1));
    }

    @Test
    @WithStaff(username = "follow-ups.viewer", role = Role.VIEWER)
    void aViewerIsToldFollowUpsAreForOfficers() {
        MyFollowUpsView view = navigate(MyFollowUpsView.class);

        assertThat($(Paragraph.class).from(view).single().getText()).startsWith("Follow-ups are held by advocacy");
        assertThat(view.grids).isEmpty();
        assertThat(badge.count()).isEmpty();
        assertThat(navigationBadge()).isEmpty();
    }

    @Test
    @WithStaff(username = "follow-ups.need-to-know", role = Role.OFFICER)
    void aConfidentialPersonIsLeftOutAndOthersConfidentialFollowUpsNeverShow() {
        String other = "follow-ups.other-officer";
        long me = data.user("follow-ups.need-to-know");
        long them = data.user(other);
        ContactDetails secret = data.confidential(other, "Hidden", Fixtures.token());
        ContactDetails known = data.contact(other, "Known", Fixtures.token(), StakeholderCategory.CIVIL_SOCIETY, null);
        data.log(other, Fixtures.meeting("Shared meeting", Instant.now()).with(secret, known).staff(me)
                .followUp("Check on both", me, today().minusDays(1), secret, known));
        data.log(other, Fixtures.meeting("Their meeting", Instant.now()).with(secret, known)
                .followUp("Their own task", them, today().minusDays(1), secret));
        data.log(other, Fixtures.meeting("Another meeting", Instant.now()).with(secret)
                .followUp("A task for me on a meeting I missed", me, today().minusDays(2), secret));

        MyFollowUpsView view = navigate(MyFollowUpsView.class);

        assertThat(shown(view, FollowUpWindow.OVERDUE))
                .containsExactly("A task for me on a meeting I missed", "Check on both");
        String concerning = IntStream.range(0, 2).mapToObj(row -> test(view.grids.get(FollowUpWindow.OVERDUE))
                .getCellComponent(row, "people").getElement().getTextRecursively()).toList().toString();
        assertThat(concerning).contains(known.displayName()).doesNotContain("Hidden");
        assertThat(navigationBadge()).isEqualTo("2");
    }
}
