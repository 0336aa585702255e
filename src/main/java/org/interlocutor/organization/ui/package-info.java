/** The organisation screens, and the organisation picker that other features' forms use (named interface "ui"). */
@NullMarked
@NamedInterface("ui")
package org.interlocutor.organization.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
