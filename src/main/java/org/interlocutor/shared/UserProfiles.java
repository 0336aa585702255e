package org.interlocutor.shared;

import java.util.Optional;

/**
 * What the application shell needs to know of a signed-in person. Implemented by the security feature, so that
 * the shell (in {@code shared}) does not depend on it.
 */
public interface UserProfiles {

    Optional<UserProfile> profile(String username);

    /** Remembers the language the person chose, for their next sign-in. */
    void changeLanguage(String username, Language language);

    record UserProfile(String username, String displayName, String roleKey, Language language,
                       boolean mustChangePassword) {
    }
}
