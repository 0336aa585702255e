/**
 * The contract between the features and the audit trail: each feature publishes {@link
 * org.interlocutor.shared.audit.Audited} events; the {@code audit} module stores them and nothing else writes them.
 */
@NullMarked
package org.interlocutor.shared.audit;

import org.jspecify.annotations.NullMarked;
