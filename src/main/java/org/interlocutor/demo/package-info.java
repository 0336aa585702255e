/**
 * Demo data and the benchmark: realistic, clearly fictional people and organisations at a chosen scale, and the
 * timings of the directory's queries over them and of an import. Command-line only.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security", "country", "organization", "contact", "campaign", "engagement",
        "importexport", "dashboard", "outreach"})
package org.interlocutor.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
