package org.interlocutor.importexport;

import java.util.Locale;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.Translatable;
import org.springframework.context.MessageSource;

/** What every row of one import shares: the request, who imports, the journal, and the language of the report. */
record ImportContext(ImportRequest request, SignedInUser user, ImportJournal journal, Locale locale,
                     MessageSource messages) {

    /** A value as the report shows it: a label in the person's language, else its text. */
    String text(Object value) {
        if (value instanceof Translatable translatable) {
            return messages.getMessage(translatable.messageKey(), null, translatable.toString(), locale);
        }
        return String.valueOf(value);
    }
}
