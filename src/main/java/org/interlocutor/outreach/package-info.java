/**
 * Outreach plans: a manager's plan inside a campaign, which contacts, organisations and countries to reach, by whom
 * and by when. A plan's progress is never typed in nor stored: it is read from the engagements logged with its
 * targets since the plan began, through the engagement feature's need-to-know rule, whenever it is shown.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security", "security::ui", "country", "country::ui",
        "organization", "organization::ui", "contact", "campaign", "campaign::ui", "engagement", "engagement::ui"})
package org.interlocutor.outreach;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
