package org.interlocutor.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in with a password, through {@link SignInThrottle}: a paused name is refused before its password is read,
 * every failure is counted and a success clears the count. A paused attempt is refused with Spring's {@link
 * LockedException}, so that it is published as a failed sign-in like any other (the audit trail records it).
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        Duration paused = throttle.pausedFor(username).orElse(null);
        if (paused != null) {
            throw new LockedException("Sign-in paused for this user name (" + paused.toSeconds() + " s left)");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username);
            return signedIn;
        } catch (AuthenticationException refused) {
            throttle.failed(username);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
