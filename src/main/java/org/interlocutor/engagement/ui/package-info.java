/**
 * The engagement screens: the dialog that logs or edits one (opened through {@link
 * org.interlocutor.engagement.ui.EngagementLogger} from the header, a contact's or an organisation's page, or the
 * engagements list), an engagement's own page, timelines on the record pages of contacts, organisations, countries
 * and campaigns, the engagements list, and each person's follow-ups.
 */
@NullMarked
package org.interlocutor.engagement.ui;

import org.jspecify.annotations.NullMarked;
