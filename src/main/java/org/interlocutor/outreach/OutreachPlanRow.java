package org.interlocutor.outreach;

import java.time.LocalDate;

/** A plan as a campaign's list of plans shows it, with its progress for the reader. */
public record OutreachPlanRow(long id, long campaignId, String name, long officerId, String officerName,
                              LocalDate startsOn, LocalDate targetOn, OutreachPriority priority, boolean archived,
                              OutreachProgress progress) {
}
