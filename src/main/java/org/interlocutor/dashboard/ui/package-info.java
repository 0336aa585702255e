/** The dashboard screen: one card per figure. */
@NullMarked
package org.interlocutor.dashboard.ui;

import org.jspecify.annotations.NullMarked;
