/**
 * Logging and reading engagements: the dialog that logs or edits one (opened through {@link
 * org.interlocutor.engagement.ui.EngagementLogger} from the header, a contact's or an organisation's page, or a
 * list), and an engagement's own page.
 */
@NullMarked
package org.interlocutor.engagement.ui;

import org.jspecify.annotations.NullMarked;
