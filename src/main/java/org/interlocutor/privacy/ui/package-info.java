/** The subject-access export's button on a contact's page, for administrators. */
@NullMarked
package org.interlocutor.privacy.ui;

import org.jspecify.annotations.NullMarked;
