@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security"})
package org.interlocutor.campaign;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
