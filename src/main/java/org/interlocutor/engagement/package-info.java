/**
 * Engagements (meetings, calls, letters, missions...) with the NGO's contacts, and the follow-ups agreed in them.
 * Every read goes through {@link org.interlocutor.engagement.EngagementVisibility}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security", "security::ui", "country", "country::ui",
        "organization", "organization::ui", "contact", "campaign", "campaign::ui"})
package org.interlocutor.engagement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
