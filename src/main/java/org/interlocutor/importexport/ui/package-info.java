/** The import wizard and the list of past imports, over {@link org.interlocutor.importexport.ImportService}. */
@NullMarked
package org.interlocutor.importexport.ui;

import org.jspecify.annotations.NullMarked;
