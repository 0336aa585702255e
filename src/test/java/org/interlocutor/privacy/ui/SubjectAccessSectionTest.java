package org.interlocutor.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import java.util.UUID;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The subject-access export on a contact's page: offered to administrators, to nobody else. */
@ViewTest
@WithStaff(username = "sas.admin", role = Role.ADMIN)
class SubjectAccessSectionTest extends SpringBrowserlessTest {

    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;

    private final String marker = "sas" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private ContactDetails contact() {
        return testUsers.as("sas.officer", Role.OFFICER, () -> contacts.create(ContactDraft.of("Lina", "Haddad "
                + marker, StakeholderCategory.CIVIL_SOCIETY), null));
    }

    @Test
    void anAdministratorIsOfferedTheWorkbookAndTheJsonDocument() {
        ContactDetails contact = contact();

        navigate("contacts/" + contact.id(), Component.class);

        Section card = $(Section.class).withClassName("subject-access-card").single();
        assertThat(card.getElement().getTextRecursively()).contains("Subject access export");
        assertThat($(Anchor.class).from(card).withClassName("subject-access-xlsx").single().getHref()).isNotBlank();
        assertThat($(Anchor.class).from(card).withClassName("subject-access-json").single().getHref()).isNotBlank();
    }

    @Test
    @WithStaff(username = "sas.manager", role = Role.MANAGER)
    void nobodyElseIsOfferedIt() {
        ContactDetails contact = contact();

        navigate("contacts/" + contact.id(), Component.class);

        assertThat($(Section.class).withClassName("subject-access-card").exists()).isFalse();
        assertThat($(Anchor.class).withClassName("subject-access-xlsx").exists()).isFalse();
    }
}
