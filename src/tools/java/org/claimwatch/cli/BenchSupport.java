package org.claimwatch.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** What the benchmarks measure about this process: CPU time (JVM and child processes such as PostgreSQL) and heap. */
final class BenchSupport {

    private static final double TICKS_PER_SECOND = 100.0;

    private BenchSupport() {
    }

    /** CPU seconds used by this JVM so far. */
    static double jvmCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** CPU seconds used so far by this JVM's descendant processes except those of {@code excludedRoot}. */
    static double childCpuSeconds(long... excludedRoots) {
        double total = 0;
        java.util.Set<Long> excluded = new java.util.HashSet<>();
        for (long root : excludedRoots) {
            excluded.add(root);
            ProcessHandle.of(root).ifPresent(p -> p.descendants().forEach(d -> excluded.add(d.pid())));
        }
        for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
            if (excluded.contains(p.pid())) {
                continue;
            }
            try {
                String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields 14 and 15 (utime, stime) are at index 11 and 12 after the command name
                total += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
            } catch (IOException | RuntimeException gone) {
                // the process ended
            }
        }
        return total;
    }

    /** CPU seconds used so far by process {@code pid} (0 when it is gone). */
    static double cpuOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Samples heap use every 250 ms into {@code peak} until interrupted. */
    static Thread heapSampler(AtomicLong peak) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Records the longest GC pause (ms) into {@code max} until the returned action is run. */
    static Runnable gcPauseWatcher(AtomicLong max) {
        List<Runnable> stops = new java.util.ArrayList<>();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof javax.management.NotificationEmitter emitter) || gc.getName().contains("Concurrent")) {
                continue; // a concurrent cycle is not a pause
            }
            javax.management.NotificationListener listener = (n, h) -> {
                if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                            (javax.management.openmbean.CompositeData) n.getUserData());
                    max.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
                }
            };
            emitter.addNotificationListener(listener, null, null);
            stops.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            });
        }
        return () -> stops.forEach(Runnable::run);
    }

    static long heapUsedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * The product's defaults for a benchmark instance: its own data directory (named after {@code name}, readable by
     * the embedded database's user when run as root), embedded PostgreSQL and HTTP on free loopback ports, and the
     * loopback addresses allowed as fetch targets.
     */
    static io.vertx.core.json.JsonObject instanceConfig(String name) throws IOException {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("claimwatch-" + name);
        data.toFile().setExecutable(true, false);
        data.toFile().setReadable(true, false);
        return org.claimwatch.config.AppConfig.defaults()
                .put(org.claimwatch.config.ConfigKeys.DATA_DIR, data.toString())
                .put(org.claimwatch.config.ConfigKeys.DB_EMBEDDED_PORT, freePort())
                .put(org.claimwatch.config.ConfigKeys.HTTP_HOST, "127.0.0.1")
                .put(org.claimwatch.config.ConfigKeys.HTTP_PORT, freePort())
                .put(org.claimwatch.config.ConfigKeys.NET_ALLOW, new io.vertx.core.json.JsonArray().add("127.0.0.0/8"));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }

    /** Parses "--name value" options into a map (names without the dashes). */
    static Map<String, String> options(List<String> args) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.size(); i += 2) {
            if (!args.get(i).startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args.get(i));
            }
            out.put(args.get(i).substring(2), args.get(i + 1));
        }
        return out;
    }
}
