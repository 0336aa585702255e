/** The outreach plan's page, its dialogs, and the plans section of a campaign's page. */
@NullMarked
package org.interlocutor.outreach.ui;

import org.jspecify.annotations.NullMarked;
