package org.interlocutor.importexport;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap in use while it watches: the most there was just before a collection (the sum of the pools' own
 * peaks would add up highs reached at different times, more than the heap can hold) and the most that survived
 * one. Told by the collectors' notifications, so nothing polls.
 */
final class HeapWatch implements AutoCloseable, NotificationListener {

    private final List<NotificationEmitter> collectors = new ArrayList<>();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();

    HeapWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                collectors.add(emitter);
            }
        }
        seen(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), 0);
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo();
            seen(heapUsed(info.getMemoryUsageBeforeGc()), heapUsed(info.getMemoryUsageAfterGc()));
        }
    }

    private static long heapUsed(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                used += usage.getUsed();
            }
        }
        return used;
    }

    private void seen(long before, long after) {
        peak.accumulateAndGet(before, Math::max);
        peakLive.accumulateAndGet(after, Math::max);
    }

    long peak() {
        return peak.get();
    }

    long peakLive() {
        return peakLive.get();
    }

    @Override
    public void close() {
        seen(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), 0);
        for (NotificationEmitter collector : collectors) {
            try {
                collector.removeNotificationListener(this);
            } catch (ListenerNotFoundException gone) {
                // nothing to remove
            }
        }
    }
}
