/** The audit trail's screens: the administrators' audit trail and the history section of record pages. */
@NullMarked
package org.interlocutor.audit.ui;

import org.jspecify.annotations.NullMarked;
