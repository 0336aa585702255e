package org.interlocutor.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One of a person's email addresses; one of them is the primary one. */
public record EmailEntry(@NotBlank @Email @Size(max = 254) String email, @Size(max = 40) @Nullable String label,
                         boolean primary) {
}
