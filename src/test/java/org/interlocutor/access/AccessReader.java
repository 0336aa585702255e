package org.interlocutor.access;

import static org.interlocutor.shared.Sensitivity.CONFIDENTIAL;
import static org.interlocutor.shared.Sensitivity.RESTRICTED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.interlocutor.security.Role;
import org.interlocutor.shared.Sensitivity;

/**
 * Who reads, in the access matrix: a role, what the fixture did for them (a grant, a seat at the meeting, a
 * follow-up, a revocation) and, written out by hand rather than computed from the rule under test, which protected
 * records they must see. NORMAL records are everybody's and are each path's positive control.
 *
 * <p>A new kind of reader is one constant here: its role, the sensitivities of the contact and of the engagement it
 * must see, and the step that gives it access (a method of {@link AccessScene.Builder}, for instance
 * {@code (scene, user) -> scene.grantEngagement(user)} once engagement grants exist). A reader whose access is a
 * state of the session rather than of the data (break-glass) sets it in {@link AccessScene#as}.
 */
enum AccessReader {

    /** Owns the contact and logged both engagements. */
    OWNER(Role.OFFICER, EnumSet.of(RESTRICTED, CONFIDENTIAL), EnumSet.of(RESTRICTED, CONFIDENTIAL),
            (scene, user) -> { }),
    OFFICER_WITHOUT_GRANT(Role.OFFICER, EnumSet.noneOf(Sensitivity.class), EnumSet.noneOf(Sensitivity.class),
            (scene, user) -> { }),
    /** Granted access to the contact by its owner: sees the person, not the meetings they were not part of. */
    OFFICER_WITH_CONTACT_GRANT(Role.OFFICER, EnumSet.of(RESTRICTED, CONFIDENTIAL), EnumSet.noneOf(Sensitivity.class),
            AccessScene.Builder::grantContact),
    /** Was present at the protected meeting: sees the meeting, never the protected person in it. */
    OFFICER_PRESENT_AS_STAFF(Role.OFFICER, EnumSet.noneOf(Sensitivity.class), EnumSet.of(RESTRICTED, CONFIDENTIAL),
            AccessScene.Builder::seatAtMeeting),
    /** Holds a follow-up of the protected meeting (and one of the control meeting). */
    OFFICER_HOLDING_FOLLOW_UP(Role.OFFICER, EnumSet.noneOf(Sensitivity.class), EnumSet.of(RESTRICTED, CONFIDENTIAL),
            AccessScene.Builder::assignFollowUps),
    MANAGER(Role.MANAGER, EnumSet.of(RESTRICTED), EnumSet.of(RESTRICTED), (scene, user) -> { }),
    ADMIN(Role.ADMIN, EnumSet.of(RESTRICTED), EnumSet.of(RESTRICTED), (scene, user) -> { }),
    VIEWER(Role.VIEWER, EnumSet.noneOf(Sensitivity.class), EnumSet.noneOf(Sensitivity.class), (scene, user) -> { }),
    /** Granted the protected meeting by its owner: sees the meeting, never the protected person in it. */
    OFFICER_WITH_ENGAGEMENT_GRANT(Role.OFFICER, EnumSet.noneOf(Sensitivity.class),
            EnumSet.of(RESTRICTED, CONFIDENTIAL), AccessScene.Builder::grantEngagement),
    /** An administrator who broke the glass, giving a reason, on the protected person and on the meeting. */
    ADMIN_AFTER_BREAK_GLASS(Role.ADMIN, EnumSet.of(RESTRICTED, CONFIDENTIAL), EnumSet.of(RESTRICTED, CONFIDENTIAL),
            AccessScene.Builder::breakGlass),
    /** Was granted the contact and present at the meeting, then the grant was revoked and the seat taken away. */
    OFFICER_AFTER_REVOCATION(Role.OFFICER, EnumSet.noneOf(Sensitivity.class), EnumSet.noneOf(Sensitivity.class),
            AccessScene.Builder::grantThenRevoke);

    /** What the fixture does for one reader once the records exist, as their owner. */
    @FunctionalInterface
    interface AccessStep {
        void give(AccessScene.Builder scene, long userId);
    }

    final Role role;
    private final Set<Sensitivity> contactsSeen;
    private final Set<Sensitivity> engagementsSeen;
    final AccessStep access;

    AccessReader(Role role, Set<Sensitivity> contactsSeen, Set<Sensitivity> engagementsSeen, AccessStep access) {
        this.role = role;
        this.contactsSeen = Set.copyOf(contactsSeen);
        this.engagementsSeen = Set.copyOf(engagementsSeen);
        this.access = access;
    }

    boolean seesContact(Sensitivity sensitivity) {
        return sensitivity == Sensitivity.NORMAL || contactsSeen.contains(sensitivity);
    }

    boolean seesEngagement(Sensitivity sensitivity) {
        return sensitivity == Sensitivity.NORMAL || engagementsSeen.contains(sensitivity);
    }

    /** "officer without grant", as a test's name says it. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
