package org.interlocutor.outreach;

/**
 * How far a plan has come, as the reader may know it: its targets the reader may see, how many of them an
 * engagement the reader may see has reached since the plan began, and whether the target date has passed (then
 * every target not reached is overdue). Computed when read, never stored.
 */
public record OutreachProgress(int targets, int reached, boolean pastTargetDate) {

    public static final OutreachProgress NONE = new OutreachProgress(0, 0, false);

    public int notReached() {
        return targets - reached;
    }

    public int count(TargetStatus status) {
        return switch (status) {
            case REACHED -> reached;
            case NOT_YET_REACHED -> pastTargetDate ? 0 : notReached();
            case OVERDUE -> pastTargetDate ? notReached() : 0;
        };
    }

    /** Between 0 and 1; 0 for a plan without targets. */
    public double fraction() {
        return targets == 0 ? 0 : (double) reached / targets;
    }
}
