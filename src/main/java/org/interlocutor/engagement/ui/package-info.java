/**
 * The engagement screens: the dialog that logs or edits one (opened through {@link
 * org.interlocutor.engagement.ui.EngagementLogger} from the header, a contact's or an organisation's page, or the
 * engagements list), an engagement's own page, timelines on the record pages of contacts, organisations, countries
 * and campaigns, the engagements list, and each person's follow-ups. Other features' screens open the dialog
 * through {@link org.interlocutor.engagement.ui.EngagementLogging} (the named interface "ui").
 */
@NullMarked
@NamedInterface("ui")
package org.interlocutor.engagement.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
