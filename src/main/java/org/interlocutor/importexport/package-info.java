/**
 * Import and export of spreadsheets: reading uploaded .xlsx and .csv files row by row, safely and without
 * holding a workbook in memory, and guessing which column holds which field. The only place Apache POI is used.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security", "contact", "country", "organization", "engagement",
        "campaign"})
package org.interlocutor.importexport;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
