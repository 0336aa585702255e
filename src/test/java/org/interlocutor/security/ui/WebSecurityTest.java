package org.interlocutor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.interlocutor.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the web layer lets through before anyone signs in. It runs in the same application context as the other
 * tests: a context of its own (with a real server) replaced Spring Security's global context holder and made the
 * screen tests that ran after it lose their signed-in person.
 */
@SpringBootTest
@Import(TestUsers.class)
class WebSecurityTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    SecurityFilterChain filterChain;

    private MockMvc web;

    @BeforeEach
    void setUp() {
        web = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private MockHttpServletResponse get(String path) throws Exception {
        return web.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
    }

    @Test
    void healthIsOpenForContainerChecks() throws Exception {
        MockHttpServletResponse health = get("/actuator/health");

        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.getContentAsString()).contains("\"status\":\"UP\"");
    }

    @Test
    void screensRedirectToLoginBeforeSignIn() throws Exception {
        MockHttpServletResponse users = get("/admin/users");

        assertThat(users.getStatus()).isEqualTo(302);
        assertThat(users.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        assertThat(get("/actuator/env").getStatus()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").getStatus()).isNotEqualTo(200);
    }

    @Test
    void thereIsNoRememberMe() {
        assertThat(filterChain.getFilters()).noneMatch(RememberMeAuthenticationFilter.class::isInstance);
    }
}
