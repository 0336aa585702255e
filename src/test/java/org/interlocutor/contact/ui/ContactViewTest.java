package org.interlocutor.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import java.util.UUID;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.AffiliationRow;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ViewTest
@WithStaff(username = "contact.page.officer", role = Role.OFFICER)
class ContactViewTest extends SpringBrowserlessTest {

    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TestUsers testUsers;

    private static String unique(String base) {
        return base + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private ContactView open(long id) {
        UI.getCurrent().navigate("contacts/" + id);
        return (ContactView) getCurrentView();
    }

    private static String textOf(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    private OrganizationRow registry() {
        return organizations.suggest("Registry", PageRequest.of(0, 1)).getFirst();
    }

    @Test
    void officerCreatesAContactAndLandsOnItsPage() {
        String family = unique("Okafor");
        navigate(ContactsView.class);

        test($(Button.class).withClassName("new-contact").single()).click();
        ContactFormDialog dialog = $(ContactFormDialog.class).single();
        test(dialog.givenName).setValue("Ngozi");
        test(dialog.familyName).setValue(family);
        test(dialog.category).selectItem("Civil society");
        EmailField email = $(EmailField.class).from(dialog).first();
        test(email).setValue("ngozi." + family.toLowerCase() + "@ngo.example");
        test(dialog.save).click();

        ContactView page = (ContactView) getCurrentView();
        assertThat(page.getPageTitle()).isEqualTo("Ngozi " + family);
        assertThat($(H1.class).single().getText()).isEqualTo("Ngozi " + family);
    }

    @Test
    void missingNamesAreShownBesideTheFieldsAndNothingIsCreated() {
        navigate(ContactsView.class);
        test($(Button.class).withClassName("new-contact").single()).click();
        ContactFormDialog dialog = $(ContactFormDialog.class).single();

        test(dialog.save).click();

        assertThat(dialog.givenName.isInvalid()).isTrue();
        assertThat(dialog.familyName.getErrorMessage()).isEqualTo("This is required.");
        assertThat($(ContactFormDialog.class).exists()).isTrue();
    }

    @Test
    void aSecondRecordWithTheSameEmailIsOnlyCreatedAfterAWarning() {
        String family = unique("Mensah");
        String address = "kofi." + family.toLowerCase() + "@mission.example";
        contacts.create(ContactDraft.of("Kofi", family, StakeholderCategory.STATE_PARTY_REPRESENTATIVE)
                .withEmails(List.of(new EmailEntry(address, null, true))), null);
        navigate(ContactsView.class);
        test($(Button.class).withClassName("new-contact").single()).click();
        ContactFormDialog dialog = $(ContactFormDialog.class).single();
        test(dialog.givenName).setValue("K.");
        test(dialog.familyName).setValue(family);
        test($(EmailField.class).from(dialog).first()).setValue(address.toUpperCase());

        test(dialog.save).click();

        assertThat(textOf($(Div.class).from(dialog).withClassName("duplicate-candidate").single()))
                .contains("Kofi " + family).contains("same email address");
        assertThat(dialog.save.getText()).isEqualTo("Create anyway");
        test(dialog.save).click();
        assertThat(getCurrentView()).isInstanceOf(ContactView.class);
    }

    @Test
    void aStaleEditNamesWhoSavedAndKeepsWhatWasTypedBesideTheReloadedVersion() {
        ContactDetails contact = contacts.create(ContactDraft.of("Stale", unique("Edit"),
                StakeholderCategory.ACADEMIA), null);
        open(contact.id());
        test($(Button.class).withClassName("edit-contact").single()).click();
        ContactFormDialog dialog = $(ContactFormDialog.class).single();
        test(dialog.jobTitle).setValue("What I typed");
        ContactDetails saved = testUsers.as("contact.page.rival", Role.OFFICER, () -> contacts.update(contact.id(),
                contact.version(), contact.draft().withCountry("SN")));

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.jobTitle.getValue()).isEqualTo("What I typed");
        assertThat(textOf($(Div.class).from(dialog).withClassName("notice-error").single()))
                .contains("Contact page rival saved this record on "
                        + org.interlocutor.shared.ui.Formats.dateTime(saved.updatedAt()));
        assertThat(contacts.find(contact.id()).orElseThrow().draft().jobTitle()).isNull();

        test($(Button.class).from(dialog.staleNotice).withText("Reload").single()).click();

        ContactFormDialog reloaded = $(ContactFormDialog.class).single();
        assertThat(reloaded).isNotSameAs(dialog);
        assertThat(reloaded.jobTitle.getValue()).as("the saved version").isEmpty();
        assertThat(reloaded.country.getValue()).isNotNull();
        assertThat(reloaded.unsaved.copyText()).isEqualTo("Position: What I typed");
    }

    @Test
    void movingToAnotherOrganisationKeepsThePastAffiliationAsHistory() {
        ContactDetails contact = contacts.create(ContactDraft.of("Moving", unique("Person"),
                StakeholderCategory.ICC_OFFICIAL), new org.interlocutor.contact.AffiliationDraft(registry().id(),
                "Legal Officer", java.time.LocalDate.of(2020, 1, 6), null, true));
        open(contact.id());

        @SuppressWarnings("unchecked")
        Grid<AffiliationRow> history = $(Grid.class).from($(AffiliationsCard.class).single()).single();
        test($(Button.class).from(test(history).getCellComponent(0, 5)).withClassName("end-affiliation").single())
                .click();
        Dialog endDialog = $(Dialog.class).last();
        test($(Button.class).from(endDialog).withClassName("confirm-end").single()).click();

        List<AffiliationRow> kept = contacts.find(contact.id()).orElseThrow().affiliations();
        assertThat(kept).hasSize(1);
        assertThat(kept.getFirst().current()).isFalse();
        assertThat(kept.getFirst().to()).isNotNull();
        @SuppressWarnings("unchecked")
        Grid<AffiliationRow> shown = $(Grid.class).from($(AffiliationsCard.class).single()).single();
        assertThat(textOf(test(shown).getCellComponent(0, 4))).isEqualTo("Past");
    }

    @Test
    void theOwnerGrantsAColleagueAccessToAConfidentialContact() {
        long colleague = testUsers.ensure("contact.page.colleague", Role.OFFICER).id();
        ContactDetails contact = contacts.create(ContactDraft.of("Protected", unique("Defender"),
                        StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withSensitivity(Sensitivity.CONFIDENTIAL, null),
                null);
        assertThat(testUsers.as("contact.page.colleague", Role.OFFICER, () -> contacts.find(contact.id())))
                .isEmpty();
        open(contact.id());

        var picker = $(org.interlocutor.security.ui.ColleaguePicker.class).single();
        picker.setValue(staff.find(colleague).orElseThrow());
        test($(Button.class).withClassName("grant-access").single()).click();

        assertThat(testUsers.as("contact.page.colleague", Role.OFFICER, () -> contacts.find(contact.id())))
                .isPresent();
        assertThat(textOf($(Div.class).withClassName("grant-line").first())).contains("Contact page colleague");
    }

    @Test
    void aContactTheViewerMayNotSeeAnswersLikeOneThatDoesNotExist() {
        long other = testUsers.ensure("contact.page.stranger", Role.OFFICER).id();
        ContactDetails secret = testUsers.as("contact.page.stranger", Role.OFFICER, () -> contacts.create(
                ContactDraft.of("Secret", unique("Person"), StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                        .withSensitivity(Sensitivity.CONFIDENTIAL, other), null));

        ContactView hidden = open(secret.id());
        String hiddenText = $(H1.class).single().getText();
        ContactView missing = open(Long.MAX_VALUE);

        assertThat(hiddenText).isEqualTo("Contact not found").isEqualTo($(H1.class).single().getText());
        assertThat(hidden.getPageTitle()).isEqualTo(missing.getPageTitle());
    }
}
