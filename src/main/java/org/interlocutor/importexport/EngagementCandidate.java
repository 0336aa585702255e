package org.interlocutor.importexport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.interlocutor.engagement.EngagementKind;
import org.jspecify.annotations.Nullable;

/**
 * One row of an engagements file read into what would be written: its fields, the people, organisations,
 * colleagues and campaigns it names as the row names them (found for a whole batch at once), the id from an
 * earlier export, and every problem found in its cells. {@code kind} is null when the row gives none, {@code time}
 * when it gives no time of day.
 */
record EngagementCandidate(int rowNumber, @Nullable EngagementKind kind, @Nullable LocalDate date,
                           @Nullable LocalTime time, String title, @Nullable String place, @Nullable String notes,
                           @Nullable String outcome, List<String> participants, List<String> organizations,
                           List<String> staff, List<String> campaigns, @Nullable Long exportId,
                           List<CellProblem> problems, Set<EngagementField> given) {

    /**
     * When an imported engagement starts if its row gives no time: 09:00. Times are read as UTC, the zone the
     * application stores instants in, since a file carries no zone and the import may run from the command line.
     */
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    EngagementCandidate {
        participants = List.copyOf(participants);
        organizations = List.copyOf(organizations);
        staff = List.copyOf(staff);
        campaigns = List.copyOf(campaigns);
        problems = List.copyOf(problems);
        given = Set.copyOf(given);
    }

    boolean valid() {
        return problems.isEmpty() && date != null;
    }

    /** The start, at {@code timeOfDay} when the row gives no time (UTC). */
    Instant startedAt(LocalTime timeOfDay) {
        return java.util.Objects.requireNonNull(date).atTime(time == null ? timeOfDay : time)
                .toInstant(ZoneOffset.UTC);
    }

    Instant startedAt() {
        return startedAt(DEFAULT_TIME);
    }

    /** The title as the row gives it, for the preview and the report. */
    String label() {
        return date == null ? title : date + " " + title;
    }
}
