package org.interlocutor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Import;

/**
 * Issue 8's hardening seen by a client of the real server (the same application context as the browser tests, so
 * that a full run starts no extra server): the security headers on the sign-in page and on a signed-in screen, a new
 * session id at sign-in, and Vaadin's own settings (CSRF token, idle sessions closed) as its servlet runs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
class WebHardeningServerTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
    }

    @Test
    void theSignInPageAndASignedInScreenCarryTheSecurityHeadersAndSignInChangesTheSessionId() throws Exception {
        testUsers.ensure("harden.server", Role.OFFICER);

        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).as("the application's login view, not a page Spring Security generates")
                .contains("window.Vaadin").doesNotContain("Please sign in");
        assertSecurityHeaders(login);
        String before = sessionId().orElseThrow(() -> new AssertionError("the sign-in page opened no session"));

        HttpResponse<String> signedIn = signIn("harden.server", TestUsers.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("error"));
        assertThat(sessionId()).isPresent().get().isNotEqualTo(before);

        HttpResponse<String> contacts = get("/contacts");
        assertThat(contacts.statusCode()).isEqualTo(200);
        assertSecurityHeaders(contacts);
    }

    @Test
    void vaadinChecksItsCsrfTokenAndClosesSessionsKeptAliveOnlyByHeartbeats() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200); // the servlet starts on its first request
        DeploymentConfiguration configuration = vaadinServlet.getServlet().getService().getDeploymentConfiguration();

        assertThat(configuration.isXsrfProtectionEnabled()).isTrue();
        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(configuration.getHeartbeatInterval()).isEqualTo(60);
    }
}
