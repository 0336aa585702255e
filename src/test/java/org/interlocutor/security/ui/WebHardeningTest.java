package org.interlocutor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 8's hardening of the web layer, over HTTP through the real filter chain: the pause after repeated failed
 * sign-ins, a new session id at sign-in, the security headers, CSRF and the idle timeout. Runs in the shared test
 * application context (see {@link WebSecurityTest} for why not on a server of its own); the screens themselves
 * exist only on a real server, where {@link WebHardeningServerTest} reads them.
 */
@SpringBootTest
@Import(TestUsers.class)
@RecordApplicationEvents
class WebHardeningTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ServerProperties server;
    @Autowired
    ApplicationEvents events;

    private MockMvc web;

    @BeforeEach
    void setUp() {
        web = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static String unique(String base) {
        return base + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }

    private MvcResult signIn(String username, String password, MockHttpSession session) throws Exception {
        return web.perform(MockMvcRequestBuilders.post("/login").session(session)
                .param("username", username).param("password", password)).andReturn();
    }

    private String signInRedirect(String username, String password) throws Exception {
        return signIn(username, password, new MockHttpSession()).getResponse().getRedirectedUrl();
    }

    private static boolean signedIn(MvcResult result) {
        var session = result.getRequest().getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    @Test
    void fiveFailedSignInsPauseTheNameEvenForTheRightPasswordAndSayForHowLong() throws Exception {
        String username = unique("harden.paused");
        testUsers.ensure(username, Role.OFFICER);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signInRedirect(username, "not the password")).isEqualTo("/login?error");
        }

        assertThat(signInRedirect(username, "not the password")).isEqualTo("/login?error&paused=15");

        MvcResult rightPassword = signIn(username, TestUsers.PASSWORD, new MockHttpSession());
        assertThat(rightPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error&paused=15");
        assertThat(signedIn(rightPassword)).isFalse();
        assertThat(signInRedirect(username.toUpperCase(), TestUsers.PASSWORD)).as("the name without case")
                .isEqualTo("/login?error&paused=15");
    }

    @Test
    void anUnknownNameIsTreatedExactlyLikeAnExistingOne() throws Exception {
        String existing = unique("harden.exists");
        testUsers.ensure(existing, Role.OFFICER);
        String unknown = unique("harden.nobody");

        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(signInRedirect(unknown, "guess " + attempt))
                    .isEqualTo(signInRedirect(existing, "guess " + attempt));
        }
        assertThat(signInRedirect(unknown, "guess")).isEqualTo("/login?error&paused=15");
    }

    @Test
    void aRefusedAttemptDuringAPauseIsStillPublishedAsAFailedSignIn() throws Exception {
        String username = unique("harden.audited");
        testUsers.ensure(username, Role.OFFICER);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signInRedirect(username, "wrong");
        }
        long before = events.stream(AbstractAuthenticationFailureEvent.class).count();

        signInRedirect(username, TestUsers.PASSWORD);

        assertThat(events.stream(AbstractAuthenticationFailureEvent.class).skip(before))
                .singleElement()
                .satisfies(failure -> {
                    assertThat(failure.getException()).isInstanceOf(LockedException.class);
                    assertThat(failure.getAuthentication().getName()).isEqualTo(username);
                });
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String username = unique("harden.forgetful");
        testUsers.ensure(username, Role.OFFICER);
        for (int attempt = 1; attempt <= 4; attempt++) {
            signInRedirect(username, "wrong");
        }
        assertThat(signInRedirect(username, TestUsers.PASSWORD)).isEqualTo("/");

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signInRedirect(username, "wrong")).isEqualTo("/login?error");
        }
    }

    @Test
    void signingInGivesTheBrowserANewSessionId() throws Exception {
        String username = unique("harden.fixation");
        testUsers.ensure(username, Role.OFFICER);
        MockHttpSession session = new MockHttpSession();
        String planted = session.getId();

        MvcResult result = signIn(username, TestUsers.PASSWORD, session);

        assertThat(signedIn(result)).isTrue();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(planted);
    }

    private MockHttpServletResponse get(MockHttpServletRequestBuilder request) throws Exception {
        return web.perform(request).andReturn().getResponse();
    }

    private MockHttpSession signedInSession() throws Exception {
        String username = unique("harden.headers");
        testUsers.ensure(username, Role.OFFICER);
        MockHttpSession session = new MockHttpSession();
        assertThat(signedIn(signIn(username, TestUsers.PASSWORD, session))).isTrue();
        return session;
    }

    private static void assertSecurityHeaders(MockHttpServletResponse response) {
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void theSignInPageCarriesTheSecurityHeadersAndNoHstsOverPlainHttp() throws Exception {
        MockHttpServletResponse login = get(MockMvcRequestBuilders.get("/login"));

        assertSecurityHeaders(login);
        assertThat(login.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void overTlsBrowsersAreToldToUseItAlways() throws Exception {
        MockHttpServletResponse login = get(MockMvcRequestBuilders.get("/login").secure(true));
        MockHttpServletResponse health = get(MockMvcRequestBuilders.get("/actuator/health").secure(true)
                .session(signedInSession()));

        assertThat(login.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(health.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertSecurityHeaders(login);
    }

    @Test
    void aPostFromAnotherSiteWithoutTheCsrfTokenIsRefused() throws Exception {
        MockHttpSession session = signedInSession();

        assertThat(get(MockMvcRequestBuilders.post("/logout").session(session)).getStatus()).isEqualTo(403);
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("still signed in").isNotNull();
        assertThat(get(MockMvcRequestBuilders.post("/logout").session(session).with(csrf())).getStatus())
                .as("with the token, the same request signs out").isEqualTo(302);
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }
}
