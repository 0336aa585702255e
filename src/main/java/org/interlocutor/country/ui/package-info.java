/** The country screens, and the country picker that other features' forms use (the named interface "ui"). */
@NullMarked
@NamedInterface("ui")
package org.interlocutor.country.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
