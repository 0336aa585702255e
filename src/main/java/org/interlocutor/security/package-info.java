/**
 * Staff accounts, roles, passwords and sign-in. Other features learn who is signed in through {@link
 * org.interlocutor.security.CurrentUser}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package org.interlocutor.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
