/**
 * The dashboard, everyone's start page: their follow-ups due, engagements this month against last month, the State
 * Parties reached per UN regional group, key people going cold, engagements per month, and for managers the
 * overdue follow-ups of each colleague. Every figure is read through the other features' services, which apply
 * the need-to-know rule: no number counts a record its reader may not see.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security", "country", "contact", "campaign", "engagement"})
package org.interlocutor.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
