package org.interlocutor.security.ui;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.time.Duration;
import org.interlocutor.security.SignInThrottle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: Vaadin's configurer with the login view; the health endpoint stays open for container health
 * checks, and so do the style sheets. Command-line runs have no web layer, hence the condition. There is
 * deliberately no remember-me: a stolen laptop must not stay signed in.
 *
 * <p>Hardening on top of Vaadin's defaults (which keep Spring's CSRF filter for everything but Vaadin's own
 * requests, themselves protected by Vaadin's per-UI token):
 * <ul>
 * <li>a failed sign-in goes back to the login page, which says so; once the name's sign-in is paused ({@link
 * SignInThrottle}) it says for how long, the same for a name that exists and one that does not;</li>
 * <li>a new session id at sign-in, so that a session id planted before it is worthless after;</li>
 * <li>security headers on every response: no caching ({@code Cache-Control: no-store} and friends, Spring's
 * default), no sniffing, no framing by any other page ({@code frame-ancestors 'none'} and {@code X-Frame-Options:
 * DENY}), no plugin content, forms posting only here, the page address never sent to other sites, and HSTS on
 * requests that came over TLS (Spring writes it only for secure requests; behind a TLS-terminating proxy set
 * {@code server.forward-headers-strategy} so that they count as secure).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class SecurityConfiguration {

    /** The content security policy: only what cannot break Vaadin's inline bootstrap and styles. */
    static final String CONTENT_SECURITY_POLICY =
            "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    private static final Duration HSTS_MAX_AGE = Duration.ofDays(365);
    private static final String LOGIN_PAGE = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // the application's own style sheet, which the login page needs before anyone is signed in
                .requestMatchers("/styles/**").permitAll());
        // the login page named here as well as by Vaadin's configurer below: set before it, the failure handler
        // alone would make Spring Security generate its own sign-in page in place of the login view
        http.formLogin(form -> form.loginPage(LOGIN_PAGE).failureHandler(signInRefused(throttle)));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers
                // written before the request goes on: Vaadin commits its pages in a way the lazy writing misses
                // (a signed-in screen came back without any of these), and it keeps an X-Frame-Options it finds
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .cacheControl(cache -> { })
                .contentTypeOptions(options -> { })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                        .maxAgeInSeconds(HSTS_MAX_AGE.toSeconds())));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * Back to the login page with {@code ?error}, plus {@code paused=<minutes>} when the name's sign-in is paused
     * (after this failure or before it). Whether the name belongs to an account plays no part.
     */
    private static AuthenticationFailureHandler signInRefused(SignInThrottle throttle) {
        DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, refusal) -> {
            String username = request.getParameter("username");
            String target = throttle.pausedFor(username == null ? "" : username)
                    .map(left -> LOGIN_PAGE + "?error&" + LoginView.PAUSED_PARAMETER + "=" + minutesRoundedUp(left))
                    .orElse(LOGIN_PAGE + "?error");
            redirect.sendRedirect(request, response, target);
        };
    }

    private static long minutesRoundedUp(Duration left) {
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }
}
