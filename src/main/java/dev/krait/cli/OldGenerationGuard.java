package dev.krait.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.NotificationEmitter;

/**
 * Keeps the serial collector's old generation near the program's live data. From JDK 24 the serial collector
 * expands the old generation whenever a young collection promotes more than fits, instead of collecting it first
 * as JDK 17 did, so a program that churns through medium-lived objects grows to hundreds of MB it does not use.
 * This asks for a full collection when the old generation passes a threshold, then sets the next threshold to
 * twice what survived (but never below {@link #FLOOR}): the old policy's footprint, at the old policy's cost.
 */
final class OldGenerationGuard {
    private static final long FLOOR = 32L << 20;

    private OldGenerationGuard() {}

    static void install() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().equals("Tenured Gen")
                    && pool.isUsageThresholdSupported()) {
                pool.setUsageThreshold(FLOOR);
                NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
                emitter.addNotificationListener((notification, handback) -> {
                    if (notification.getType().equals(MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED)) {
                        System.gc();
                        pool.setUsageThreshold(nextThreshold(pool));
                    }
                }, null, null);
                return;
            }
        }
    }

    /** Twice what the last collection kept, at least {@link #FLOOR}, at most the pool's maximum (if it has one). */
    private static long nextThreshold(MemoryPoolMXBean pool) {
        long next = Math.max(FLOOR, 2 * pool.getUsage().getUsed());
        long max = pool.getUsage().getMax();
        return max >= 0 ? Math.min(next, max) : next;
    }
}
