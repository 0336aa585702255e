package org.interlocutor.importexport;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.ImportKey;
import org.interlocutor.contact.ImportMatch;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementImportKey;
import org.interlocutor.engagement.EngagementImportMatch;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.Ref;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.SearchPatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Imports engagements, one at a time through {@link EngagementService} so that search keys, sensitivity floors and
 * last-engagement dates are kept exactly as when logging one by hand, all inside the import's transaction. The
 * people, colleagues and campaigns a batch names are looked up in one query per kind. A participant is matched by
 * email or Interlocutor ID among the contacts the importer may see: one that is hidden from them is reported in the
 * same words as one that does not exist, so that an import never tells whether a hidden person is known. A row
 * matches an existing engagement by the id of an earlier export, else by the same start and title among those the
 * importer may see; an id naming one they may not see is refused without a word about it.
 */
@Component
class EngagementImporter implements RecordImporter {

    private static final DateTimeFormatter SHOWN_START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EngagementRowReader reader;
    private final EngagementService engagements;
    private final ContactService contacts;
    private final StaffDirectory staff;
    private final CampaignService campaigns;
    private final OrganizationLookup organizations;

    EngagementImporter(EngagementRowReader reader, EngagementService engagements, ContactService contacts,
                       StaffDirectory staff, CampaignService campaigns, OrganizationLookup organizations) {
        this.reader = reader;
        this.engagements = engagements;
        this.contacts = contacts;
        this.staff = staff;
        this.campaigns = campaigns;
        this.organizations = organizations;
    }

    @Override
    public ImportType type() {
        return ImportType.ENGAGEMENTS;
    }

    @Override
    public RecordImport start(ImportContext context) {
        Map<Integer, EngagementField> mapping = new HashMap<>();
        context.request().mapping().forEach((column, field) -> mapping.put(column, (EngagementField) field));
        return new Run(context, reader.start(mapping), organizations.start(context));
    }

    /** What one row stands for once the names it gives are found. */
    private record Resolved(EngagementCandidate candidate, Set<Long> participantIds, Set<Long> organizationIds,
                            Set<Long> staffIds, Set<Long> campaignIds) {
    }

    private final class Run implements RecordImport {

        private final ImportContext context;
        private final EngagementRowReader.RowReading reading;
        private final OrganizationLookup.Lookup organizationIds;
        /** Each engagement met so far in the file (by id, start and title, matched record): the row that named it. */
        private final Map<String, Integer> seen = new HashMap<>();

        Run(ImportContext context, EngagementRowReader.RowReading reading, OrganizationLookup.Lookup organizationIds) {
            this.context = context;
            this.reading = reading;
            this.organizationIds = organizationIds;
        }

        @Override
        public List<RowOutcome> process(List<SpreadsheetRow> rows, boolean write) {
            List<EngagementCandidate> candidates = rows.stream().map(reading::read).toList();
            Map<String, Long> participantIds = participants(candidates);
            Map<String, StaffMember> colleagues = staff.byUsernamesOrEmails(distinct(candidates,
                    EngagementCandidate::staff));
            Map<String, Long> campaignIds = campaigns.idsByName(distinct(candidates, EngagementCandidate::campaigns));
            List<List<CellProblem>> problems = new ArrayList<>(candidates.size());
            for (EngagementCandidate candidate : candidates) {
                problems.add(problems(candidate, participantIds, colleagues, campaignIds));
            }
            // organisations last, and only for rows otherwise fit to write: a missing one may be created
            List<String> organizationNames = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (problems.get(i).isEmpty()) {
                    organizationNames.addAll(candidates.get(i).organizations());
                }
            }
            Map<String, Long> organizationIdsByName = organizationIds.resolve(organizationNames, write);
            List<@Nullable Resolved> resolved = new ArrayList<>(candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                EngagementCandidate candidate = candidates.get(i);
                List<CellProblem> rowProblems = problems.get(i);
                Set<Long> organizationSet = new LinkedHashSet<>();
                if (rowProblems.isEmpty()) {
                    for (String name : candidate.organizations()) {
                        Long id = organizationIdsByName.get(name);
                        if (id == null) {
                            rowProblems.add(problem(candidate, EngagementField.ORGANIZATIONS,
                                    "importexport.problem.unknown-organization", name));
                        } else {
                            organizationSet.add(id);
                        }
                    }
                }
                resolved.add(rowProblems.isEmpty() ? new Resolved(candidate,
                        ids(candidate.participants(), participantIds), organizationSet,
                        ids(candidate.staff(), colleagues, StaffMember::id), ids(candidate.campaigns(), campaignIds))
                        : null);
            }
            List<EngagementImportMatch> matches = matches(resolved);
            List<RowOutcome> outcomes = new ArrayList<>(rows.size());
            for (int i = 0; i < candidates.size(); i++) {
                EngagementCandidate candidate = candidates.get(i);
                Resolved row = resolved.get(i);
                if (row == null) {
                    outcomes.add(RowOutcome.rejected(candidate.rowNumber(), candidate.title().isEmpty()
                            ? RowCells.labelOf(rows.get(i)) : candidate.label(), problems.get(i)));
                    continue;
                }
                outcomes.add(outcome(row, matches.get(i), write));
            }
            return outcomes;
        }

        private RowOutcome outcome(Resolved row, EngagementImportMatch match, boolean write) {
            EngagementCandidate candidate = row.candidate();
            DuplicateMode mode = context.request().mode();
            Set<String> keys = new LinkedHashSet<>();
            if (candidate.exportId() != null) {
                keys.add("id:" + candidate.exportId());
            }
            if (match.engagementId() != null) {
                keys.add("id:" + match.engagementId());
            }
            keys.add("at:" + candidate.startedAt() + "\u0000" + SearchPatterns.fold(candidate.title()));
            if (mode != DuplicateMode.CREATE) {
                Integer earlierRow = keys.stream().map(seen::get).filter(Objects::nonNull).findFirst().orElse(null);
                if (earlierRow != null) {
                    return RowOutcome.skipped(candidate.rowNumber(), candidate.label(),
                            "importexport.reason.same-engagement-as-row", earlierRow);
                }
            }
            RowOutcome outcome = switch (match.outcome()) {
                case CONFLICT -> RowOutcome.rejected(candidate.rowNumber(), candidate.label(), List.of(
                        new CellProblem(candidate.rowNumber(), -1, null,
                                "importexport.problem.hidden-engagement-match")));
                case MATCH -> matched(row, Objects.requireNonNull(match.engagementId()),
                        Objects.requireNonNull(match.reason()), write);
                case NONE -> created(row, write);
            };
            if (outcome.action() != RowAction.REJECT) {
                keys.forEach(key -> seen.putIfAbsent(key, candidate.rowNumber()));
            }
            return outcome;
        }

        private RowOutcome created(Resolved row, boolean write) {
            EngagementCandidate candidate = row.candidate();
            EngagementDraft draft = new EngagementDraft(
                    candidate.kind() == null ? EngagementKind.MEETING : candidate.kind(), candidate.startedAt(), null,
                    candidate.place(), candidate.title(), candidate.notes(), candidate.outcome(),
                    row.participantIds(), row.organizationIds(),
                    row.staffIds().isEmpty() ? Set.of(context.user().id()) : row.staffIds(), row.campaignIds(),
                    context.request().sensitivity(), List.of());
            if (write) {
                long id = engagements.create(draft).id();
                context.journal().created(RecordType.ENGAGEMENT, id, null);
            }
            return RowOutcome.create(candidate.rowNumber(), candidate.label());
        }

        private RowOutcome matched(Resolved row, long id, EngagementImportMatch.Reason reason, boolean write) {
            EngagementCandidate candidate = row.candidate();
            String reasonKey = switch (reason) {
                case EXPORT_ID -> "importexport.reason.matched-EXPORT_ID";
                case START_AND_TITLE -> "importexport.reason.matched-START_AND_TITLE";
            };
            DuplicateMode mode = context.request().mode();
            if (mode == DuplicateMode.SKIP) {
                return RowOutcome.skipped(candidate.rowNumber(), candidate.label(), reasonKey);
            }
            EngagementDetails existing = engagements.find(id).orElseThrow();
            EngagementDraft before = existing.toDraft();
            FieldMerge merge = new FieldMerge(candidate.given(), mode, context::text);
            boolean byId = reason == EngagementImportMatch.Reason.EXPORT_ID;
            EngagementKind kind = Objects.requireNonNull(merge.value(EngagementField.KIND, before.kind(),
                    candidate.kind()));
            // without a time in the row, the engagement keeps its time of day
            Instant offeredStart = candidate.startedAt(LocalTime.ofInstant(before.startedAt(), ZoneOffset.UTC));
            Instant startedAt = Objects.requireNonNull(merge.value(EngagementField.DATE, before.startedAt(),
                    offeredStart, before.startedAt(), EngagementImporter::shown));
            // matched by start and title, the title is the one it is known by
            String title = byId ? Objects.requireNonNull(merge.value(EngagementField.TITLE, before.title(),
                    candidate.title())) : before.title();
            String place = merge.value(EngagementField.PLACE, before.place(), candidate.place());
            String notes = merge.value(EngagementField.NOTES, before.notes(), candidate.notes());
            String outcome = merge.value(EngagementField.OUTCOME, before.outcome(), candidate.outcome());
            Set<Long> participants = gained(merge, EngagementField.PARTICIPANTS, before.participantIds(),
                    existing.row().participants(), row.participantIds(), candidate.participants());
            Set<Long> organizationSet = gained(merge, EngagementField.ORGANIZATIONS, before.organizationIds(),
                    existing.row().organizations(), row.organizationIds(), candidate.organizations());
            Set<Long> staffSet = gained(merge, EngagementField.STAFF, before.staffIds(), existing.row().staff(),
                    row.staffIds(), candidate.staff());
            Set<Long> campaignSet = gained(merge, EngagementField.CAMPAIGNS, before.campaignIds(),
                    existing.row().campaigns(), row.campaignIds(), candidate.campaigns());
            List<FieldChange> changes = merge.changes();
            if (changes.isEmpty()) {
                return RowOutcome.skipped(candidate.rowNumber(), candidate.label(), "importexport.reason.unchanged");
            }
            if (write) {
                context.journal().updated(RecordType.ENGAGEMENT, id, before);
                engagements.update(id, existing.version(), new EngagementDraft(kind, startedAt, before.endedAt(),
                        place, title, notes, outcome, participants, organizationSet, staffSet, campaignSet,
                        before.sensitivity(), List.of()));
            }
            return RowOutcome.updated(candidate.rowNumber(), candidate.label(), reasonKey, changes);
        }

        /**
         * A list field gains the row's members it lacks, whatever the mode: an import adds people to a meeting,
         * never takes them off. Shown by name, the new ones as the row names them.
         */
        private Set<Long> gained(FieldMerge merge, EngagementField field, Set<Long> current, List<Ref> currentRefs,
                                 Set<Long> offered, List<String> offeredNames) {
            Set<Long> merged = new LinkedHashSet<>(current);
            merged.addAll(offered);
            if (merged.size() > current.size()) {
                List<String> before = currentRefs.stream().map(Ref::name).toList();
                List<String> after = new ArrayList<>(before);
                after.addAll(offeredNames);
                merge.changed(field, String.join("; ", before), String.join("; ", new LinkedHashSet<>(after)));
            }
            return merged;
        }

        /** The participants the batch names, each matched among the contacts the importer may see. */
        private Map<String, Long> participants(List<EngagementCandidate> candidates) {
            List<String> tokens = List.copyOf(distinct(candidates, EngagementCandidate::participants));
            if (tokens.isEmpty()) {
                return Map.of();
            }
            List<ImportKey> keys = tokens.stream().map(token -> {
                Long id = RowCells.parseId(token);
                return new ImportKey(id, id == null ? Set.of(token) : Set.of(), "", "", null);
            }).toList();
            List<ImportMatch> matches = contacts.matchForImport(keys);
            Map<String, Long> ids = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                ImportMatch match = matches.get(i);
                // a contact hidden from the importer (CONFLICT) is left out exactly as an unknown one
                if (match.outcome() == ImportMatch.Outcome.MATCH) {
                    ids.put(tokens.get(i), Objects.requireNonNull(match.contactId()));
                }
            }
            return ids;
        }

        private List<CellProblem> problems(EngagementCandidate candidate, Map<String, Long> participantIds,
                                           Map<String, StaffMember> colleagues, Map<String, Long> campaignIds) {
            List<CellProblem> problems = new ArrayList<>(candidate.problems());
            for (String participant : candidate.participants()) {
                if (!participantIds.containsKey(participant)) {
                    problems.add(problem(candidate, EngagementField.PARTICIPANTS, RowCells.parseId(participant) == null
                            ? "importexport.problem.unknown-participant-email"
                            : "importexport.problem.unknown-participant-id", participant));
                }
            }
            for (String colleague : candidate.staff()) {
                if (!colleagues.containsKey(colleague)) {
                    problems.add(problem(candidate, EngagementField.STAFF, "importexport.problem.unknown-staff",
                            colleague));
                }
            }
            for (String campaign : candidate.campaigns()) {
                if (!campaignIds.containsKey(campaign)) {
                    problems.add(problem(candidate, EngagementField.CAMPAIGNS, "importexport.problem.unknown-campaign",
                            campaign));
                }
            }
            if (candidate.participants().isEmpty() && candidate.organizations().isEmpty()) {
                problems.add(problem(candidate, EngagementField.PARTICIPANTS, "importexport.problem.no-one"));
            }
            return problems;
        }

        private List<EngagementImportMatch> matches(List<@Nullable Resolved> resolved) {
            List<EngagementImportMatch> matches = new ArrayList<>(java.util.Collections.nCopies(resolved.size(),
                    EngagementImportMatch.NONE));
            if (context.request().mode() == DuplicateMode.CREATE) {
                return matches;
            }
            List<EngagementImportKey> keys = new ArrayList<>();
            List<Integer> keyed = new ArrayList<>();
            for (int i = 0; i < resolved.size(); i++) {
                Resolved row = resolved.get(i);
                if (row != null) {
                    keys.add(new EngagementImportKey(row.candidate().exportId(), row.candidate().startedAt(),
                            row.candidate().title()));
                    keyed.add(i);
                }
            }
            List<EngagementImportMatch> found = keys.isEmpty() ? List.of() : engagements.matchForImport(keys);
            for (int k = 0; k < keyed.size(); k++) {
                matches.set(keyed.get(k), found.get(k));
            }
            return matches;
        }

        private CellProblem problem(EngagementCandidate candidate, EngagementField field, String messageKey,
                                    Object... args) {
            int column = context.request().mapping().entrySet().stream().filter(entry -> entry.getValue() == field)
                    .mapToInt(Map.Entry::getKey).min().orElse(-1);
            return new CellProblem(candidate.rowNumber(), column, field, messageKey, args);
        }
    }

    private static Set<String> distinct(List<EngagementCandidate> candidates,
                                        Function<EngagementCandidate, List<String>> names) {
        Set<String> distinct = new LinkedHashSet<>();
        candidates.forEach(candidate -> distinct.addAll(names.apply(candidate)));
        return distinct;
    }

    private static Set<Long> ids(Collection<String> names, Map<String, Long> ids) {
        return ids(names, ids, Function.identity());
    }

    private static <T> Set<Long> ids(Collection<String> names, Map<String, T> found, Function<T, Long> id) {
        Set<Long> ids = new LinkedHashSet<>();
        names.forEach(name -> ids.add(id.apply(Objects.requireNonNull(found.get(name)))));
        return ids;
    }

    private static String shown(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(SHOWN_START);
    }
}
