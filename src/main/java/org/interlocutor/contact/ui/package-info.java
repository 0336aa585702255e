@NullMarked
package org.interlocutor.contact.ui;

import org.jspecify.annotations.NullMarked;
