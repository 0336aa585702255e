package org.interlocutor.importexport;

/** The kinds of record an import creates or updates, in the order an undo handles them (dependants first). */
enum RecordType {
    ENGAGEMENT,
    AFFILIATION,
    CONTACT,
    ORGANIZATION
}
