package org.interlocutor.importexport;

import java.time.Instant;

/** What an export says about itself on its second sheet (and in the log): who, when, what, how filtered, how many. */
record ExportAbout(String exportedBy, Instant exportedAt, String what, String filter, String columns, long rows) {
}
