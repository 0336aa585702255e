package org.interlocutor.privacy;

import java.util.List;

/**
 * One part of a subject-access export: a sheet of the workbook and a member of the JSON document. {@code fields}
 * are stable names (the JSON's keys, and the i18n keys {@code privacy.field.NAME} of the sheet's headers); each row
 * has one value per field: text, a number, a boolean, a date, a date-time, an enum or null.
 */
public record SubjectAccessPart(String name, List<String> fields, List<List<?>> rows) {

    public SubjectAccessPart {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
    }
}
