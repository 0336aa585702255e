package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.shared.SearchPatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Imports organisations, one at a time through {@link OrganizationService} (a file holds hundreds, not hundreds of
 * thousands). A row matches an existing organisation by the id of an earlier export, else by its name (or
 * acronym, as {@link OrganizationService#idsByName} finds them); organisations are not need-to-know records, so
 * every match is visible. A parent is found among the organisations that exist or that an earlier row of the file
 * imported; one defined only further down the file is reported as unknown.
 */
@Component
class OrganizationImporter implements RecordImporter {

    private final OrganizationRowReader reader;
    private final OrganizationService organizations;

    OrganizationImporter(OrganizationRowReader reader, OrganizationService organizations) {
        this.reader = reader;
        this.organizations = organizations;
    }

    @Override
    public ImportType type() {
        return ImportType.ORGANIZATIONS;
    }

    @Override
    public RecordImport start(ImportContext context) {
        Map<Integer, OrganizationField> mapping = new HashMap<>();
        context.request().mapping().forEach((column, field) -> mapping.put(column, (OrganizationField) field));
        return new Run(context, reader.start(mapping));
    }

    private final class Run implements RecordImport {

        private final ImportContext context;
        private final OrganizationRowReader.RowReading reading;
        /** Each organisation met so far in the file (by id, name, matched record): the row that named it. */
        private final Map<String, Integer> seen = new HashMap<>();
        /** The organisations the file's rows stand for so far, by folded name and acronym: parents for later rows. */
        private final Map<String, Long> imported = new HashMap<>();

        Run(ImportContext context, OrganizationRowReader.RowReading reading) {
            this.context = context;
            this.reading = reading;
        }

        @Override
        public List<RowOutcome> process(List<SpreadsheetRow> rows, boolean write) {
            List<OrganizationCandidate> candidates = rows.stream().map(reading::read).toList();
            List<OrganizationCandidate> valid = candidates.stream().filter(OrganizationCandidate::valid).toList();
            DuplicateMode mode = context.request().mode();
            Set<Long> existingIds = Set.of();
            Map<String, Long> byName = Map.of();
            if (mode != DuplicateMode.CREATE) {
                existingIds = organizations.displayNames(valid.stream().map(OrganizationCandidate::exportId)
                        .filter(Objects::nonNull).toList()).keySet();
                byName = organizations.idsByName(valid.stream().map(OrganizationCandidate::name).toList());
            }
            Map<String, Long> existingParents = organizations.idsByName(valid.stream()
                    .map(OrganizationCandidate::parentName).filter(Objects::nonNull).toList());
            List<RowOutcome> outcomes = new ArrayList<>(rows.size());
            for (int i = 0; i < candidates.size(); i++) {
                OrganizationCandidate candidate = candidates.get(i);
                if (!candidate.valid()) {
                    outcomes.add(RowOutcome.rejected(candidate.rowNumber(), RowCells.labelOf(rows.get(i)),
                            candidate.problems()));
                    continue;
                }
                Long matchId = null;
                String reason = null;
                if (mode != DuplicateMode.CREATE) {
                    if (candidate.exportId() != null && existingIds.contains(candidate.exportId())) {
                        matchId = candidate.exportId();
                        reason = "importexport.reason.matched-EXPORT_ID";
                    } else if (byName.containsKey(candidate.name())) {
                        matchId = byName.get(candidate.name());
                        reason = "importexport.reason.matched-organization-name";
                    }
                }
                Set<String> keys = keysOf(candidate, matchId);
                Integer earlierRow = mode == DuplicateMode.CREATE ? null : earlierRow(keys);
                if (earlierRow != null) {
                    outcomes.add(RowOutcome.skipped(candidate.rowNumber(), candidate.label(),
                            "importexport.reason.same-organization-as-row", earlierRow));
                    continue;
                }
                Long parentId = null;
                if (candidate.parentName() != null) {
                    parentId = imported.get(key(candidate.parentName()));
                    if (parentId == null) {
                        parentId = existingParents.get(candidate.parentName());
                    }
                    if (parentId == null) {
                        outcomes.add(problem(candidate, OrganizationField.PARENT,
                                "importexport.problem.unknown-parent", candidate.parentName()));
                        continue;
                    }
                }
                RowOutcome outcome = matchId == null ? created(candidate, parentId, write)
                        : matched(candidate, matchId, matchId.equals(candidate.exportId()), reason, parentId, write);
                if (outcome.action() != RowAction.REJECT) {
                    keys.forEach(k -> seen.putIfAbsent(k, candidate.rowNumber()));
                }
                outcomes.add(outcome);
            }
            return outcomes;
        }

        private RowOutcome created(OrganizationCandidate candidate, @Nullable Long parentId, boolean write) {
            OrganizationDraft draft = new OrganizationDraft(candidate.name(), candidate.acronym(),
                    candidate.kind() == null ? OrganizationKind.OTHER : candidate.kind(), candidate.countryCode(),
                    parentId, candidate.website(), candidate.notes());
            long id = OrganizationLookup.NOT_CREATED_YET;
            if (write) {
                id = organizations.create(draft).id();
                context.journal().created(RecordType.ORGANIZATION, id, null);
            }
            remember(candidate.name(), candidate.acronym(), id);
            return RowOutcome.create(candidate.rowNumber(), candidate.label());
        }

        private RowOutcome matched(OrganizationCandidate candidate, long id, boolean byId, String reason,
                                   @Nullable Long parentId, boolean write) {
            OrganizationRow existing = organizations.find(id).orElseThrow();
            remember(existing.name(), existing.acronym(), id);
            remember(candidate.name(), candidate.acronym(), id);
            if (context.request().mode() == DuplicateMode.SKIP) {
                return RowOutcome.skipped(candidate.rowNumber(), candidate.label(), reason);
            }
            OrganizationDraft before = existing.toDraft();
            FieldMerge merge = new FieldMerge(candidate.given(), context.request().mode(), context::text);
            // matched by its name, the organisation keeps the name it is known by (the row may give its acronym)
            String name = byId ? Objects.requireNonNull(merge.value(OrganizationField.NAME, before.name(),
                    candidate.name())) : before.name();
            String acronym = merge.value(OrganizationField.ACRONYM, before.acronym(), candidate.acronym());
            OrganizationKind kind = Objects.requireNonNull(merge.value(OrganizationField.KIND,
                    before.kind() == OrganizationKind.OTHER ? null : before.kind(), candidate.kind(), before.kind()));
            String country = merge.value(OrganizationField.COUNTRY, before.countryCode(), candidate.countryCode());
            String parentName = existing.parentName() == null ? "" : existing.parentName();
            Long parent = merge.value(OrganizationField.PARENT, before.parentId(), parentId, before.parentId(),
                    parentIdShown -> Objects.equals(parentIdShown, before.parentId()) ? parentName
                            : Objects.requireNonNull(candidate.parentName()));
            String website = merge.value(OrganizationField.WEBSITE, before.website(), candidate.website());
            String notes = merge.value(OrganizationField.NOTES, before.notes(), candidate.notes());
            if (parent != null && !Objects.equals(parent, before.parentId()) && isWithin(parent, id)) {
                return problem(candidate, OrganizationField.PARENT, "importexport.problem.parent-cycle",
                        Objects.requireNonNull(candidate.parentName()));
            }
            List<FieldChange> changes = merge.changes();
            if (changes.isEmpty()) {
                return RowOutcome.skipped(candidate.rowNumber(), candidate.label(), "importexport.reason.unchanged");
            }
            if (write) {
                context.journal().updated(RecordType.ORGANIZATION, id, before);
                organizations.update(id, existing.version(), new OrganizationDraft(name, acronym, kind, country,
                        parent, website, notes));
            }
            return RowOutcome.updated(candidate.rowNumber(), candidate.label(), reason, changes);
        }

        /** Whether {@code parentId} is the organisation itself or one of its units: it cannot be its parent. */
        private boolean isWithin(long parentId, long id) {
            return parentId == id || (parentId != OrganizationLookup.NOT_CREATED_YET
                    && organizations.lineage(parentId).stream().anyMatch(row -> row.id() == id));
        }

        private void remember(String name, @Nullable String acronym, long id) {
            imported.putIfAbsent(key(name), id);
            if (acronym != null) {
                imported.putIfAbsent(key(acronym), id);
            }
        }

        private @Nullable Integer earlierRow(Set<String> keys) {
            return keys.stream().map(seen::get).filter(Objects::nonNull).findFirst().orElse(null);
        }

        private RowOutcome problem(OrganizationCandidate candidate, OrganizationField field, String messageKey,
                                   Object... args) {
            int column = context.request().mapping().entrySet().stream().filter(entry -> entry.getValue() == field)
                    .mapToInt(Map.Entry::getKey).min().orElse(-1);
            return RowOutcome.rejected(candidate.rowNumber(), candidate.label(), List.of(
                    new CellProblem(candidate.rowNumber(), column, field, messageKey, args)));
        }
    }

    private static Set<String> keysOf(OrganizationCandidate candidate, @Nullable Long matchId) {
        Set<String> keys = new LinkedHashSet<>();
        if (candidate.exportId() != null) {
            keys.add("id:" + candidate.exportId());
        }
        if (matchId != null) {
            keys.add("id:" + matchId);
        }
        keys.add("name:" + key(candidate.name()));
        return keys;
    }

    private static String key(String name) {
        return SearchPatterns.fold(name.strip());
    }
}
