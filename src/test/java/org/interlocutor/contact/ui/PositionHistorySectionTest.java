package org.interlocutor.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.UUID;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.PositionChangeRow;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Position history" card of a contact's page. */
@ViewTest
@WithStaff(username = "history.officer", role = Role.OFFICER)
class PositionHistorySectionTest extends SpringBrowserlessTest {

    @Autowired
    ContactService contacts;

    private ContactDetails contact(Integer influence, Stance stance) {
        return contacts.create(ContactDraft.of("Amina", "History " + UUID.randomUUID().toString().substring(0, 8),
                StakeholderCategory.ICC_OFFICIAL).withPosition(influence, stance), null);
    }

    private Section card(long contactId) {
        UI.getCurrent().navigate("contacts/" + contactId);
        return $(Section.class).withClassName("position-history-card").single();
    }

    @Test
    void theContactPageListsEachChangeWithItsValuesBeforeAndAfterAndWho() {
        ContactDetails amina = contact(2, Stance.NEUTRAL);
        ContactDetails moved = contacts.changePosition(amina.id(), amina.version(), 4, Stance.NEUTRAL);
        contacts.changePosition(moved.id(), moved.version(), 4, Stance.SUPPORTIVE);

        @SuppressWarnings("unchecked")
        Grid<PositionChangeRow> grid = $(Grid.class).from(card(amina.id())).single();

        assertThat(test(grid).size()).isEqualTo(2);
        int stance = test(grid).getColumnPosition("stance");
        int influence = test(grid).getColumnPosition("influence");
        int by = test(grid).getColumnPosition("by");
        assertThat(test(grid).getCellText(0, stance)).isEqualTo("Neutral → Supportive");
        assertThat(test(grid).getCellText(0, influence)).isEqualTo("4 – high");
        assertThat(test(grid).getCellText(1, influence)).isEqualTo("2 – limited → 4 – high");
        assertThat(test(grid).getCellText(1, by)).isEqualTo("History officer");
    }

    @Test
    void aContactNeverChangedSaysSo() {
        ContactDetails omar = contact(3, Stance.OPPOSED);

        assertThat($(Paragraph.class).from(card(omar.id())).single().getText())
                .isEqualTo("Influence and stance have not changed since this person was entered.");
    }
}
