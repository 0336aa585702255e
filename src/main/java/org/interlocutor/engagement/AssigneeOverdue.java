package org.interlocutor.engagement;

import java.time.LocalDate;

/** How many open follow-ups one colleague holds past their due date, and the earliest of those dates. */
public record AssigneeOverdue(long assigneeId, String assigneeName, long overdue, LocalDate earliestDueOn) {
}
