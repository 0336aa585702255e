package org.interlocutor.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.ViewTest;
import org.interlocutor.audit.AuditEntry;
import org.interlocutor.audit.RecordedEvents;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.RecordTypes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrators' audit trail screen: its filters, the event it opens, and who may open it at all. */
@ViewTest
@WithStaff(username = "trail.admin", role = Role.ADMIN)
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcClient jdbc;

    private final String marker = "tv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    /** A contact an officer entered, then changed, then (when restricted) opened: three events. */
    private ContactDetails contactWithHistory(Sensitivity sensitivity) {
        return testUsers.as("trail.officer", Role.OFFICER, () -> {
            ContactDetails created = contacts.create(ContactDraft.of("Nadia", "Haddad " + marker,
                    StakeholderCategory.CIVIL_SOCIETY).withSensitivity(sensitivity, null), null);
            ContactDraft draft = created.draft();
            ContactDetails changed = contacts.update(created.id(), created.version(), new ContactDraft(null,
                    draft.givenName(), draft.familyName(), "Legal adviser", draft.category(), null, null, Set.of(),
                    List.of(), List.of(), draft.ownerId(), null, draft.stance(), sensitivity, null, null, Set.of()));
            contacts.open(changed.id());
            return changed;
        });
    }

    private AuditTrailView showingRecord(ContactDetails contact) {
        AuditTrailView view = navigate(AuditTrailView.class);
        test(view.recordType).selectItem("Contact");
        test(view.recordId).setValue(String.valueOf(contact.id()));
        return view;
    }

    @Test
    void administratorNarrowsTheTrailByRecordActionAndUser() {
        ContactDetails contact = contactWithHistory(Sensitivity.RESTRICTED);

        AuditTrailView view = showingRecord(contact);

        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("trail.officer");
        assertThat(test(view.grid).getCellText(0, 2)).as("newest first").isEqualTo("Opened");
        assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("Changed");
        assertThat(test(view.grid).getCellText(1, 3)).isEqualTo("Contact " + contact.id());
        assertThat(test(view.grid).getCellText(1, 4)).isEqualTo("Position");
        assertThat(test(view.grid).getCellText(2, 2)).isEqualTo("Created");

        test(view.actions).selectItem("Created", "Opened");
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.user).setValue("trail.off");
        assertThat(test(view.grid).size()).isEqualTo(2);
        test(view.user).setValue("someone.else");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void thePeriodChosenNarrowsTheTrailToItsDays() {
        ContactDetails contact = contactWithHistory(Sensitivity.NORMAL);
        AuditTrailView view = showingRecord(contact);
        LocalDate today = LocalDate.now(org.interlocutor.shared.ui.Formats.zone());

        test(view.from).setValue(today.plusDays(1));
        assertThat(test(view.grid).size()).isZero();

        test(view.from).setValue(today);
        test(view.to).setValue(today);
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.to).setValue(today.minusDays(1));
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void aRowOpensTheEventWithEachFieldBeforeAndAfter() {
        ContactDetails contact = contactWithHistory(Sensitivity.NORMAL);
        AuditTrailView view = showingRecord(contact);

        test(view.grid).clickRow(0);

        AuditEventDialog dialog = $(AuditEventDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Changed · Contact " + contact.id());
        assertThat(test(dialog.changes).size()).isEqualTo(1);
        assertThat(test(dialog.changes).getCellText(0, 0)).isEqualTo("Position");
        assertThat(test(dialog.changes).getCellComponent(0, "before").getElement().getText()).isEqualTo("none");
        assertThat(test(dialog.changes).getCellComponent(0, "after").getElement().getText())
                .isEqualTo("Legal adviser");
        assertThat($(Anchor.class).from(dialog).single().getHref()).isEqualTo("contacts/" + contact.id());
    }

    @Test
    void theEventOfARecordTheAdministratorMayNotSeeShowsWhichFieldsChangedButNotTheirValues() {
        ContactDetails contact = contactWithHistory(Sensitivity.CONFIDENTIAL);
        AuditTrailView view = showingRecord(contact);

        test(view.grid).clickRow(1);

        AuditEventDialog dialog = $(AuditEventDialog.class).single();
        assertThat($(Paragraph.class).from(dialog).withClassName("withheld-note").exists()).isTrue();
        assertThat(test(dialog.changes).getCellText(0, 0)).isEqualTo("Position");
        assertThat(dialog.changes.getColumnByKey("after")).isNull();
    }

    @Test
    @WithStaff(username = "trail.curious", role = Role.OFFICER)
    void anOfficerAskingForTheTrailIsRefusedAndTheRefusalIsFiled() {
        RecordedEvents recorded = new RecordedEvents(jdbc);
        long before = recorded.lastId();

        navigate("admin/audit", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(AuditTrailView.class);
        assertThat(recorded.after(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(event.recordType()).isEqualTo(RecordTypes.SESSION);
            assertThat(event.actor()).isEqualTo("trail.curious");
            assertThat(event.detail()).isEqualTo("screen /admin/audit");
        });
    }

    @Test
    @WithStaff(username = "trail.officer", role = Role.OFFICER)
    void aContactsPageShowsItsOwnHistoryNewestFirst() {
        ContactDetails contact = contactWithHistory(Sensitivity.NORMAL);

        navigate("contacts/" + contact.id(), Component.class);

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> history = $(Grid.class).withClassName("record-history").single();
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellText(0, 2)).isEqualTo("Changed");
        assertThat(test(history).getCellComponent(0, "changes").getElement().getTextRecursively())
                .isEqualTo("Position: — → Legal adviser");
        assertThat(test(history).getCellText(1, 2)).isEqualTo("Created");
    }

    @Test
    @WithStaff(username = "trail.officer", role = Role.OFFICER)
    void anEngagementsPageShowsItsOwnHistory() {
        ContactDetails contact = contactWithHistory(Sensitivity.NORMAL);
        long me = testUsers.ensure("trail.officer", Role.OFFICER).id();
        EngagementDetails meeting = engagements.create(new EngagementDraft(EngagementKind.CALL,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), null, null, "Call " + marker, null, null,
                Set.of(contact.id()), Set.of(), Set.of(me), Set.of(), Sensitivity.NORMAL, List.of()));

        navigate("engagements/" + meeting.id(), Component.class);

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> history = $(Grid.class).withClassName("record-history").single();
        assertThat(test(history).size()).isEqualTo(1);
        assertThat(test(history).getCellText(0, 1)).isEqualTo("trail.officer");
        assertThat(test(history).getCellText(0, 2)).isEqualTo("Created");
        assertThat(test(history).getCellComponent(0, "changes").getElement().getTextRecursively())
                .contains("Title: — → Call " + marker);
    }
}
