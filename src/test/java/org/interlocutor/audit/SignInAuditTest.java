package org.interlocutor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.interlocutor.IntegrationTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.RecordTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Sign-ins, failed sign-ins (under the name that was typed) and sign-outs, through the real login form. */
@IntegrationTest
class SignInAuditTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcClient jdbc;

    private MockMvc web;
    private RecordedEvents recorded;

    @BeforeEach
    void setUp() {
        web = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        recorded = new RecordedEvents(jdbc);
    }

    @Test
    void aSignInAndASignOutAreFiledUnderTheAccount() throws Exception {
        long account = testUsers.ensure("signin.officer", Role.OFFICER).id();
        long before = recorded.lastId();

        MvcResult signedIn = web.perform(formLogin("/login").user("signin.officer").password(TestUsers.PASSWORD))
                .andReturn();
        web.perform(post("/logout").with(csrf()).session((MockHttpSession) signedIn.getRequest().getSession()));

        assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(recorded.after(before)).extracting(RecordedEvents.Event::action)
                .containsExactly(AuditAction.SIGN_IN, AuditAction.SIGN_OUT);
        assertThat(recorded.after(before)).allSatisfy(event -> {
            assertThat(event.recordType()).isEqualTo(RecordTypes.SESSION);
            assertThat(event.actor()).isEqualTo("signin.officer");
            assertThat(event.actorId()).isEqualTo(account);
        });
    }

    @Test
    void aFailedSignInIsFiledUnderTheNameThatWasTyped() throws Exception {
        testUsers.ensure("signin.victim", Role.OFFICER);
        long before = recorded.lastId();

        MvcResult refused = web.perform(formLogin("/login").user("Signin.Victim").password("not the password"))
                .andReturn();
        web.perform(formLogin("/login").user("nobody.at.all").password("whatever it is")).andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).contains("error");
        assertThat(recorded.after(before)).extracting(RecordedEvents.Event::actor)
                .containsExactly("signin.victim", "nobody.at.all");
        assertThat(recorded.after(before)).allSatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
            assertThat(event.actorId()).isNull();
            assertThat(event.detail()).isEqualTo("BadCredentialsException");
        });
    }
}
