package org.interlocutor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlocutor.IntegrationTest;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.Language;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

@IntegrationTest
@WithStaff(username = "service.admin", role = Role.ADMIN)
class UserServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    StaffUserDetailsService userDetails;
    @Autowired
    ActiveSessions activeSessions;
    @Autowired
    TestUsers testUsers;

    private static String uniqueName(String base) {
        return base + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private UserRow createUser(String username, Role role) {
        return users.create(new NewUser(username, "Test Person", "person@example.org", role, Language.ENGLISH,
                "a temporary passphrase"));
    }

    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        AuthenticationManager manager = new ProviderManager(provider);
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void passwordsAreStoredAsArgon2idHashesNeverInPlainText() {
        String username = uniqueName("hash");
        createUser(username, Role.OFFICER);

        String hash = accounts.findByUsername(username).orElseThrow().passwordHash();

        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("a temporary passphrase");
        assertThat(passwordEncoder.matches("a temporary passphrase", hash)).isTrue();
    }

    @Test
    void newUserSignsInWithTemporaryPasswordAndMustChangeIt() {
        String username = uniqueName("Newcomer");
        createUser(username, Role.OFFICER);

        Authentication signedIn = signIn(username.toUpperCase(), "a temporary passphrase");

        assertThat(signedIn.getAuthorities()).extracting(Object::toString)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_OFFICER", "ROLE_VIEWER");
        assertThat(accounts.findByUsername(username.toLowerCase()).orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void wrongPasswordIsRefused() {
        String username = uniqueName("wrong");
        createUser(username, Role.VIEWER);

        assertThatThrownBy(() -> signIn(username, "not the password at all"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void passwordsNeedTwelveToOneHundredTwentyEightCharacters() {
        assertThatThrownBy(() -> users.create(new NewUser(uniqueName("short"), "Short", null, Role.VIEWER,
                Language.ENGLISH, "elevenchars")))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("initialPassword");
                    assertThat(refused.messageKey()).isEqualTo("password.error.too-short");
                });
        assertThatThrownBy(() -> users.create(new NewUser(uniqueName("long"), "Long", null, Role.VIEWER,
                Language.ENGLISH, "x".repeat(129))))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("password.error.too-long"));

        UserRow twelve = users.create(new NewUser(uniqueName("twelve"), "Twelve", null, Role.VIEWER,
                Language.ENGLISH, "twelve chars"));
        UserRow max = users.create(new NewUser(uniqueName("max"), "Max", null, Role.VIEWER, Language.ENGLISH,
                "y".repeat(128)));
        assertThat(twelve.id()).isPositive();
        assertThat(max.id()).isPositive();
    }

    @Test
    void passwordMayNotEqualTheUserNameWhateverTheCase() {
        String username = uniqueName("samename.user");

        assertThatThrownBy(() -> users.create(new NewUser(username, "Same", null, Role.VIEWER, Language.ENGLISH,
                username.toUpperCase())))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("password.error.equals-username"));
    }

    @Test
    void userNamesAreUniqueIgnoringCase() {
        String username = uniqueName("unique");
        createUser(username, Role.VIEWER);

        assertThatThrownBy(() -> createUser(username.toUpperCase(), Role.VIEWER))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("username");
                    assertThat(refused.messageKey()).isEqualTo("user.error.username-taken");
                });
    }

    @Test
    void malformedEmailIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> users.create(new NewUser(uniqueName("mail"), "Mail", "not-an-email", Role.VIEWER,
                Language.ENGLISH, "a temporary passphrase")))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("email"));
    }

    @Test
    void disabledUserCannotSignIn() {
        String username = uniqueName("leaver");
        UserRow created = createUser(username, Role.OFFICER);

        users.setEnabled(created.id(), created.version(), false);

        assertThatThrownBy(() -> signIn(username, "a temporary passphrase")).isInstanceOf(DisabledException.class);
    }

    @Test
    void disablingUserEndsTheirOpenSessions() {
        String username = uniqueName("session");
        UserRow created = createUser(username, Role.OFFICER);
        MockHttpSession theirSession = sessionSignedInAs(username);
        MockHttpSession someoneElses = sessionSignedInAs("someone-else");

        users.setEnabled(created.id(), created.version(), false);

        assertThat(theirSession.isInvalid()).isTrue();
        assertThat(someoneElses.isInvalid()).isFalse();
    }

    @Test
    void changingRoleOrResettingPasswordEndsOpenSessions() {
        String username = uniqueName("promoted");
        UserRow created = createUser(username, Role.OFFICER);
        MockHttpSession beforePromotion = sessionSignedInAs(username);

        UserRow promoted = users.update(created.id(),
                new UserChanges(created.fullName(), created.email(), Role.MANAGER, created.version()));
        MockHttpSession beforeReset = sessionSignedInAs(username);
        users.resetPassword(promoted.id(), "another temporary one");

        assertThat(beforePromotion.isInvalid()).isTrue();
        assertThat(beforeReset.isInvalid()).isTrue();
        assertThat(promoted.role()).isEqualTo(Role.MANAGER);
    }

    private MockHttpSession sessionSignedInAs(String username) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null,
                        List.of())));
        activeSessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    @Test
    void lastActiveAdministratorCannotBeDemoted() {
        UserAccount me = accounts.findByUsername("service.admin").orElseThrow();

        withOnlyEnabledAdmin("service.admin", () ->
                assertThatThrownBy(() -> users.update(me.id(),
                        new UserChanges(me.fullName(), me.email(), Role.MANAGER, me.version())))
                        .isInstanceOfSatisfying(UserFacingException.class, refused ->
                                assertThat(refused.messageKey()).isEqualTo("user.error.last-admin-demote")));

        assertThat(accounts.findByUsername("service.admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anAdministratorCanBeDemotedWhileAnotherRemains() {
        UserRow other = createUser(uniqueName("second.admin"), Role.ADMIN);

        UserRow demoted = users.update(other.id(),
                new UserChanges(other.fullName(), other.email(), Role.OFFICER, other.version()));

        assertThat(demoted.role()).isEqualTo(Role.OFFICER);
    }

    @Test
    void lastActiveAdministratorCannotBeDisabled() {
        // The signed-in administrator's own account was disabled meanwhile (their session is still open here):
        // the one administrator left must stay.
        UserRow other = createUser(uniqueName("other.admin"), Role.ADMIN);

        withOnlyEnabledAdmin(other.username(), () -> {
            UserRow current = users.find(other.id()).orElseThrow();
            assertThatThrownBy(() -> users.setEnabled(current.id(), current.version(), false))
                    .isInstanceOfSatisfying(UserFacingException.class, refused ->
                            assertThat(refused.messageKey()).isEqualTo("user.error.last-admin-disable"));
        });
        assertThat(users.find(other.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void administratorCannotDisableTheirOwnAccount() {
        testUsers.ensure("spare.admin", Role.ADMIN);
        UserAccount me = accounts.findByUsername("service.admin").orElseThrow();

        assertThatThrownBy(() -> users.setEnabled(me.id(), me.version(), false))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("user.error.disable-self"));
    }

    /** Runs the body with every other enabled administrator disabled, and enables them again afterwards. */
    private void withOnlyEnabledAdmin(String keep, Runnable body) {
        List<UserAccount> others = accounts.findAll().stream()
                .filter(account -> account.role() == Role.ADMIN && account.enabled())
                .filter(account -> !account.username().equals(keep))
                .toList();
        others.forEach(account -> saveEnabled(account, false));
        try {
            body.run();
        } finally {
            others.forEach(account -> saveEnabled(accounts.findById(account.id()).orElseThrow(), true));
        }
    }

    private void saveEnabled(UserAccount account, boolean enabled) {
        account.setEnabled(enabled, Instant.now());
        accounts.save(account);
    }

    @Test
    void staleEditIsRefusedAndNothingIsOverwritten() {
        UserRow opened = createUser(uniqueName("stale"), Role.OFFICER);
        users.update(opened.id(), new UserChanges("First Save", opened.email(), Role.OFFICER, opened.version()));

        assertThatThrownBy(() -> users.update(opened.id(),
                new UserChanges("Second Save", opened.email(), Role.OFFICER, opened.version())))
                .isInstanceOf(StaleRecordException.class);
        assertThat(users.find(opened.id()).orElseThrow().fullName()).isEqualTo("First Save");
    }

    @Test
    @WithStaff(username = "service.officer", role = Role.OFFICER)
    void onlyAdministratorsManageUsers() {
        assertThatThrownBy(() -> users.list(UserFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> createUser(uniqueName("sneaky"), Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        UserAccount someone = testUsers.ensure("someone-to-disable", Role.VIEWER);
        assertThatThrownBy(() -> users.setEnabled(someone.id(), someone.version(), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void listIsPagedSortedAndFilteredByText() {
        String marker = uniqueName("zz-listed");
        for (int i = 0; i < 3; i++) {
            createUser(marker + "-" + i, Role.VIEWER);
        }

        var page = users.list(new UserFilter(marker, true), PageRequest.of(0, 2, Sort.by("username").descending()));

        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(UserRow::username).containsExactly(marker + "-2", marker + "-1");
    }

    @Test
    void listCanLeaveOutDisabledAccounts() {
        String marker = uniqueName("zz-disabled");
        UserRow active = createUser(marker + "-on", Role.VIEWER);
        UserRow disabled = createUser(marker + "-off", Role.VIEWER);
        users.setEnabled(disabled.id(), disabled.version(), false);

        var enabledOnly = users.list(new UserFilter(marker, false), PageRequest.of(0, 10));

        assertThat(enabledOnly.getContent()).extracting(UserRow::id).containsExactly(active.id());
    }

    @Test
    @WithStaff(username = "password.changer", role = Role.VIEWER)
    void changingOwnPasswordNeedsTheCurrentOneAndClearsTheTemporaryFlag() {
        assertThatThrownBy(() -> users.changeOwnPassword("not my password", "a brand new passphrase"))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("currentPassword"));

        users.changeOwnPassword(TestUsers.PASSWORD, "a brand new passphrase");

        assertThat(signIn("password.changer", "a brand new passphrase").isAuthenticated()).isTrue();
        assertThat(users.profile("password.changer").orElseThrow().mustChangePassword()).isFalse();
        users.changeOwnPassword("a brand new passphrase", TestUsers.PASSWORD);
    }

    @Test
    @WithStaff(username = "language.chooser", role = Role.VIEWER)
    void chosenLanguageIsRememberedForTheUser() {
        users.changeLanguage("language.chooser", Language.FRENCH);

        assertThat(users.profile("language.chooser").orElseThrow().language()).isEqualTo(Language.FRENCH);
        users.changeLanguage("language.chooser", Language.ENGLISH);
    }

    @Test
    @WithStaff(username = "curious.viewer", role = Role.VIEWER)
    void nobodyReadsOrChangesAnotherPersonsProfile() {
        testUsers.ensure("private.person", Role.VIEWER);

        assertThatThrownBy(() -> users.profile("private.person")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.changeLanguage("private.person", Language.FRENCH))
                .isInstanceOf(AccessDeniedException.class);
    }
}
