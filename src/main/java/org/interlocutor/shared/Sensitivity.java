package org.interlocutor.shared;

/**
 * How far a record may travel. NORMAL: every signed-in user. RESTRICTED: its owner, the users granted access, and
 * managers and administrators. CONFIDENTIAL: its owner and the users granted access only. For anyone else the
 * record does not exist: not in a list, a count, a search or a figure.
 */
public enum Sensitivity implements Translatable {
    NORMAL,
    RESTRICTED,
    CONFIDENTIAL;

    public boolean atLeast(Sensitivity other) {
        return ordinal() >= other.ordinal();
    }

    @Override
    public String messageKey() {
        return "sensitivity." + name();
    }
}
