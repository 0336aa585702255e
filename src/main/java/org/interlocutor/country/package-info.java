/**
 * Countries as reference data: ISO code, English and French names, UN regional group and Rome Statute status,
 * shipped with the product (stamped with its as-of date) and editable by administrators.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security"})
package org.interlocutor.country;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
