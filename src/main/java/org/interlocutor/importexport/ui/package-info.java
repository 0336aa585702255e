/** The import wizard, the list of imports, and the export of lists. */
@NullMarked
package org.interlocutor.importexport.ui;

import org.jspecify.annotations.NullMarked;
