package org.interlocutor.audit.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.interlocutor.audit.AuditEntry;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/** How the audit trail's events read on screen: record types, field names, actors and values, translated. */
final class AuditTexts {

    /** Values longer than this (an engagement's notes) are cut in lists; the whole text is in the tooltip. */
    static final int SHORT_VALUE = 160;

    private AuditTexts() {
    }

    static String recordType(String recordType) {
        return translatedOr("audit.record-type." + recordType, recordType);
    }

    /** "Contact 12", or the type alone for events about no single record (an export, a sign-in). */
    static String record(AuditEntry entry) {
        return entry.recordId() == null ? recordType(entry.recordType())
                : UiTexts.translate("audit.record", recordType(entry.recordType()), String.valueOf(entry.recordId()));
    }

    /** The field's name in the reader's language; a field some feature added since reads as it is named. */
    static String field(String field) {
        return translatedOr("audit.field." + field, field);
    }

    static String actor(AuditEntry entry) {
        return entry.actor() == null ? UiTexts.translate("audit.system") : entry.actor();
    }

    static String value(@Nullable String value) {
        return value == null ? "—" : value;
    }

    /** A value as a list shows it: cut when long, whole in its tooltip. */
    static Span shortValue(@Nullable String value) {
        Span text = new Span(value == null ? "—" : value.length() <= SHORT_VALUE ? value
                : value.substring(0, SHORT_VALUE - 1) + "…");
        if (value == null) {
            text.addClassName("muted");
        } else if (value.length() > SHORT_VALUE) {
            text.getElement().setAttribute("title", value);
        }
        return text;
    }

    /** "Sensitivity: NORMAL → CONFIDENTIAL", or "Password changed" for a secret. */
    static String change(FieldChange change) {
        return change.masked() ? UiTexts.translate("audit.history.masked", field(change.field()))
                : UiTexts.translate("audit.history.change", field(change.field()), value(change.before()),
                value(change.after()));
    }

    /** The page of the record, for the types that have one. */
    static Optional<String> recordPage(AuditEntry entry) {
        Long id = entry.recordId();
        if (id == null) {
            return Optional.empty();
        }
        return switch (entry.recordType()) {
            case RecordTypes.CONTACT -> Optional.of(AppRoutes.contact(id));
            case RecordTypes.ORGANIZATION -> Optional.of(AppRoutes.organization(id));
            case RecordTypes.ENGAGEMENT -> Optional.of(AppRoutes.engagement(id));
            case RecordTypes.CAMPAIGN -> Optional.of(AppRoutes.campaign(id));
            default -> Optional.empty();
        };
    }

    /** The translation, or {@code fallback} when the bundle has none (the provider marks a missing key "!{"). */
    private static String translatedOr(String key, String fallback) {
        String text = UiTexts.translate(key);
        return text.startsWith("!{") ? fallback : text;
    }
}
