package org.interlocutor.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One of a person's phone numbers, written as people write them ("+31 70 515 8515"); one is the primary one. */
public record PhoneEntry(@NotBlank @Size(max = 50) @Pattern(regexp = "\\+?[0-9 ().\\-/]{3,50}") String phone,
                         @Size(max = 40) @Nullable String label, boolean primary) {
}
