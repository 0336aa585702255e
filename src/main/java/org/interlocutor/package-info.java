@NullMarked
package org.interlocutor;

import org.jspecify.annotations.NullMarked;
