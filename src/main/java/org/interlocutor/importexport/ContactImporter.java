package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlocutor.contact.AffiliationDraft;
import org.interlocutor.contact.AffiliationRow;
import org.interlocutor.contact.ContactBulkWriter;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactSeed;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.ImportKey;
import org.interlocutor.contact.ImportMatch;
import org.interlocutor.shared.SearchPatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Imports contacts: new ones in multi-row inserts, matched ones skipped, updated or filled as the person chose.
 * A match the person may not see is refused as a conflict and nothing is written into it. Two rows of the same
 * file naming the same person are imported once.
 */
@Component
class ContactImporter implements RecordImporter {

    private final ContactRowReader reader;
    private final ContactService contacts;
    private final ContactBulkWriter writer;
    private final OrganizationLookup organizations;

    ContactImporter(ContactRowReader reader, ContactService contacts, ContactBulkWriter writer,
                    OrganizationLookup organizations) {
        this.reader = reader;
        this.contacts = contacts;
        this.writer = writer;
        this.organizations = organizations;
    }

    @Override
    public ImportType type() {
        return ImportType.CONTACTS;
    }

    @Override
    public RecordImport start(ImportContext context) {
        Map<Integer, ContactField> mapping = new HashMap<>();
        context.request().mapping().forEach((column, field) -> mapping.put(column, (ContactField) field));
        return new Run(context, reader.start(mapping, context.request().sensitivity()),
                organizations.start(context));
    }

    private final class Run implements RecordImport {

        private final ImportContext context;
        private final ContactRowReader.RowReading reading;
        private final OrganizationLookup.Lookup organizationIds;
        /** Each person met so far in the file (by id, email, name at organisation): the row that named them. */
        private final SeenKeys seen = new SeenKeys();

        Run(ImportContext context, ContactRowReader.RowReading reading, OrganizationLookup.Lookup organizationIds) {
            this.context = context;
            this.reading = reading;
            this.organizationIds = organizationIds;
        }

        @Override
        public List<RowOutcome> process(List<SpreadsheetRow> rows, boolean write) {
            List<ContactCandidate> candidates = new ArrayList<>(rows.size());
            for (SpreadsheetRow row : rows) {
                candidates.add(reading.read(row));
            }
            Map<String, Long> organizationIdsByName = organizationIds.resolve(candidates.stream()
                    .filter(ContactCandidate::valid).map(ContactCandidate::organizationName)
                    .filter(java.util.Objects::nonNull).toList(), write);
            DuplicateMode mode = context.request().mode();
            List<ImportMatch> matches = matches(candidates, mode);
            RowOutcome[] outcomes = new RowOutcome[rows.size()];
            List<ContactSeed> seeds = new ArrayList<>();
            List<Integer> seedRows = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                ContactCandidate candidate = candidates.get(i);
                if (!candidate.valid()) {
                    outcomes[i] = RowOutcome.rejected(candidate.rowNumber(), RowCells.labelOf(rows.get(i)),
                            candidate.problems());
                    continue;
                }
                ContactDraft draft = java.util.Objects.requireNonNull(candidate.draft());
                Long organizationId = candidate.organizationName() == null ? null
                        : organizationIdsByName.get(candidate.organizationName());
                if (candidate.organizationName() != null && organizationId == null) {
                    outcomes[i] = RowOutcome.rejected(candidate.rowNumber(), candidate.label(), List.of(
                            new CellProblem(candidate.rowNumber(), columnOf(ContactField.ORGANIZATION),
                                    ContactField.ORGANIZATION, "importexport.problem.unknown-organization",
                                    candidate.organizationName())));
                    continue;
                }
                Integer earlierRow = mode == DuplicateMode.CREATE ? null : earlierRow(candidate);
                if (earlierRow != null) {
                    outcomes[i] = RowOutcome.skipped(candidate.rowNumber(), candidate.label(),
                            "importexport.reason.same-as-row", earlierRow);
                    continue;
                }
                ImportMatch match = matches.get(i);
                if (match.outcome() != ImportMatch.Outcome.CONFLICT) {
                    // a later row naming a hidden person is refused too, not "the same as" a refused row
                    remember(candidate);
                }
                outcomes[i] = switch (match.outcome()) {
                    case CONFLICT -> RowOutcome.rejected(candidate.rowNumber(), candidate.label(), List.of(
                            new CellProblem(candidate.rowNumber(), -1, null, "importexport.problem.hidden-match")));
                    case MATCH -> matched(candidate, draft, organizationId, match, write);
                    case NONE -> {
                        seeds.add(new ContactSeed(draft.withSensitivity(draft.sensitivity(), context.user().id()),
                                organizationId == null ? List.of()
                                        : List.of(new AffiliationDraft(organizationId, null, null, null, true)),
                                null));
                        seedRows.add(i);
                        yield RowOutcome.create(candidate.rowNumber(), candidate.label());
                    }
                };
            }
            if (write && !seeds.isEmpty()) {
                List<Long> ids = writer.insert(seeds, context.user().username());
                ids.forEach(id -> context.journal().created(RecordType.CONTACT, id, null));
            }
            return List.of(outcomes);
        }

        private List<ImportMatch> matches(List<ContactCandidate> candidates, DuplicateMode mode) {
            List<ImportKey> keys = new ArrayList<>();
            List<Integer> keyed = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                ContactCandidate candidate = candidates.get(i);
                if (candidate.valid() && mode != DuplicateMode.CREATE) {
                    ContactDraft draft = java.util.Objects.requireNonNull(candidate.draft());
                    keys.add(new ImportKey(candidate.exportId(), emailsOf(draft), draft.givenName(),
                            draft.familyName(), candidate.organizationName()));
                    keyed.add(i);
                }
            }
            List<ImportMatch> found = keys.isEmpty() ? List.of() : contacts.matchForImport(keys);
            List<ImportMatch> matches = new ArrayList<>(java.util.Collections.nCopies(candidates.size(),
                    ImportMatch.NONE));
            for (int k = 0; k < keyed.size(); k++) {
                matches.set(keyed.get(k), found.get(k));
            }
            return matches;
        }

        private RowOutcome matched(ContactCandidate candidate, ContactDraft draft, @Nullable Long organizationId,
                                   ImportMatch match, boolean write) {
            String reason = switch (java.util.Objects.requireNonNull(match.reason())) {
                case EXPORT_ID -> "importexport.reason.matched-EXPORT_ID";
                case EMAIL -> "importexport.reason.matched-EMAIL";
                case NAME_AT_ORGANIZATION -> "importexport.reason.matched-NAME_AT_ORGANIZATION";
            };
            long contactId = java.util.Objects.requireNonNull(match.contactId());
            DuplicateMode mode = context.request().mode();
            if (mode == DuplicateMode.SKIP) {
                return RowOutcome.skipped(candidate.rowNumber(), candidate.label(), reason);
            }
            ContactDetails existing = contacts.find(contactId).orElseThrow();
            ContactMerge.Merged merged = ContactMerge.merge(existing.draft(), draft, candidate.given(), mode,
                    context::text);
            List<FieldChange> changes = new ArrayList<>(merged.changes());
            boolean newAffiliation = organizationId != null && existing.affiliations().stream()
                    .noneMatch(affiliation -> affiliation.current() && affiliation.organizationId() == organizationId);
            if (newAffiliation) {
                changes.add(new FieldChange(ContactField.ORGANIZATION, existing.organizationName() == null ? ""
                        : existing.organizationName(), java.util.Objects.requireNonNull(candidate.organizationName())));
            }
            if (changes.isEmpty()) {
                return RowOutcome.skipped(candidate.rowNumber(), candidate.label(), "importexport.reason.unchanged");
            }
            if (write) {
                ContactDetails saved = existing;
                if (!merged.changes().isEmpty()) {
                    context.journal().updated(RecordType.CONTACT, contactId, existing.draft());
                    saved = contacts.update(contactId, existing.version(), merged.draft());
                }
                if (newAffiliation) {
                    Set<Long> before = new HashSet<>();
                    saved.affiliations().forEach(affiliation -> before.add(affiliation.id()));
                    ContactDetails affiliated = contacts.addAffiliation(contactId, saved.version(),
                            new AffiliationDraft(organizationId, null, null, null, false));
                    affiliated.affiliations().stream().map(AffiliationRow::id).filter(id -> !before.contains(id))
                            .forEach(id -> context.journal().created(RecordType.AFFILIATION, id, contactId));
                }
            }
            return RowOutcome.updated(candidate.rowNumber(), candidate.label(), reason, changes);
        }

        private @Nullable Integer earlierRow(ContactCandidate candidate) {
            for (String key : keysOf(candidate)) {
                Integer row = seen.get(key);
                if (row != null) {
                    return row;
                }
            }
            return null;
        }

        private void remember(ContactCandidate candidate) {
            for (String key : keysOf(candidate)) {
                seen.putIfAbsent(key, candidate.rowNumber());
            }
        }

        private int columnOf(ContactField field) {
            return context.request().mapping().entrySet().stream().filter(entry -> entry.getValue() == field)
                    .mapToInt(Map.Entry::getKey).min().orElse(-1);
        }
    }

    private static Set<String> keysOf(ContactCandidate candidate) {
        ContactDraft draft = java.util.Objects.requireNonNull(candidate.draft());
        Set<String> keys = new LinkedHashSet<>();
        if (candidate.exportId() != null) {
            keys.add("id:" + candidate.exportId());
        }
        emailsOf(draft).forEach(email -> keys.add("email:" + SearchPatterns.fold(email.strip())));
        if (candidate.organizationName() != null) {
            keys.add("name:" + SearchPatterns.fold(draft.familyName() + "\u0000" + draft.givenName() + "\u0000"
                    + candidate.organizationName()));
        }
        return keys;
    }

    private static Set<String> emailsOf(ContactDraft draft) {
        Set<String> emails = new LinkedHashSet<>();
        draft.emails().stream().map(EmailEntry::email).forEach(emails::add);
        return emails;
    }
}
