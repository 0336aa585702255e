/** Sign-in, accounts and user administration, and the colleague picker other features' forms use ("ui"). */
@NullMarked
@NamedInterface("ui")
package org.interlocutor.security.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
