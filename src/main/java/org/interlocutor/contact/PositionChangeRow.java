package org.interlocutor.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a contact's position history: when, who (user name and, while the account exists, display name),
 * and the influence (1 to 5, or not assessed) and stance before and after.
 */
public record PositionChangeRow(long id, Instant changedAt, String changedBy, String changedByName,
                                @Nullable Integer influenceBefore, Stance stanceBefore,
                                @Nullable Integer influenceAfter, Stance stanceAfter) {

    public boolean influenceChanged() {
        return !java.util.Objects.equals(influenceBefore, influenceAfter);
    }

    public boolean stanceChanged() {
        return stanceBefore != stanceAfter;
    }
}
