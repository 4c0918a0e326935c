package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexes a failed {@code CREATE INDEX CONCURRENTLY} (or {@code REINDEX … CONCURRENTLY}) left
 * {@code INVALID}: no query uses them, yet PostgreSQL may keep them up to date on every write (a
 * unique one may even refuse duplicates in new rows). The inspection reads such an index like any
 * other and notes it ("index option … INVALID"); read as the index the desired state asks for, the
 * plan would leave it as it is for good. A plan for an inspected database therefore drops each first
 * and builds what the desired state has again ({@code Planner}). Not an index whose concurrent build
 * is still running, nor a partitioned table's made {@code ON ONLY} whose partitions are not all
 * attached yet: both are INVALID on their way to being valid, and noted as such.
 */
public final class InvalidIndexes {

    /** The note's detail: see {@code unmanaged.sql}. */
    static final String DETAIL = "INVALID (a failed concurrent build: drop and re-create it)";

    private InvalidIndexes() {
    }

    /** The invalid indexes of {@code inspection}'s tables, by table, as the schema models them (not those of a key or exclusion constraint). */
    public static Map<QualifiedName, List<Index>> of(Inspection inspection) {
        Map<QualifiedName, List<Index>> out = new LinkedHashMap<>();
        for (NotManaged n : inspection.notManaged()) {
            if (!n.kind().equals("index option") || n.detail() == null || !n.detail().contains(DETAIL)) {
                continue;
            }
            // an index's name is its schema's alone: at most one table has it
            for (Table t : inspection.schema().tables()) {
                if (t.name().schema().equals(n.schema())) {
                    t.index(n.name()).ifPresent(i -> out.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(i));
                }
            }
        }
        return out;
    }

    /** {@code schema} without {@code invalid}: the database once the plan has dropped them. */
    public static Schema without(Schema schema, Map<QualifiedName, List<Index>> invalid) {
        if (invalid.isEmpty()) {
            return schema;
        }
        return schema.withTables(schema.tables().stream().map(t -> !invalid.containsKey(t.name()) ? t
                : t.withIndexes(t.indexes().stream().filter(i -> !invalid.get(t.name()).contains(i)).toList())).toList());
    }
}
