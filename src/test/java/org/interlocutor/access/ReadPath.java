package org.interlocutor.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.security.Role;

/**
 * One way of reading data: a name as the test report says it, which protected record it may give away, the least
 * role it is open to (lower roles must be refused), the readers it means something for (my own follow-ups, say),
 * and the probe itself, run signed in as the reader.
 */
record ReadPath(String name, Guarded guarded, Role minimumRole, Predicate<AccessReader> readers,
                Set<Sensitivity> scenes, Probe probe) {

    @FunctionalInterface
    interface Probe {
        Sighting look(AccessScene scene) throws Exception;
    }

    static ReadPath of(String name, Guarded guarded, Probe probe) {
        return new ReadPath(name, guarded, Role.VIEWER, reader -> true,
                EnumSet.of(Sensitivity.RESTRICTED, Sensitivity.CONFIDENTIAL), probe);
    }

    ReadPath from(Role role) {
        return new ReadPath(name, guarded, role, readers, scenes, probe);
    }

    ReadPath onlyFor(Predicate<AccessReader> which) {
        return new ReadPath(name, guarded, minimumRole, which, scenes, probe);
    }

    /** A path that exists for records of this sensitivity only (what encryption at rest leaves searchable). */
    ReadPath onlyAt(Sensitivity sensitivity) {
        return new ReadPath(name, guarded, minimumRole, readers, EnumSet.of(sensitivity), probe);
    }

    @Override
    public String toString() {
        return name;
    }
}
