package org.interlocutor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interlocutor.IntegrationTest;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@WithStaff(username = "demo.campaigns", role = Role.MANAGER)
class DemoCampaignsTest {

    @Autowired
    DemoCampaigns demoCampaigns;
    @Autowired
    CampaignService campaigns;

    @Test
    void theDemoCampaignsAreCreatedOnceAndFoundAgainByName() {
        List<Long> first = demoCampaigns.ensureCampaigns();
        List<Long> again = demoCampaigns.ensureCampaigns();

        assertThat(again).isEqualTo(first);
        assertThat(first).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(8);
        assertThat(campaigns.byIds(first).values()).extracting(CampaignRow::status)
                .contains(CampaignStatus.PLANNED, CampaignStatus.ACTIVE, CampaignStatus.ON_HOLD,
                        CampaignStatus.COMPLETED);
        assertThat(campaigns.find(first.getFirst()).orElseThrow().objectives()).contains("\n");
    }
}
