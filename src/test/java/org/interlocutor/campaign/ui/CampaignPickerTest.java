package org.interlocutor.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlocutor.ViewTest;
import org.interlocutor.campaign.CampaignDetails;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The picker other features' forms use to choose campaigns. */
@ViewTest
@WithStaff(username = "campaigns.manager", role = Role.MANAGER)
class CampaignPickerTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CampaignService campaigns;

    private final String word = "Picker" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;

    private CampaignDetails campaign(String name, CampaignStatus status) {
        return campaigns.create(new CampaignDraft(name + " " + word, null, null, null, null, status));
    }

    private CampaignPicker picker() {
        CampaignPicker picker = new CampaignPicker(campaigns);
        UI.getCurrent().add(picker);
        return picker;
    }

    @Test
    void typingOffersLiveCampaignsPlannedAndActiveFirst() {
        campaign("Arrest warrants", CampaignStatus.COMPLETED);
        campaign("Universal ratification", CampaignStatus.ACTIVE);
        campaign("Rights of the child", CampaignStatus.PLANNED);
        CampaignDetails archived = campaign("Forgotten", CampaignStatus.ACTIVE);
        campaigns.setArchived(archived.id(), archived.version(), true);
        CampaignPicker picker = picker();

        test(picker).setFilter(word);

        assertThat(picker.getLabel()).isEqualTo("Campaigns");
        assertThat(test(picker).getSuggestions()).containsExactly("Rights of the child " + word,
                "Universal ratification " + word, "Arrest warrants " + word);

        test(picker).selectItem("Universal ratification " + word);
        assertThat(picker.getValue()).extracting(CampaignRow::name).containsExactly("Universal ratification " + word);
    }

    @Test
    void preselectedCampaignsStayChosenEvenWhenArchivedSince() {
        CampaignDetails current = campaign("Outreach", CampaignStatus.ACTIVE);
        CampaignDetails archived = campaign("ASP 19", CampaignStatus.COMPLETED);
        campaigns.setArchived(archived.id(), archived.version(), true);
        CampaignPicker picker = picker();

        picker.selectIds(List.of(current.id(), archived.id()));

        assertThat(picker.getValue()).extracting(CampaignRow::name)
                .containsExactly("ASP 19 " + word, "Outreach " + word);
        assertThat(picker.selectedIds()).containsExactlyInAnyOrder(current.id(), archived.id());

        test(picker).setFilter("Outreach " + word);
        assertThat(test(picker).getSuggestionItems()).extracting(CampaignRow::id).containsExactly(current.id());
        assertThat(test(picker).getSelected()).extracting(CampaignRow::id)
                .as("the offered row is the chosen one").contains(current.id());
    }
}
