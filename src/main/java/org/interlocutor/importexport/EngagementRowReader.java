package org.interlocutor.importexport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interlocutor.engagement.EngagementKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads one row of an engagements file, through the columns' mapping, into an {@link EngagementCandidate}: a date
 * as the .xlsx reader gives dates (2026-03-31, or 2026-03-31 14:30 for a date and time) or as people type them
 * (31/03/2026), a time as 14:30 or 14h30, a kind by its constant or its English or French label, participants as
 * emails or Interlocutor IDs separated by ";" or ",", organisations and campaigns by name separated by ";". The
 * lengths are those the engagement dialog allows. Names are checked here; whom they name is found by the importer.
 */
@Component
class EngagementRowReader {

    /** A name followed by an id in brackets, as exports write people, organisations and campaigns. */
    private static final Pattern NAME_AND_ID = Pattern.compile("(.*\\S)\\s*\\[(\\d{1,18})\\]");

    private static final Map<EngagementField, Integer> MAX_LENGTH = Map.of(EngagementField.TITLE, 300,
            EngagementField.PLACE, 300, EngagementField.NOTES, 10_000, EngagementField.OUTCOME, 2_000);
    /** yyyy-mm-dd, optionally followed by a time: what the .xlsx reader writes for a date or date-time cell. */
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}[:h]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?))?");
    /** dd/mm/yyyy (or with dots or dashes), as typed in Europe; optionally followed by a time. */
    private static final Pattern DAY_FIRST_DATE = Pattern.compile(
            "(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?:[ T](\\d{1,2}[:h]\\d{2}(?::\\d{2})?))?");
    /** 14:30, 14:30:00, 14h30, 14h. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?|h(\\d{2})?)");

    private final ImportLookups lookups;

    EngagementRowReader(ImportLookups lookups) {
        this.lookups = lookups;
    }

    /** A reader for one import: the kinds' labels are looked up once. */
    RowReading start(Map<Integer, EngagementField> mapping) {
        return new RowReading(Map.copyOf(mapping), lookups.byLabel(EngagementKind.values()));
    }

    final class RowReading {

        private final Map<Integer, EngagementField> mapping;
        private final Map<String, EngagementKind> kinds;

        private RowReading(Map<Integer, EngagementField> mapping, Map<String, EngagementKind> kinds) {
            this.mapping = mapping;
            this.kinds = kinds;
        }

        EngagementCandidate read(SpreadsheetRow row) {
            RowCells<EngagementField> cells = new RowCells<>(row, EngagementField.class, mapping, MAX_LENGTH);
            String title = cells.text(EngagementField.TITLE);
            if (title.isEmpty()) {
                cells.problem(EngagementField.TITLE, "importexport.problem.required");
            }
            cells.checkLengths(MAX_LENGTH.keySet());
            LocalDate date = null;
            LocalTime time = null;
            String typedDate = cells.text(EngagementField.DATE);
            if (typedDate.isEmpty()) {
                cells.problem(EngagementField.DATE, "importexport.problem.required");
            } else {
                DateAndTime read = dateAndTime(typedDate);
                if (read == null) {
                    cells.problem(EngagementField.DATE, "importexport.problem.bad-date", typedDate);
                } else {
                    date = read.date();
                    time = read.time();
                }
            }
            String typedTime = cells.text(EngagementField.TIME);
            if (!typedTime.isEmpty()) {
                LocalTime read = timeOf(typedTime);
                if (read == null) {
                    cells.problem(EngagementField.TIME, "importexport.problem.bad-time", typedTime);
                } else {
                    time = read;
                }
            }
            List<String> participants = new ArrayList<>();
            for (String participant : cells.list(EngagementField.PARTICIPANTS).stream()
                    .map(EngagementRowReader::idInBrackets).toList()) {
                if (RowCells.parseId(participant) == null && !ContactRowReader.EMAIL.matcher(participant).matches()) {
                    cells.problem(EngagementField.PARTICIPANTS, "importexport.problem.bad-participant", participant);
                } else if (!participants.contains(participant)) {
                    participants.add(participant);
                }
            }
            List<String> organizations = cells.names(EngagementField.ORGANIZATIONS).stream()
                    .map(EngagementRowReader::withoutId).toList();
            for (String organization : organizations) {
                if (organization.length() > 300) {
                    cells.problem(EngagementField.ORGANIZATIONS, "importexport.problem.too-long", 300);
                }
            }
            EngagementKind kind = cells.lookUp(EngagementField.KIND, kinds,
                    "importexport.problem.unknown-engagement-kind");
            return new EngagementCandidate(row.number(), kind, date, time, title,
                    cells.textOrNull(EngagementField.PLACE), cells.textOrNull(EngagementField.NOTES),
                    cells.textOrNull(EngagementField.OUTCOME), participants, organizations,
                    cells.list(EngagementField.STAFF), cells.names(EngagementField.CAMPAIGNS).stream()
                            .map(EngagementRowReader::withoutId).toList(),
                    cells.exportId(EngagementField.ID), cells.problems(), cells.given());
        }
    }

    /** "Amina Diallo [12]", as exports write a person, is the contact 12; anything else stays as it is. */
    static String idInBrackets(String typed) {
        Matcher named = NAME_AND_ID.matcher(typed.strip());
        return named.matches() ? named.group(2) : typed;
    }

    /** "Office of the Prosecutor (OTP) [3]", as exports write an organisation or a campaign, is found by name. */
    static String withoutId(String typed) {
        Matcher named = NAME_AND_ID.matcher(typed.strip());
        return named.matches() ? named.group(1) : typed;
    }

    record DateAndTime(LocalDate date, @Nullable LocalTime time) {
    }

    /** A date, with its time of day when the cell holds one; null when it is not a date. */
    static @Nullable DateAndTime dateAndTime(String typed) {
        try {
            Matcher iso = ISO_DATE.matcher(typed.strip());
            if (iso.matches()) {
                return new DateAndTime(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))), iso.group(4) == null ? null : timeOrFail(iso.group(4)));
            }
            Matcher dayFirst = DAY_FIRST_DATE.matcher(typed.strip());
            if (dayFirst.matches()) {
                return new DateAndTime(LocalDate.of(Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1))),
                        dayFirst.group(4) == null ? null : timeOrFail(dayFirst.group(4)));
            }
        } catch (DateTimeException notADate) {
            // 31/02/2026 and the like: reported by the caller
        }
        return null;
    }

    /**
     * A time of day; null when it is not one. A cell formatted as a time alone comes from the .xlsx reader as a
     * date-time on Excel's day zero ("1899-12-31 14:30"): its time is taken.
     */
    static @Nullable LocalTime timeOf(String typed) {
        DateAndTime dateTime = dateAndTime(typed);
        if (dateTime != null) {
            return dateTime.time() == null ? LocalTime.MIDNIGHT : dateTime.time();
        }
        try {
            return timeOrFail(typed);
        } catch (DateTimeException notATime) {
            return null;
        }
    }

    private static LocalTime timeOrFail(String typed) {
        Matcher time = TIME.matcher(typed.strip());
        if (!time.matches()) {
            throw new DateTimeException(typed);
        }
        String minutes = time.group(2) != null ? time.group(2) : time.group(4);
        return LocalTime.of(Integer.parseInt(time.group(1)), minutes == null ? 0 : Integer.parseInt(minutes),
                time.group(3) == null ? 0 : Integer.parseInt(time.group(3)));
    }
}
