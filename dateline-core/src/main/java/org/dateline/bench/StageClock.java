package org.dateline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of a run split by pipeline stage, read from the threads that do each stage: the thread that feeds and
 * matches articles, and the engine's named worker threads ({@code dateline-prepare}, {@code dateline-embed},
 * {@code dateline-indexing}). What no such thread did (garbage collection, the JIT compiler, Lucene's merges, a
 * model's native threads, threads that ended) is "other": the process's CPU time minus the stages'. Each
 * {@link #lap} gives the time since the one before, so a curve shows which stage grows with the store.
 */
final class StageClock {

    /** Stage names, in the order reports list them. */
    static final String MATCHING = "matching", PREPARING = "preparing", EMBEDDING = "embedding", INDEXING = "indexing",
            OTHER = "other";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long matchingThread;
    private final boolean available;
    /** Each thread's CPU nanoseconds at the last lap (a thread first seen counts from zero). */
    private final Map<Long, Long> seen = new HashMap<>();
    private long processAtLap;

    /** @param matchingThread id of the thread that adds articles (and so matches them) */
    StageClock(long matchingThread) {
        this.matchingThread = matchingThread;
        boolean ok;
        try {
            ok = threads.isThreadCpuTimeSupported();
            if (ok && !threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
        } catch (UnsupportedOperationException | SecurityException e) {
            ok = false;
        }
        available = ok && processCpuNanos() >= 0;
        if (available) lap();
    }

    /** CPU time of this process so far, all threads, in nanoseconds (-1 where the JVM does not tell). */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /**
     * CPU nanoseconds per stage since the last lap (stages that used none are left out), "other" last; empty where
     * the JVM does not measure threads' CPU time.
     */
    Map<String, Long> lap() {
        Map<String, Long> out = new LinkedHashMap<>();
        if (!available) return out;
        long staged = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) continue;
            String stage = stage(info.getThreadId(), info.getThreadName());
            if (stage == null) continue;
            long now = threads.getThreadCpuTime(info.getThreadId());
            if (now < 0) continue;
            Long before = seen.put(info.getThreadId(), now);
            long spent = now - (before == null ? 0 : before);
            out.merge(stage, spent, Long::sum);
            staged += spent;
        }
        long process = processCpuNanos();
        long other = process - processAtLap - staged;
        processAtLap = process;
        out.put(OTHER, Math.max(0, other));
        return out;
    }

    private String stage(long id, String name) {
        if (id == matchingThread) return MATCHING;
        if (name.startsWith("dateline-prepare")) return PREPARING;
        if (name.startsWith("dateline-embed")) return EMBEDDING;
        if (name.startsWith("dateline-indexing")) return INDEXING;
        return null;
    }
}
