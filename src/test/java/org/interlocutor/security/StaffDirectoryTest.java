package org.interlocutor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Colleagues as every signed-in person looks them up: to pick an owner, to grant access, to show a name. */
@IntegrationTest
@WithStaff(username = "directory.viewer", role = Role.VIEWER)
class StaffDirectoryTest {

    @Autowired
    StaffDirectory staff;
    @Autowired
    TestUsers testUsers;
    @Autowired
    UserAccountRepository accounts;

    private final String marker = "dir" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    @Test
    void searchFindsEnabledColleaguesByNameOrUserNameIgnoringCase() {
        UserAccount officer = testUsers.ensure(marker + ".officer", Role.OFFICER);
        UserAccount manager = testUsers.ensure(marker + ".manager", Role.MANAGER);

        List<StaffMember> found = staff.search(marker.toUpperCase(), PageRequest.of(0, 10, Sort.by("username")));

        assertThat(found).containsExactly(
                new StaffMember(manager.id(), marker + ".manager", manager.fullName(), Role.MANAGER, true),
                new StaffMember(officer.id(), marker + ".officer", officer.fullName(), Role.OFFICER, true));
        assertThat(staff.search(officer.fullName(), PageRequest.of(0, 10))).extracting(StaffMember::id)
                .containsExactly(officer.id());
    }

    @Test
    void searchLeavesOutDisabledColleagues() {
        UserAccount leaver = testUsers.ensure(marker + ".leaver", Role.OFFICER);
        UserAccount stayer = testUsers.ensure(marker + ".stayer", Role.OFFICER);
        leaver.setEnabled(false, Instant.now());
        accounts.save(leaver);

        assertThat(staff.search(marker, PageRequest.of(0, 10))).extracting(StaffMember::id)
                .containsExactly(stayer.id());
        assertThat(staff.find(leaver.id())).as("still named where they appear")
                .hasValueSatisfying(member -> assertThat(member.enabled()).isFalse());
    }

    @Test
    void findAndByIdsNameColleagues() {
        UserAccount first = testUsers.ensure(marker + ".first", Role.OFFICER);
        UserAccount second = testUsers.ensure(marker + ".second", Role.ADMIN);

        assertThat(staff.find(first.id())).hasValueSatisfying(member -> {
            assertThat(member.username()).isEqualTo(marker + ".first");
            assertThat(member.displayName()).isEqualTo(first.fullName());
            assertThat(member.role()).isEqualTo(Role.OFFICER);
        });
        assertThat(staff.find(Long.MAX_VALUE)).isEmpty();
        assertThat(staff.byIds(Set.of(first.id(), second.id(), Long.MAX_VALUE)))
                .containsOnlyKeys(first.id(), second.id());
        assertThat(staff.byIds(Set.of())).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void nobodyWhoIsNotSignedInLooksUpColleagues() {
        assertThatThrownBy(() -> staff.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.find(1)).isInstanceOf(AccessDeniedException.class);
    }
}
