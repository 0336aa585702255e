package org.interlocutor.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.TagRow;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ViewTest
@WithStaff(username = "contacts.screen.officer", role = Role.OFFICER)
class ContactsViewTest extends SpringBrowserlessTest {

    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;

    /** A family name no other test uses, so that searching for it finds only this test's people. */
    private static String uniqueFamily() {
        return "Zed" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private ContactDetails create(String given, String family, Sensitivity sensitivity, Long ownerId) {
        ContactDraft draft = ContactDraft.of(given, family, StakeholderCategory.CIVIL_SOCIETY)
                .withEmails(List.of(new EmailEntry(given.toLowerCase() + "." + family.toLowerCase() + "@ngo.example",
                        null, true)))
                .withSensitivity(sensitivity, ownerId);
        return contacts.create(draft, null);
    }

    private List<String> gridNames(ContactsView view) {
        List<String> names = new ArrayList<>();
        for (int row = 0; row < test(view.grid).size(); row++) {
            names.add(test(view.grid).getRow(row).displayName());
        }
        return names;
    }

    private void openWithQuery(String query) {
        UI.getCurrent().navigate("contacts", QueryParameters.fromString(query));
    }

    @Test
    void searchNarrowsTheListToWhatTheOfficerMaySee() {
        String family = uniqueFamily();
        long otherOfficer = testUsers.ensure("contacts.screen.other", Role.OFFICER).id();
        create("Visible", family, Sensitivity.NORMAL, null);
        testUsers.runAs("contacts.screen.other", Role.OFFICER, () -> contacts.create(
                ContactDraft.of("Hidden", family, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                        .withSensitivity(Sensitivity.CONFIDENTIAL, otherOfficer), null));
        ContactsView view = navigate(ContactsView.class);

        test(view.filterBar.text).setValue(family);

        assertThat(gridNames(view)).containsExactly("Visible " + family);
        roundTrip();
        assertThat(view.resultCount.getText()).isEqualTo("1 contact");
    }

    @Test
    void theFilterComesFromTheAddressSoThatAListCanBeBookmarked() {
        String family = uniqueFamily();
        create("Bookmarked", family, Sensitivity.NORMAL, null);
        create("Other", uniqueFamily(), Sensitivity.NORMAL, null);

        openWithQuery("q=" + family + "&cols=name,email");

        ContactsView view = (ContactsView) getCurrentView();
        assertThat(view.filterBar.text.getValue()).isEqualTo(family);
        assertThat(gridNames(view)).containsExactly("Bookmarked " + family);
        assertThat(view.columns.visible()).containsExactly("name", "email");
    }

    @Test
    void hidingAColumnFromTheChooserTakesItOutOfTheGrid() {
        ContactsView view = navigate(ContactsView.class);
        assertThat(view.columns.column("owner").isVisible()).isTrue();

        MenuBar columnsMenu = $(MenuBar.class).withClassName("columns-menu").single();
        new MenuBarTester<>(columnsMenu).clickItem(0, view.columns.ids().indexOf("owner"));

        assertThat(view.columns.column("owner").isVisible()).isFalse();
    }

    @Test
    void aSavedViewReopensItsFilter() {
        String family = uniqueFamily();
        create("Saved", family, Sensitivity.NORMAL, null);
        ContactsView view = navigate(ContactsView.class);
        test(view.filterBar.text).setValue(family);

        new MenuBarTester<>($(MenuBar.class).withClassName("views-menu").single()).clickItem(0, 0);
        SaveViewDialog dialog = $(SaveViewDialog.class).single();
        test(dialog.name).setValue("People named " + family);
        test($(Button.class).withClassName("save-view").single()).click();

        navigate(ContactsView.class);
        MenuBar views = $(MenuBar.class).withClassName("views-menu").single();
        var savedItems = views.getItems().getFirst().getSubMenu().getItems();
        int position = savedItems.stream().map(item -> item.getText()).toList().indexOf("People named " + family);
        new MenuBarTester<>(views).clickItem(0, position);
        ContactsView reopened = (ContactsView) getCurrentView();
        assertThat(reopened.filterBar.text.getValue()).isEqualTo(family);
        assertThat(gridNames(reopened)).containsExactly("Saved " + family);
    }

    @Test
    void bulkActionTagsTheSelectedContactsOnly() {
        String family = uniqueFamily();
        ContactDetails first = create("First", family, Sensitivity.NORMAL, null);
        ContactDetails second = create("Second", family, Sensitivity.NORMAL, null);
        ContactsView view = navigate(ContactsView.class);
        test(view.filterBar.text).setValue(family);
        view.grid.select(test(view.grid).getRow(0));
        String tag = "bulk-" + family.toLowerCase();

        new MenuBarTester<>($(MenuBar.class).withClassName("bulk-menu").single()).clickItem(0, 0);
        @SuppressWarnings("unchecked")
        ComboBox<TagRow> tagField = $(ComboBox.class).withLabel("Tag").single();
        tagField.setValue(new TagRow(-1, tag));
        test($(Button.class).withClassName("apply-bulk").single()).click();

        assertThat(contacts.find(first.id()).orElseThrow().draft().tags()).contains(tag);
        assertThat(contacts.find(second.id()).orElseThrow().draft().tags()).doesNotContain(tag);
    }

    @Test
    @WithStaff(username = "contacts.screen.viewer", role = Role.VIEWER)
    void aViewerReadsTheListButHasNoNewContactNorBulkActions() {
        navigate(ContactsView.class);

        assertThat($(Button.class).withClassName("new-contact").exists()).isFalse();
        assertThat($(MenuBar.class).withClassName("bulk-menu").exists()).isFalse();
        assertThat($(TextField.class).withClassName("search-field").exists()).isTrue();
    }

    @Test
    void archivedContactsShowOnlyWhenAskedFor() {
        String family = uniqueFamily();
        ContactDetails archived = create("Archived", family, Sensitivity.NORMAL, null);
        contacts.setArchived(archived.id(), archived.version(), true);

        openWithQuery("q=" + family);
        assertThat(gridNames((ContactsView) getCurrentView())).isEmpty();

        openWithQuery("q=" + family + "&archived=archived");
        assertThat(gridNames((ContactsView) getCurrentView())).containsExactly("Archived " + family);
        assertThat(contacts.rows(ContactFilter.NONE.withText(family), PageRequest.of(0, 10))).isEmpty();
    }

}
