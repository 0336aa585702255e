@NullMarked
package org.interlocutor.shared.ui;

import org.jspecify.annotations.NullMarked;
