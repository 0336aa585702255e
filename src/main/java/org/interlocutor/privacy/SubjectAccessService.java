package org.interlocutor.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interlocutor.audit.AuditService;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactService;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.importexport.ExportService;
import org.interlocutor.importexport.SheetTable;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.Translatable;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.RecordTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A data subject's access request: everything held on one person, as a workbook (a sheet per part) or one JSON
 * document with the same parts. Need-to-know does not narrow it: a data-subject request must be complete, so it
 * includes records the administrator could not otherwise see (a confidential contact, a meeting they were not
 * granted). That is exactly why it is for administrators only and why every such export is filed in the audit trail
 * as an export of that person, with the person among the contacts the file contained.
 */
@Service
public class SubjectAccessService {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ContactService contacts;
    private final EngagementService engagements;
    private final FollowUpService followUps;
    private final AuditService audit;
    private final ExportService exports;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SubjectAccessService(ContactService contacts, EngagementService engagements, FollowUpService followUps,
                         AuditService audit, ExportService exports, CurrentUser currentUser, MessageSource messages,
                         Clock clock, ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.engagements = engagements;
        this.followUps = followUps;
        this.audit = audit;
        this.exports = exports;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Writes everything held on the contact to {@code out}: headers and labels in the language of {@code locale},
     * times in {@code zone}. Refused with a message for a contact that does not exist (or no longer does).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void export(long contactId, SubjectAccessFormat format, Locale locale, ZoneId zone, OutputStream out) {
        SignedInUser me = currentUser.require();
        ContactDetails contact = contacts.subjectAccessRecord(contactId)
                .orElseThrow(() -> new UserFacingException("privacy.error.no-such-contact", contactId));
        List<SubjectAccessPart> parts = new SubjectAccessParts(zone)
                .contact(contact)
                .positions(contacts.subjectAccessPositionHistory(contactId))
                .engagements(engagements.subjectAccessEngagements(contactId))
                .followUps(followUps.subjectAccessFollowUps(contactId))
                .events(audit.everythingAbout(RecordTypes.CONTACT, contactId))
                .exports(audit.exportsContaining(contactId))
                .parts();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.SECONDS);
        if (format == SubjectAccessFormat.XLSX) {
            writeWorkbook(contact, parts, me, now, zone, locale, out);
        } else {
            writeJson(contact, parts, me, now, zone, out);
        }
        BitSet subject = new BitSet();
        subject.set(Math.toIntExact(contactId));
        events.publishEvent(Audited.of(AuditAction.EXPORT, RecordTypes.CONTACT, contactId)
                .withDetail("subject access export as " + format.extension()).withExportedContacts(subject));
    }

    private void writeWorkbook(ContactDetails contact, List<SubjectAccessPart> parts, SignedInUser me,
                               LocalDateTime now, ZoneId zone, Locale locale, OutputStream out) {
        List<SheetTable> tables = new ArrayList<>();
        for (SubjectAccessPart part : parts) {
            tables.add(new SheetTable(text("privacy.part." + part.name(), locale),
                    part.fields().stream().map(field -> text("privacy.field." + field, locale)).toList(),
                    part.rows().stream().map(row -> row.stream().map(value -> cell(value, locale)).toList())
                            .<List<?>>map(row -> row).toList()));
        }
        List<List<?>> about = List.of(
                List.of(text("privacy.about.what", locale), text("privacy.about.subject-access", locale)),
                List.of(text("privacy.about.contact", locale), contact.displayName() + " [" + contact.id() + "]"),
                List.of(text("privacy.about.by", locale), me.displayName() + " (" + me.username() + ")"),
                List.of(text("privacy.about.at", locale), now),
                List.of(text("privacy.about.zone", locale), zone.getId()));
        exports.writeTables(tables, text("privacy.about.sheet", locale), about, out);
    }

    private void writeJson(ContactDetails contact, List<SubjectAccessPart> parts, SignedInUser me,
                           LocalDateTime now, ZoneId zone, OutputStream out) {
        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("contactId", contact.id());
        about.put("contact", contact.displayName());
        about.put("exportedBy", me.username());
        about.put("exportedAt", now.toString());
        about.put("timeZone", zone.getId());
        document.put("subjectAccessExport", about);
        Map<String, Object> members = new LinkedHashMap<>();
        for (SubjectAccessPart part : parts) {
            List<Map<String, @Nullable Object>> rows = new ArrayList<>();
            for (List<?> row : part.rows()) {
                Map<String, @Nullable Object> object = new LinkedHashMap<>();
                for (int column = 0; column < part.fields().size(); column++) {
                    object.put(part.fields().get(column), json(row.get(column)));
                }
                rows.add(object);
            }
            members.put(part.name(), rows);
        }
        document.put("parts", members);
        try {
            JSON.writeValue(new NonClosing(out), document);
        } catch (tools.jackson.core.JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    /** A value as a sheet's cell: a translated label for an enum, else as it is. */
    private @Nullable Object cell(@Nullable Object value, Locale locale) {
        return value instanceof Translatable label ? messages.getMessage(label.messageKey(), null, label.toString(),
                locale) : value;
    }

    /** A value as JSON: an enum by its constant, a date or time in ISO form, else as it is. */
    private static @Nullable Object json(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Enum<?> constant -> constant.name();
            case TemporalAccessor time -> time.toString();
            default -> value;
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The caller owns the stream (a download, a file): the JSON writer must not close it. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
