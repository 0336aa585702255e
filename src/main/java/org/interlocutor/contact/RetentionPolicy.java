package org.interlocutor.contact;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the NGO keeps a person's data without contact before reviewing whether it still needs it (GDPR's storage
 * limitation): {@code interlocutor.privacy.retention-years}, five years unless configured.
 */
@Component
public class RetentionPolicy {

    private final int years;
    private final Clock clock;

    RetentionPolicy(@Value("${interlocutor.privacy.retention-years:5}") int years, Clock clock) {
        if (years < 1) {
            throw new IllegalArgumentException("interlocutor.privacy.retention-years must be at least 1, not " + years);
        }
        this.years = years;
        this.clock = clock;
    }

    public int years() {
        return years;
    }

    /** The first day that counts as recent: contacts not engaged since then are due for review. */
    public LocalDate cutoff() {
        return LocalDate.now(clock).minusYears(years);
    }
}
