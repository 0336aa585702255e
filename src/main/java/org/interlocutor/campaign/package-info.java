/**
 * Campaigns: the advocacy themes and pushes the NGO runs (field presence, outreach, a session of the Assembly of
 * States Parties), with their objectives, period and status. Every signed-in person reads them; managers run them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security"})
package org.interlocutor.campaign;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
