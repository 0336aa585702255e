package org.interlocutor.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A follow-up as lists show it, with the engagement it came from and the people it concerns that may be seen. */
public record FollowUpRow(long id, long engagementId, String engagementTitle, Instant engagementStartedAt,
                          String description, long assigneeId, String assigneeName, LocalDate dueOn,
                          FollowUpStatus status, List<Ref> contacts, long version) {

    public boolean overdue(LocalDate today) {
        return status == FollowUpStatus.OPEN && dueOn.isBefore(today);
    }
}
