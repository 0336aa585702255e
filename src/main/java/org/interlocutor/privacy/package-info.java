/**
 * Privacy: the subject-access export of everything held on one person (their record, engagements, follow-ups, the
 * audit events about them, the reads of their record and the exports whose file contained them), for
 * administrators only and itself audited as an export of that person.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security", "contact", "engagement", "audit", "importexport"})
package org.interlocutor.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
