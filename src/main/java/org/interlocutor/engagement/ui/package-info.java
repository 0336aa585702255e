/**
 * The engagement screens: timelines on the record pages of contacts, organisations, countries and campaigns, the
 * engagements list, and each person's follow-ups.
 */
@NullMarked
package org.interlocutor.engagement.ui;

import org.jspecify.annotations.NullMarked;
