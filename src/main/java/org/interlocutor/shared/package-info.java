/**
 * What every feature uses: user-facing errors, languages, the main layout and its helpers. An open module: its
 * sub-packages ({@code ui}) are meant to be used by the other features' views.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.interlocutor.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
