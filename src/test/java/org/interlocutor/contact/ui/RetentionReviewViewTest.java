package org.interlocutor.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ViewTest
@WithStaff(username = "retention.screen.manager", role = Role.MANAGER)
class RetentionReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ContactService contacts;
    @Autowired
    JdbcTemplate jdbc;

    private final String family = "Rev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private long enteredTenYearsAgo(String given) {
        long id = contacts.create(ContactDraft.of(given, family, StakeholderCategory.MEDIA), null).id();
        jdbc.update("update contact set created_at = ?, last_engaged_on = null where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(10L * 366 * 24 * 3600)), id);
        return id;
    }

    private List<ContactRow> rows(RetentionReviewView view) {
        List<ContactRow> rows = new ArrayList<>();
        for (int row = 0; row < test(view.grid).size(); row++) {
            rows.add(test(view.grid).getRow(row));
        }
        return rows;
    }

    @Test
    void listsTheQuietPeopleAndArchivesTheTickedOnes() {
        long quiet = enteredTenYearsAgo("Quiet");
        long kept = enteredTenYearsAgo("Kept");
        long recent = contacts.create(ContactDraft.of("Recent", family, StakeholderCategory.MEDIA), null).id();

        UI.getCurrent().navigate("retention");
        RetentionReviewView view = $(RetentionReviewView.class).single();

        List<Long> listed = rows(view).stream().map(ContactRow::id).toList();
        assertThat(listed).contains(quiet, kept).doesNotContain(recent);
        assertThat(view.count.getText()).matches("\\d+ people are due for review");
        assertThat(view.archive.isEnabled()).isFalse();
        ContactRow toArchive = rows(view).stream().filter(row -> row.id() == quiet).findFirst().orElseThrow();
        view.grid.select(toArchive);
        assertThat(view.archive.isEnabled()).isTrue();
        test(view.archive).click();
        assertThat($(ConfirmDialog.class).single().isOpened()).isTrue();

        view.archive(Set.of(quiet));

        assertThat(rows(view).stream().map(ContactRow::id).toList()).doesNotContain(quiet).contains(kept);
        assertThat(contacts.find(quiet).orElseThrow().archived()).isTrue();
    }
}
