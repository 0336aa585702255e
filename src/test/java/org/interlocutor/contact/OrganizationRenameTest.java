package org.interlocutor.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Contacts keep a copy of their organisation's name for lists and searching; renaming the organisation must not
 * leave its members findable only by the old name.
 */
@IntegrationTest
@WithStaff(username = "rename.officer", role = Role.OFFICER)
class OrganizationRenameTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    Clock clock;

    private final String marker = "ren" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    @Test
    void renamingAnOrganisationKeepsItsMembersFindableByTheNewName() {
        OrganizationRow mission = organizations.create(new OrganizationDraft("Mission of Freedonia " + marker,
                null, OrganizationKind.PERMANENT_MISSION, null, null, null, null));
        long open = contacts.create(ContactDraft.of("Amina", "Diallo", StakeholderCategory.OTHER),
                new AffiliationDraft(mission.id(), null, null, null, true)).id();
        long confidential = contacts.create(ContactDraft.of("Piet", "Visser", StakeholderCategory.OTHER)
                        .withSensitivity(Sensitivity.CONFIDENTIAL, null),
                new AffiliationDraft(mission.id(), null, null, null, true)).id();

        organizations.update(mission.id(), mission.version(), new OrganizationDraft("Embassy of Sylvania " + marker,
                "EOS", OrganizationKind.EMBASSY, null, null, null, null));

        assertThat(contacts.list(ContactFilter.NONE.withText("embassy of sylvania " + marker), FIRST_PAGE)
                .getContent()).extracting(ContactRow::id, ContactRow::organizationName).containsExactlyInAnyOrder(
                        tuple(open, "Embassy of Sylvania " + marker + " (EOS)"),
                        tuple(confidential, "Embassy of Sylvania " + marker + " (EOS)"));
        assertThat(contacts.count(ContactFilter.NONE.withText("freedonia " + marker))).isZero();
        assertThat(contacts.find(open).orElseThrow().organizationName())
                .isEqualTo("Embassy of Sylvania " + marker + " (EOS)");
    }

    @Test
    void aNewAcronymIsSearchableToo() {
        OrganizationRow office = organizations.create(new OrganizationDraft("Liaison office " + marker, null,
                OrganizationKind.IGO, null, null, null, null));
        long member = contacts.create(ContactDraft.of("Amina", "Diallo", StakeholderCategory.OTHER),
                new AffiliationDraft(office.id(), null, null, null, true)).id();

        organizations.update(office.id(), office.version(), new OrganizationDraft(office.name(), "LO" + marker,
                office.kind(), null, null, null, null));

        assertThat(contacts.list(ContactFilter.NONE.withText("lo" + marker), FIRST_PAGE).getContent())
                .extracting(ContactRow::id).containsExactly(member);
    }

    @Test
    void renamingTouchesNeitherThePastMembersCopiesNorTheOtherOrganisationsOfAMember() {
        LocalDate today = LocalDate.now(clock);
        OrganizationRow renamed = organizations.create(new OrganizationDraft("Old name " + marker, null,
                OrganizationKind.NGO, null, null, null, null));
        OrganizationRow other = organizations.create(new OrganizationDraft("Other NGO " + marker, null,
                OrganizationKind.NGO, null, null, null, null));
        ContactDetails both = contacts.create(ContactDraft.of("Amina", "Diallo", StakeholderCategory.OTHER),
                new AffiliationDraft(other.id(), null, null, null, true));
        contacts.addAffiliation(both.id(), both.version(), new AffiliationDraft(renamed.id(), null, null, null,
                false));
        long former = contacts.create(ContactDraft.of("Piet", "Visser " + marker, StakeholderCategory.OTHER),
                new AffiliationDraft(renamed.id(), null, today.minusYears(2), today.minusYears(1), false)).id();

        organizations.update(renamed.id(), renamed.version(), new OrganizationDraft("New name " + marker, null,
                OrganizationKind.NGO, null, null, null, null));

        assertThat(contacts.list(ContactFilter.NONE.withText("new name " + marker), FIRST_PAGE).getContent())
                .extracting(ContactRow::id, ContactRow::organizationName)
                .containsExactly(tuple(both.id(), "Other NGO " + marker));
        assertThat(contacts.count(ContactFilter.NONE.withText("other ngo " + marker))).isEqualTo(1);
        assertThat(contacts.list(ContactFilter.NONE.withText("visser " + marker), FIRST_PAGE).getContent())
                .extracting(ContactRow::id, ContactRow::organizationName)
                .containsExactly(tuple(former, null));
    }
}
