/**
 * The audit trail: stores the {@link org.interlocutor.shared.audit.Audited} events the features publish (changes,
 * reads of restricted records, imports, exports) and the security events (sign-ins, failed sign-ins, sign-outs,
 * refusals of access), append-only, and reads them back for the administrators' screen and for a record's own
 * history. Whether someone may see a record is asked of its feature ({@link
 * org.interlocutor.shared.audit.RecordVisibility}), never decided here.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security"})
package org.interlocutor.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
