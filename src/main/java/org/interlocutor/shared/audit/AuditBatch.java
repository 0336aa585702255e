package org.interlocutor.shared.audit;

import java.util.function.Supplier;

/**
 * Work whose records are audited as a whole rather than one by one: an import is one event for its batch (and its
 * undo another), demo data none. While such work runs on a thread, the {@link Audited} events the services it calls
 * publish on that thread are not stored; the work publishes its own event for the whole once it is done.
 */
public final class AuditBatch {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private AuditBatch() {
    }

    public static <T> T run(Supplier<T> work) {
        DEPTH.set(DEPTH.get() + 1);
        try {
            return work.get();
        } finally {
            int depth = DEPTH.get() - 1;
            if (depth == 0) {
                DEPTH.remove();
            } else {
                DEPTH.set(depth);
            }
        }
    }

    public static void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /** Whether this thread is inside such work: its record-by-record events are not stored. */
    public static boolean active() {
        return DEPTH.get() > 0;
    }
}
