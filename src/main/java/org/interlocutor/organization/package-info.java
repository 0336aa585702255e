/**
 * Organisations: ICC organs and units, governments, permanent missions, embassies, IGOs, NGOs, universities and
 * media, nested in a tree (organ, division, section).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security", "country", "country::ui"})
package org.interlocutor.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
