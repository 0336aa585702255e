package org.interlocutor.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.security.ui.ColleaguePicker;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access card of an engagement's page: its owner grants a colleague access and revokes it; a colleague present
 * reads who may see it without changing it; an administrator breaks the glass from the page of an engagement they
 * may not see.
 */
@ViewTest
@WithStaff(username = EngagementAccessViewTest.OWNER, role = Role.OFFICER)
class EngagementAccessViewTest extends SpringBrowserlessTest {

    static final String OWNER = "eav.owner";
    private static final String COLLEAGUE = "eav.colleague";
    private static final String PRESENT = "eav.present";

    @Autowired
    EngagementService engagements;
    @Autowired
    ContactService contacts;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TestUsers testUsers;

    private EngagementDetails meeting;

    @BeforeEach
    void confidentialMeetingOfTheOwner() {
        long owner = testUsers.ensure(OWNER, Role.OFFICER).id();
        long present = testUsers.ensure(PRESENT, Role.OFFICER).id();
        testUsers.ensure(COLLEAGUE, Role.OFFICER);
        String word = "eav" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long person = testUsers.as(OWNER, Role.OFFICER, () -> contacts.create(ContactDraft.of("Paul", word,
                StakeholderCategory.CIVIL_SOCIETY), null)).id();
        Instant at = Instant.parse("2026-05-05T09:00:00Z");
        meeting = testUsers.as(OWNER, Role.OFFICER, () -> engagements.create(new EngagementDraft(
                EngagementKind.MEETING, at, null, "Dakar", "Briefing " + word, null, null, Set.of(person), Set.of(),
                Set.of(owner, present), Set.of(), Sensitivity.CONFIDENTIAL, List.of())));
    }

    private void open() {
        UI.getCurrent().navigate("engagements/" + meeting.id());
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    private boolean colleagueSeesIt() {
        return testUsers.as(COLLEAGUE, Role.OFFICER, () -> engagements.find(meeting.id())).isPresent();
    }

    @Test
    void theOwnerGrantsAColleagueAccessAndRevokesIt() {
        open();
        AccessCard card = $(AccessCard.class).single();
        assertThat(textOf(card)).contains("Who may see this engagement", "Eav owner");

        $(ColleaguePicker.class).from(card).single()
                .setValue(staff.findByUsername(COLLEAGUE).orElseThrow());
        test($(Button.class).withClassName("grant-access").single()).click();

        assertThat(colleagueSeesIt()).isTrue();
        assertThat(textOf($(Div.class).withClassName("grant-line").single())).contains("Eav colleague");

        test($(Button.class).withClassName("revoke-access").single()).click();

        assertThat(colleagueSeesIt()).isFalse();
        assertThat($(Div.class).withClassName("grant-line").exists()).isFalse();
    }

    @Test
    @WithStaff(username = PRESENT, role = Role.OFFICER)
    void aColleaguePresentReadsWhoMaySeeItButCannotChangeIt() {
        open();

        assertThat(textOf($(AccessCard.class).single())).contains("Only the colleague who logged it");
        assertThat($(ColleaguePicker.class).exists()).isFalse();
        assertThat($(Button.class).withClassName("grant-access").exists()).isFalse();
    }

    @Test
    @WithStaff(username = "eav.admin", role = Role.ADMIN)
    void anAdministratorBreaksTheGlassFromTheEngagementsAddress() {
        open();
        assertThat($(H1.class).single().getText()).isEqualTo("Engagement not found");

        test($(Button.class).withClassName("break-glass").single()).click();
        test($(TextArea.class).withClassName("break-glass-reason-field").single())
                .setValue("Investigating a complaint about this briefing");
        test($(Button.class).withClassName("confirm-break-glass").single()).click();

        assertThat($(H1.class).single().getText()).isEqualTo(meeting.row().title());
        assertThat(textOf($(Div.class).withClassName("break-glass-list").single()))
                .contains("Eav admin", "Investigating a complaint about this briefing");
    }
}
