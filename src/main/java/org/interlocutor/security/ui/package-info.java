@NullMarked
package org.interlocutor.security.ui;

import org.jspecify.annotations.NullMarked;
