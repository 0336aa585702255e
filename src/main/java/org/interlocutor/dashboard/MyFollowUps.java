package org.interlocutor.dashboard;

/** The signed-in person's open follow-ups past their due date and due today. */
public record MyFollowUps(long overdue, long dueToday) {
}
