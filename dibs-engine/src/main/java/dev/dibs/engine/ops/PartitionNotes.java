package dev.dibs.engine.ops;

import dev.dibs.engine.diff.PartitionDiffer;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The partitions of a managed table that the desired state does not declare: dibs keeps them (a
 * tool such as pg_partman may make them) and never drops them, so that the plan leaves them alone is
 * said as a note, like any object dibs does not manage. Only the diff knows which partitions are
 * declared, so these notes come from here rather than from the inspection's {@code unmanaged.sql},
 * which notes only the partitions it can tell are not modelled (in another schema than their table).
 */
final class PartitionNotes {

    private PartitionNotes() {
    }

    /** {@code notes} and one note per undeclared partition of a table both schemas have. */
    static List<NotManaged> with(List<NotManaged> notes, Schema current, Schema desired) {
        List<NotManaged> out = new ArrayList<>(notes);
        // only a partitioned table has partitions to note
        for (Table t : current.tables().stream().filter(x -> x.options().partitioned()).toList()) {
            desired.table(t.name()).ifPresent(d -> {
                for (Partition p : PartitionDiffer.undeclared(t, d)) {
                    out.add(new NotManaged("partition", t.name().schema(), p.name(), "partition of "
                            + dev.dibs.engine.render.Sql.partitionParent(t.name(), p) + " " + p.bound()
                            + (p.partitioned() ? " PARTITION BY " + p.partitionBy() : "")
                            + ", not declared: dibs keeps it and never drops it"));
                }
            });
        }
        return out;
    }
}
