package org.interlocutor.shared;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Someone else saved the record since it was opened: the save is refused, so that nothing is overwritten blindly.
 * When the record is still there it says who saved it last and when, so that the person knows whom to ask and what
 * to look for; when it is gone (or no longer visible to them) it says nothing more.
 */
public class StaleRecordException extends UserFacingException {

    private final @Nullable String savedBy;
    private final @Nullable Instant savedAt;

    /** The record is gone, or out of the person's sight: nobody is named. */
    public StaleRecordException() {
        this(null, null);
    }

    /**
     * @param savedBy the display name of whoever saved the version now stored
     * @param savedAt when they saved it
     */
    public StaleRecordException(@Nullable String savedBy, @Nullable Instant savedAt) {
        super("error.stale-record");
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public Optional<String> savedBy() {
        return Optional.ofNullable(savedBy).filter(name -> !name.isBlank());
    }

    public Optional<Instant> savedAt() {
        return Optional.ofNullable(savedAt).filter(at -> !Instant.EPOCH.equals(at));
    }
}
