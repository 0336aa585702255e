package org.interlocutor.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins a user name may take before sign-in with it pauses, from {@code
 * interlocutor.security.sign-in.*}: {@code max-failures} within {@code failure-window} pause it for {@code pause},
 * after which it lifts by itself.
 */
@ConfigurationProperties("interlocutor.security.sign-in")
record SignInLimits(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration pause) {

    SignInLimits {
        if (maxFailures < 1 || failureWindow.isNegative() || failureWindow.isZero() || pause.isNegative()
                || pause.isZero()) {
            throw new IllegalArgumentException("interlocutor.security.sign-in: max-failures, failure-window and "
                    + "pause must be positive");
        }
    }
}
