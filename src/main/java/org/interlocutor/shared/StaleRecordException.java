package org.interlocutor.shared;

/** Someone else saved the record since it was opened: the save is refused, so that nothing is overwritten blindly. */
public class StaleRecordException extends UserFacingException {

    public StaleRecordException() {
        super("error.stale-record");
    }
}
