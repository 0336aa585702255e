package org.interlocutor.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one way to sign in: a user name and password checked against the staff accounts, behind the throttle. Being
 * the only {@link AuthenticationProvider} bean, Spring Security uses it for the login form in place of the one it
 * would otherwise build from the user details service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInLimits.class)
class SignInConfiguration {

    @Bean
    AuthenticationProvider staffAuthentication(StaffUserDetailsService accounts, PasswordEncoder passwordEncoder,
                                               SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthentication(passwords, throttle);
    }
}
