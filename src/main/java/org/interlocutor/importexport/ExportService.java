package org.interlocutor.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interlocutor.contact.ContactExportRow;
import org.interlocutor.contact.ContactQueryString;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.country.CountryService;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.engagement.FollowUpWindow;
import org.interlocutor.engagement.Ref;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.RecordTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports lists as .xlsx or .csv, streamed: rows are read from the database a page at a time and written as they
 * come, so a list of 100,000 contacts takes little memory. Only what the person may see is exported (the list's
 * own need-to-know rule reads the rows); every export is logged with who, what, which filter and how many rows.
 */
@Service
public class ExportService {

    /** Rows read from the database at a time. */
    static final int PAGE_ROWS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    private final ContactService contacts;
    private final EngagementService engagements;
    private final OrganizationService organizations;
    private final StaffDirectory staff;
    private final FollowUpService followUps;
    private final CountryService countries;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ExportService(ContactService contacts, EngagementService engagements, FollowUpService followUps,
                  OrganizationService organizations, StaffDirectory staff, CountryService countries,
                  CurrentUser currentUser, MessageSource messages, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.contacts = contacts;
        this.staff = staff;
        this.organizations = organizations;
        this.engagements = engagements;
        this.followUps = followUps;
        this.countries = countries;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Writes the contacts the export asks for to {@code out}, with headers and the sheet about the export in the
     * language of {@code locale}, dates in {@code zone}. Returns how many contacts were written. Runs outside any
     * transaction of its own: each page is read in its own, so memory does not grow with the list.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public long exportContacts(ContactExport export, ExportFormat format, Locale locale, ZoneId zone,
                               OutputStream out, ExportProgress progress) {
        SignedInUser me = currentUser.require();
        List<Long> ids = export.selectedIds() != null ? export.selectedIds()
                : contacts.idsInOrder(export.filter(), export.sort());
        List<ContactExportColumns.Column> columns = new ContactExportColumns(messages, countries, locale)
                .forList(export.columns());
        BitSet exported = new BitSet();
        try (TableSink sink = sink(format, text("export.contacts.sheet", locale), out)) {
            sink.header(columns.stream().map(ContactExportColumns.Column::header).toList());
            long[] written = {0};
            // the rows are written on a thread of their own while the next page is read
            try (RowWriterThread<ContactExportRow> writer = new RowWriterThread<>("contact-export", page -> {
                for (ContactExportRow row : page) {
                    exported.set(Math.toIntExact(row.row().id()));
                    List<Object> values = new ArrayList<>(columns.size());
                    for (ContactExportColumns.Column column : columns) {
                        values.add(column.value().apply(row));
                    }
                    write(sink, values);
                }
                written[0] += page.size();
                progress.rowsDone(written[0], ids.size());
            })) {
                contacts.exportRows(ids, writer::write);
                writer.finish();
            }
            finish(sink, export, "export.contacts.sheet", me, written[0], locale, zone);
            LOG.info("Export by {}: {} contacts as {}, filter [{}], columns {}", me.username(), written[0],
                    format.extension(), filterText(export, locale),
                    export.columns().isEmpty() ? "all" : export.columns());
            audit("contacts", written[0], format, filterText(export, locale), exported);
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A mailing list of the contacts the export asks for: one row per person with the salutation in their
     * correspondence language (English or French, else the language of the export), the formal name, position,
     * organisation, main email and an address block. Headers in the language of {@code locale}.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public long exportMailingList(ContactExport export, ExportFormat format, Locale locale, ZoneId zone,
                                  OutputStream out, ExportProgress progress) {
        SignedInUser me = currentUser.require();
        List<Long> ids = export.selectedIds() != null ? export.selectedIds()
                : contacts.idsInOrder(export.filter(), export.sort());
        long[] written = {0};
        Map<String, String> countryNames = new java.util.HashMap<>();
        BitSet exported = new BitSet();
        try (TableSink sink = sink(format, text("export.mailing.sheet", locale), out)) {
            sink.header(List.of(text("importexport.field.ID", locale), text("export.mailing.salutation", locale),
                    text("export.mailing.name", locale), text("importexport.field.JOB_TITLE", locale),
                    text("importexport.field.ORGANIZATION", locale), text("importexport.field.EMAIL", locale),
                    text("export.mailing.language", locale), text("export.mailing.address", locale)));
            // read as the contacts export reads them: plain values, a page at a time
            contacts.exportRows(ids, page -> {
                for (ContactExportRow contact : page) {
                    ContactRow row = contact.row();
                    exported.set(Math.toIntExact(row.id()));
                    Locale letter = letterLanguage(row.correspondenceLanguage(), locale);
                    String name = Salutations.formalName(row.honorific(), row.givenName(), row.familyName());
                    List<String> address = new ArrayList<>();
                    address.add(name);
                    addIfPresent(address, row.jobTitle());
                    addIfPresent(address, row.organizationName());
                    addIfPresent(address, row.countryCode() == null ? null : countryNames.computeIfAbsent(
                            row.countryCode() + "/" + letter.getLanguage(), key -> countries.name(row.countryCode(),
                                    letter)));
                    write(sink, java.util.Arrays.asList(row.id(), Salutations.salutation(row.honorific(),
                            row.jobTitle(), row.familyName(), letter), name, row.jobTitle(), row.organizationName(),
                            row.primaryEmail(), letter.getDisplayLanguage(letter), String.join("\n", address)));
                    written[0]++;
                }
                progress.rowsDone(written[0], ids.size());
            });
            finish(sink, export, "export.mailing.sheet", me, written[0], locale, zone);
            LOG.info("Mailing list export by {}: {} contacts as {}, filter [{}]", me.username(), written[0],
                    format.extension(), filterText(export, locale));
            audit("mailing list", written[0], format, filterText(export, locale), exported);
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The engagements a filter selects (of a contact, an organisation, a country, a campaign, or a filtered list),
     * newest first, one row per engagement with its participants, organisations, colleagues, campaigns and
     * follow-ups. People, organisations and campaigns are written "Name [id]" and colleagues by user name, which
     * an import reads back.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public long exportEngagements(EngagementFilter filter, String filterText, ExportFormat format, Locale locale,
                                  ZoneId zone, OutputStream out, ExportProgress progress) {
        return writeEngagements(page -> engagements.rows(filter, PageRequest.of(page, PAGE_ROWS)),
                engagements.count(filter), filterText.isBlank()
                        ? text("export.about.no-filter-engagements", locale) : filterText,
                format, locale, zone, out, progress);
    }

    /** Only the engagements a person ticked in a list, in that order, as {@link #exportEngagements} writes them. */
    @PreAuthorize("hasRole('VIEWER')")
    public long exportSelectedEngagements(List<Long> ids, ExportFormat format, Locale locale, ZoneId zone,
                                          OutputStream out, ExportProgress progress) {
        return writeEngagements(page -> engagements.selected(pageOf(ids, page)), ids.size(),
                text("export.about.selected", locale), format, locale, zone, out, progress);
    }

    private long writeEngagements(java.util.function.IntFunction<List<EngagementRow>> pages, long total,
                                  String shownFilter, ExportFormat format, Locale locale, ZoneId zone,
                                  OutputStream out, ExportProgress progress) {
        SignedInUser me = currentUser.require();
        long written = 0;
        BitSet participants = new BitSet();
        try (TableSink sink = sink(format, text("export.engagements.sheet", locale), out)) {
            sink.header(List.of(text("importexport.engagement-field.ID", locale),
                    text("export.engagements.started", locale), text("export.engagements.ended", locale),
                    text("importexport.engagement-field.KIND", locale),
                    text("importexport.engagement-field.TITLE", locale),
                    text("importexport.engagement-field.PLACE", locale),
                    text("importexport.engagement-field.PARTICIPANTS", locale),
                    text("importexport.engagement-field.ORGANIZATIONS", locale),
                    text("importexport.engagement-field.STAFF", locale),
                    text("importexport.engagement-field.CAMPAIGNS", locale),
                    text("contacts.column.sensitivity", locale), text("importexport.engagement-field.NOTES", locale),
                    text("importexport.engagement-field.OUTCOME", locale), text("export.engagements.follow-ups",
                            locale), text("export.engagements.logged-by", locale)));
            for (int page = 0; ; page++) {
                List<EngagementRow> rows = pages.apply(page);
                Map<Long, List<FollowUpRow>> followUpsOf = followUps.ofEngagements(rows.stream()
                        .map(EngagementRow::id).toList());
                for (EngagementRow row : rows) {
                    row.participants().forEach(person -> participants.set(Math.toIntExact(person.id())));
                    // in UTC, as an import reads times back: an edited export must not move its meetings
                    sink.row(java.util.Arrays.asList(row.id(), LocalDateTime.ofInstant(row.startedAt(), ZoneOffset.UTC),
                            row.endedAt() == null ? null : LocalDateTime.ofInstant(row.endedAt(), ZoneOffset.UTC),
                            label(row.kind(), locale), row.title(), row.place(), refs(row.participants()),
                            refs(row.organizations()), usernames(row.staff()), refs(row.campaigns()),
                            label(row.sensitivity(), locale), row.notes(), row.outcome(),
                            followUpLines(followUpsOf.getOrDefault(row.id(), List.of()), locale),
                            row.ownerName()));
                    written++;
                }
                progress.rowsDone(written, total);
                // a ticked row hidden since leaves its page short: the last page is known by the count
                if ((long) (page + 1) * PAGE_ROWS >= total && rows.size() < PAGE_ROWS) {
                    break;
                }
            }
            finishWithAbout(sink, "export.engagements.sheet", me, shownFilter,
                    text("export.about.newest-first", locale), written, locale, zone);
            LOG.info("Engagement export by {}: {} engagements as {}, filter [{}]", me.username(), written,
                    format.extension(), shownFilter);
            audit("engagements", written, format, shownFilter, participants);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Colleagues by user name, as an import finds them. */
    private @org.jspecify.annotations.Nullable String usernames(List<Ref> staffRefs) {
        if (staffRefs.isEmpty()) {
            return null;
        }
        Map<Long, StaffMember> members = staff.byIds(staffRefs.stream().map(Ref::id).toList());
        return staffRefs.stream().map(ref -> members.containsKey(ref.id()) ? members.get(ref.id()).username()
                : ref.name()).collect(java.util.stream.Collectors.joining("; "));
    }

    /** "Amina Diallo [12]; Li Wei [15]": readable, and exact when imported back. */
    private static @org.jspecify.annotations.Nullable String refs(List<Ref> refs) {
        return refs.isEmpty() ? null : refs.stream().map(ref -> ref.name() + " [" + ref.id() + "]")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private @org.jspecify.annotations.Nullable String followUpLines(List<FollowUpRow> followUps, Locale locale) {
        return followUps.isEmpty() ? null : followUps.stream().map(followUp -> followUp.dueOn() + " — "
                + followUp.description() + " (" + followUp.assigneeName() + ", " + label(followUp.status(), locale)
                + ")").collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * Every export is filed in the audit trail: what, how many rows, in which format, under which filter, and which
     * contacts the file named (its rows, or the people of its engagements or follow-ups), so that a subject-access
     * request can list the exports that held a person.
     */
    private void audit(String what, long rows, ExportFormat format, String filter,
                       @org.jspecify.annotations.Nullable BitSet contacts) {
        Audited event = Audited.of(AuditAction.EXPORT, RecordTypes.EXPORT, null).withDetail(what + ": " + rows
                + " rows as " + format.extension() + (filter.isBlank() ? "" : ", filter [" + filter + "]"));
        events.publishEvent(contacts == null ? event : event.withExportedContacts(contacts));
    }

    private String label(org.interlocutor.shared.Translatable value, Locale locale) {
        return messages.getMessage(value.messageKey(), null, value.toString(), locale);
    }

    /**
     * The people involved in a campaign's engagements, as its page lists them (those the person may see), with
     * the columns of that list and the id first; or only the ticked ones ({@code selectedIds}, in the order
     * ticked) when there are some.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public long exportCampaignContacts(long campaignId, @org.jspecify.annotations.Nullable List<Long> selectedIds,
                                       ExportFormat format, Locale locale, ZoneId zone, OutputStream out,
                                       ExportProgress progress) {
        SignedInUser me = currentUser.require();
        List<ContactExportColumns.Column> columns = new ContactExportColumns(messages, countries, locale)
                .forList(List.of("name", "organization", "category", "country", "email"));
        long total = selectedIds != null ? selectedIds.size() : engagements.countCampaignParticipants(campaignId);
        long[] written = {0};
        BitSet exported = new BitSet();
        try (TableSink sink = sink(format, text("export.contacts.sheet", locale), out)) {
            sink.header(columns.stream().map(ContactExportColumns.Column::header).toList());
            // a campaign's people come as list rows: their main email only, as the list shows it
            java.util.function.Consumer<List<ContactRow>> writePage = rows -> {
                for (ContactRow row : rows) {
                    exported.set(Math.toIntExact(row.id()));
                    ContactExportRow contact = new ContactExportRow(row, row.primaryEmail() == null ? List.of()
                            : List.of(row.primaryEmail()), List.of(), List.of());
                    write(sink, columns.stream().map(column -> column.value().apply(contact)).toList());
                    written[0]++;
                }
                progress.rowsDone(written[0], total);
            };
            if (selectedIds != null) {
                contacts.exportRows(selectedIds, page -> writePage.accept(page.stream()
                        .map(ContactExportRow::row).toList()));
            } else {
                for (int page = 0; ; page++) {
                    List<ContactRow> rows = engagements.campaignParticipants(campaignId,
                            PageRequest.of(page, PAGE_ROWS));
                    writePage.accept(rows);
                    if (rows.size() < PAGE_ROWS) {
                        break;
                    }
                }
            }
            String filter = "campaign=" + campaignId + (selectedIds != null
                    ? ", " + text("export.about.selected", locale) : "");
            finishWithAbout(sink, "export.campaign-contacts.sheet", me, filter, null, written[0], locale, zone);
            LOG.info("Campaign contacts export by {}: {} contacts as {}, [{}]{}", me.username(), written[0],
                    format.extension(), filter);
            audit("campaign contacts", written[0], format, filter, exported);
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The signed-in person's open follow-ups, overdue first then by due date, with the engagement each came from
     * and the people it concerns; only those among {@code selectedIds} (the ticked rows) when given.
     */
    @PreAuthorize("hasRole('OFFICER')")
    public long exportMyFollowUps(@org.jspecify.annotations.Nullable Collection<Long> selectedIds,
                                  ExportFormat format, Locale locale, ZoneId zone, OutputStream out,
                                  ExportProgress progress) {
        SignedInUser me = currentUser.require();
        Set<Long> ticked = selectedIds == null ? null : Set.copyOf(selectedIds);
        long total = 0;
        for (FollowUpWindow window : FollowUpWindow.values()) {
            total += followUps.countMine(window);
        }
        if (ticked != null) {
            total = ticked.size();
        }
        long written = 0;
        BitSet people = new BitSet();
        try (TableSink sink = sink(format, text("export.follow-ups.sheet", locale), out)) {
            sink.header(List.of(text("export.follow-ups.id", locale), text("export.follow-ups.due", locale),
                    text("export.follow-ups.description", locale), text("export.follow-ups.status", locale),
                    text("export.follow-ups.assignee", locale), text("export.follow-ups.people", locale),
                    text("export.follow-ups.engagement", locale), text("export.follow-ups.engagement-date", locale)));
            for (FollowUpWindow window : FollowUpWindow.values()) {
                for (int page = 0; ; page++) {
                    List<FollowUpRow> rows = followUps.mine(window, PageRequest.of(page, PAGE_ROWS));
                    for (FollowUpRow row : rows) {
                        // one's own open follow-ups are a short list: the ticked ones are picked from it
                        if (ticked != null && !ticked.contains(row.id())) {
                            continue;
                        }
                        row.contacts().forEach(person -> people.set(Math.toIntExact(person.id())));
                        sink.row(java.util.Arrays.asList(row.id(), row.dueOn(), row.description(),
                                label(row.status(), locale), row.assigneeName(), refs(row.contacts()),
                                row.engagementTitle() + " [" + row.engagementId() + "]",
                                LocalDateTime.ofInstant(row.engagementStartedAt(), zone)));
                        written++;
                    }
                    progress.rowsDone(written, total);
                    if (rows.size() < PAGE_ROWS) {
                        break;
                    }
                }
            }
            finishWithAbout(sink, "export.follow-ups.sheet", me, ticked != null
                    ? text("export.about.selected", locale) : null, null, written, locale, zone);
            LOG.info("Follow-up export by {}: {} follow-ups as {}", me.username(), written, format.extension());
            audit("my follow-ups", written, format, "", people);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organisations a filter finds, as the organisations list shows them, with every field an import reads. */
    @PreAuthorize("hasRole('VIEWER')")
    public long exportOrganizations(OrganizationFilter filter, org.springframework.data.domain.Sort sort,
                                    String filterText, ExportFormat format, Locale locale, ZoneId zone,
                                    OutputStream out, ExportProgress progress) {
        org.springframework.data.domain.Sort order = (sort.isSorted() ? sort
                : org.springframework.data.domain.Sort.by("sortName")).and(org.springframework.data.domain.Sort.by("id"));
        long total = organizations.list(filter, PageRequest.of(0, 1)).getTotalElements();
        return writeOrganizations(page -> organizations.list(filter, PageRequest.of(page, PAGE_ROWS, order))
                        .getContent(), total,
                filterText.isBlank() ? text("export.about.no-filter-organizations", locale) : filterText,
                sort.isSorted() ? sort.toString() : text("export.about.default-sort", locale),
                format, locale, zone, out, progress);
    }

    /** Only the organisations a person ticked in the list, in that order, as {@link #exportOrganizations} does. */
    @PreAuthorize("hasRole('VIEWER')")
    public long exportSelectedOrganizations(List<Long> ids, ExportFormat format, Locale locale, ZoneId zone,
                                            OutputStream out, ExportProgress progress) {
        return writeOrganizations(page -> organizations.selected(pageOf(ids, page)), ids.size(),
                text("export.about.selected", locale), null, format, locale, zone, out, progress);
    }

    private long writeOrganizations(java.util.function.IntFunction<List<OrganizationRow>> pages, long total,
                                    String shownFilter, @org.jspecify.annotations.Nullable String shownSort,
                                    ExportFormat format, Locale locale, ZoneId zone, OutputStream out,
                                    ExportProgress progress) {
        SignedInUser me = currentUser.require();
        long written = 0;
        Map<String, String> countryNames = new java.util.HashMap<>();
        try (TableSink sink = sink(format, text("export.organizations.sheet", locale), out)) {
            sink.header(List.of(text("importexport.organization-field.ID", locale),
                    text("importexport.organization-field.NAME", locale),
                    text("importexport.organization-field.ACRONYM", locale),
                    text("importexport.organization-field.KIND", locale),
                    text("importexport.organization-field.PARENT", locale),
                    text("importexport.organization-field.COUNTRY", locale),
                    text("importexport.organization-field.WEBSITE", locale),
                    text("importexport.organization-field.NOTES", locale)));
            for (int page = 0; ; page++) {
                List<OrganizationRow> rows = pages.apply(page);
                for (OrganizationRow row : rows) {
                    sink.row(java.util.Arrays.asList(row.id(), row.name(), row.acronym(), label(row.kind(), locale),
                            row.parentName(), row.countryCode() == null ? null : countryNames.computeIfAbsent(
                                    row.countryCode(), code -> countries.name(code, locale)), row.website(),
                            row.notes()));
                    written++;
                }
                progress.rowsDone(written, total);
                if ((long) (page + 1) * PAGE_ROWS >= total && rows.size() < PAGE_ROWS) {
                    break;
                }
            }
            finishWithAbout(sink, "export.organizations.sheet", me, shownFilter, shownSort, written, locale, zone);
            LOG.info("Organisation export by {}: {} organisations as {}, filter [{}]", me.username(), written,
                    format.extension(), shownFilter);
            audit("organisations", written, format, shownFilter, null);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes tables already gathered (each small: one person's records) as one workbook, a sheet per table with a
     * bold frozen header, and the sheet about the export last. The caller has checked who may write them.
     */
    @PreAuthorize("isAuthenticated()")
    public void writeTables(List<SheetTable> tables, String aboutSheet, List<List<?>> aboutLines, OutputStream out) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("A workbook needs at least one table");
        }
        try (XlsxTableSink sink = new XlsxTableSink(tables.getFirst().name(), out)) {
            for (int index = 0; index < tables.size(); index++) {
                SheetTable table = tables.get(index);
                if (index > 0) {
                    sink.nextSheet(table.name());
                }
                sink.header(table.headers());
                for (List<?> row : table.rows()) {
                    sink.row(row);
                }
            }
            sink.finish(aboutSheet, aboutLines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of one page of a list of ticked rows. */
    private static List<Long> pageOf(List<Long> ids, int page) {
        int from = Math.min(ids.size(), page * PAGE_ROWS);
        return ids.subList(from, Math.min(ids.size(), from + PAGE_ROWS));
    }

    private static Locale letterLanguage(@org.jspecify.annotations.Nullable String correspondence, Locale fallback) {
        if ("fr".equals(correspondence)) {
            return Locale.FRENCH;
        }
        if ("en".equals(correspondence)) {
            return Locale.ENGLISH;
        }
        return Locale.FRENCH.getLanguage().equals(fallback.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    private static void addIfPresent(List<String> lines, @org.jspecify.annotations.Nullable String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }

    private void finish(TableSink sink, ContactExport export, String whatKey, SignedInUser me, long written,
                        Locale locale, ZoneId zone) throws IOException {
        finishWithAbout(sink, whatKey, me, filterText(export, locale), export.sort().isSorted()
                ? export.sort().toString() : text("export.about.default-sort", locale), written, locale, zone);
    }

    /**
     * Completes the file with the sheet about the export: what, who, when, and (when given) the filter and the
     * order, and how many rows.
     */
    private void finishWithAbout(TableSink sink, String whatKey, SignedInUser me, @org.jspecify.annotations.Nullable
            String filter, @org.jspecify.annotations.Nullable String sort, long written, Locale locale, ZoneId zone)
            throws IOException {
        List<List<?>> lines = new ArrayList<>();
        lines.add(List.of(text("export.about.what", locale), text(whatKey, locale)));
        lines.add(List.of(text("export.about.by", locale), me.displayName() + " (" + me.username() + ")"));
        lines.add(List.of(text("export.about.at", locale), LocalDateTime.ofInstant(clock.instant(), zone)));
        if (filter != null) {
            lines.add(List.of(text("export.about.filter", locale), filter));
        }
        if (sort != null) {
            lines.add(List.of(text("export.about.sort", locale), sort));
        }
        lines.add(List.of(text("export.about.rows", locale), written));
        sink.finish(text("export.about.sheet", locale), lines);
    }

    private String filterText(ContactExport export, Locale locale) {
        if (export.selectedIds() != null) {
            return text("export.about.selected", locale);
        }
        String filter = ContactQueryString.format(export.filter(), List.of());
        return filter.isEmpty() ? text("export.about.no-filter", locale) : filter;
    }

    /** A row from inside a page consumer, which cannot throw checked exceptions. */
    private static void write(TableSink sink, List<?> values) {
        try {
            sink.row(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableSink sink(ExportFormat format, String sheet, OutputStream out) throws IOException {
        return format == ExportFormat.XLSX ? new XlsxTableSink(sheet, out) : new CsvTableSink(out);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
