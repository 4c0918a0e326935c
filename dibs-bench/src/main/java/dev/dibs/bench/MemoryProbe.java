package dev.dibs.bench;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.postgres.ConnectionInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.util.List;

/**
 * Run in its own JVM (under {@code -Xmx512m}): inspects a database and plans it from an empty
 * schema, then prints the peak heap the pools saw. Finishing at all proves the work fits in the
 * heap limit; the peak is an upper bound (each pool's own peak, summed).
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        ConnectionInfo db = new ConnectionInfo(args[0], args[1], args[2]);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Schema current;
        try (Connection c = db.open()) {
            current = Inspector.inspect(c, List.of("public")).schema();
        }
        Plan plan = Planner.plan(Schema.empty(List.of("public")), current, RenameHints.none());
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("tables=%d changes=%d peakHeap=%d maxHeap=%d%n", current.tables().size(), plan.changes().size(),
                peak, max);
    }
}
