package org.interlocutor.importexport;

/** One field an update changes: its value before and after, as text. */
public record FieldChange(ImportField field, String before, String after) {
}
