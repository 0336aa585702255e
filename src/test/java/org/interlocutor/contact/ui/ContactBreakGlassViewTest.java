package org.interlocutor.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Break glass from a contact's page: an administrator who opens the address of a confidential person they may not
 * see is offered to break the glass, gives a reason and reads the person; an address that names nobody looks the
 * same until the reason is given; nobody else is offered anything; the owner reads on the access card who did it.
 */
@ViewTest
@WithStaff(username = ContactBreakGlassViewTest.ADMIN, role = Role.ADMIN)
class ContactBreakGlassViewTest extends SpringBrowserlessTest {

    static final String ADMIN = "bgv.admin";
    private static final String OWNER = "bgv.owner";
    private static final String REASON = "The defender asked us to check her file";

    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;

    private ContactDetails secret;

    @BeforeEach
    void confidentialPersonOfSomeoneElse() {
        long owner = testUsers.ensure(OWNER, Role.OFFICER).id();
        String family = "Hidden" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        secret = testUsers.as(OWNER, Role.OFFICER, () -> contacts.create(ContactDraft.of("Esther", family,
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withSensitivity(Sensitivity.CONFIDENTIAL, owner), null));
    }

    private void open(long id) {
        UI.getCurrent().navigate("contacts/" + id);
    }

    private static String textOf(com.vaadin.flow.component.HasElement component) {
        return component.getElement().getTextRecursively();
    }

    private void breakGlassWith(String reason) {
        test($(Button.class).withClassName("break-glass").single()).click();
        test($(TextArea.class).withClassName("break-glass-reason-field").single()).setValue(reason);
        test($(Button.class).withClassName("confirm-break-glass").single()).click();
    }

    @Test
    void anAdministratorGivesAReasonAndReadsThePerson() {
        open(secret.id());
        assertThat($(H1.class).single().getText()).isEqualTo("Contact not found");

        breakGlassWith("curious");

        TextArea reason = $(TextArea.class).withClassName("break-glass-reason-field").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason of at least 15 characters.");
        test(reason).setValue(REASON);
        test($(Button.class).withClassName("confirm-break-glass").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        assertThat($(H1.class).single().getText()).isEqualTo(secret.displayName());
        assertThat(textOf($(AccessCard.class).single())).contains("Break-glass accesses", "Bgv admin", REASON,
                "Open now");
    }

    @Test
    void anAddressThatNamesNobodyLooksTheSameUntilTheReasonIsGiven() {
        open(secret.id());
        String hidden = textOf(getCurrentView());
        open(Long.MAX_VALUE - 7);
        String missing = textOf(getCurrentView());
        assertThat(missing).isEqualTo(hidden).contains("Break glass");

        breakGlassWith(REASON);

        assertThat($(H1.class).single().getText()).isEqualTo("Contact not found");
        assertThat($(Paragraph.class).withClassName("break-glass-no-record").single().getText())
                .startsWith("There is no such record.");
    }

    @Test
    @WithStaff(username = "bgv.manager", role = Role.MANAGER)
    void nobodyButAnAdministratorIsOfferedToBreakTheGlass() {
        open(secret.id());

        assertThat($(H1.class).single().getText()).isEqualTo("Contact not found");
        assertThat($(Button.class).withClassName("break-glass").exists()).isFalse();
    }

    @Test
    @WithStaff(username = OWNER, role = Role.OFFICER)
    void theOwnerReadsOnTheAccessCardWhoBrokeTheGlassWhenAndWhy() {
        testUsers.as(ADMIN, Role.ADMIN, () -> contacts.breakGlass(secret.id(), REASON));

        open(secret.id());

        Div list = $(Div.class).withClassName("break-glass-list").single();
        assertThat(textOf(list)).contains("Bgv admin", REASON, "Open now", "until");
    }

    @Test
    @WithStaff(username = OWNER, role = Role.OFFICER)
    void theOwnersStartPageTellsOfTheBreakGlassAndLinksToThePerson() {
        testUsers.as(ADMIN, Role.ADMIN, () -> contacts.breakGlass(secret.id(), REASON));

        UI.getCurrent().navigate("");

        Section card = $(Section.class).withClassName("break-glass-card").single();
        assertThat(textOf(card)).contains("Your records opened by break glass", secret.displayName(), "Bgv admin",
                REASON);
        assertThat($(Anchor.class).from(card).withText(secret.displayName()).single().getHref())
                .isEqualTo("contacts/" + secret.id());
    }

    @Test
    @WithStaff(username = "bgv.someone", role = Role.OFFICER)
    void nobodyElsesStartPageTellsOfIt() {
        testUsers.as(ADMIN, Role.ADMIN, () -> contacts.breakGlass(secret.id(), REASON));

        UI.getCurrent().navigate("");

        assertThat($(Section.class).withClassName("break-glass-card").exists()).isFalse();
    }

    @Test
    @WithStaff(username = OWNER, role = Role.OFFICER)
    void anAccessCardWithoutBreakGlassShowsNoSuchList() {
        open(secret.id());

        assertThat($(AccessCard.class).single()).isNotNull();
        assertThat($(Div.class).withClassName("break-glass-list").exists()).isFalse();
    }
}
