/** The campaign screens, and the campaign picker that other features' forms use (named interface "ui"). */
@NullMarked
@NamedInterface("ui")
package org.interlocutor.campaign.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
