package org.interlocutor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interlocutor.IntegrationTest;
import org.interlocutor.outreach.OutreachPlanRow;
import org.interlocutor.outreach.OutreachService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
@WithStaff(username = "demo.plans", role = Role.MANAGER)
class DemoOutreachPlansTest {

    @Autowired
    DemoOutreachPlans demoPlans;
    @Autowired
    DemoCampaigns demoCampaigns;
    @Autowired
    OutreachService outreach;
    @Autowired
    TestUsers users;

    @Test
    void theDemoPlansAreMadeOnceWithTheirTargets() {
        List.of("demo.officer1", "demo.officer3", "demo.officer7").forEach(name -> users.ensure(name, Role.OFFICER));

        demoPlans.ensurePlans();
        int again = demoPlans.ensurePlans();

        assertThat(again).isZero();
        long asp = demoCampaigns.idNamed("ASP 25 (The Hague, 2026)").orElseThrow();
        assertThat(outreach.plans(asp, true, PageRequest.of(0, 10)).getContent()).filteredOn(
                        row -> row.name().equals("African States Parties before the session"))
                .singleElement().satisfies(row -> {
                    assertThat(row.officerName()).isEqualTo("Demo officer1");
                    assertThat(row.progress().targets()).as("the African States Parties").isGreaterThan(30);
                });
        long ratification = demoCampaigns.idNamed("Universal ratification").orElseThrow();
        assertThat(outreach.plans(ratification, true, PageRequest.of(0, 10)).getContent())
                .extracting(OutreachPlanRow::name).containsExactly("Asia-Pacific states not yet party");
    }
}
