package org.interlocutor.shared;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The terms of break-glass access, the same for contacts and engagements: an administrator must give a reason of
 * at least {@code interlocutor.break-glass.min-reason-length} characters, and the access lasts
 * {@code interlocutor.break-glass.duration} (an hour unless configured).
 */
@Component
public class BreakGlassPolicy {

    /** The reason column's size. */
    public static final int MAX_REASON_LENGTH = 1000;

    private final Duration duration;
    private final int minReasonLength;

    BreakGlassPolicy(@Value("${interlocutor.break-glass.duration:1h}") Duration duration,
                     @Value("${interlocutor.break-glass.min-reason-length:15}") int minReasonLength) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("interlocutor.break-glass.duration must be positive, was " + duration);
        }
        this.duration = duration;
        this.minReasonLength = Math.max(1, minReasonLength);
    }

    /** The reason as it is kept (stripped), or a refusal naming the field "reason". */
    public String checkedReason(@Nullable String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            throw new InvalidFieldException("reason", "error.required");
        }
        if (stripped.length() < minReasonLength) {
            throw new InvalidFieldException("reason", "break-glass.error.reason-too-short", minReasonLength);
        }
        if (stripped.length() > MAX_REASON_LENGTH) {
            throw new InvalidFieldException("reason", "error.too-long", MAX_REASON_LENGTH);
        }
        return stripped;
    }

    /** When an access opened now ends. */
    public Instant expiry(Instant openedAt) {
        return openedAt.plus(duration);
    }

    public int minReasonLength() {
        return minReasonLength;
    }

    /** The audit trail's detail for an attempt on an id that names no record: the reason is kept all the same. */
    public static String noSuchRecordDetail(String reason) {
        return "No such record. Reason given: " + reason;
    }
}
