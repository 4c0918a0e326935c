package dev.dibs.engine.render;

import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.model.QualifiedName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What rendering needs to know beyond the change itself: which tables the plan creates (work on
 * them touches no existing rows, so it carries fewer hazards), which virtual generated columns it
 * re-creates as plain ones ({@code "schema.table.column"}: their values are not carried over), which
 * tables are partitioned (what is set on one reaches its partitions; on any other table, it stays
 * off the inheritance children dibs does not manage), which columns are identities (a serial
 * column's sequence dropped for one hands its value over), and the chosen forms.
 */
public record RenderContext(Set<QualifiedName> createdTables, Set<String> virtualBecomingPlain,
                            Set<QualifiedName> partitionedTables, Set<String> identityColumns, PlanOptions options) {

    public RenderContext {
        createdTables = Set.copyOf(createdTables);
        virtualBecomingPlain = Set.copyOf(virtualBecomingPlain);
        partitionedTables = Set.copyOf(partitionedTables);
        identityColumns = Set.copyOf(identityColumns);
    }

    /** Without partitioned tables nor identity columns. */
    public RenderContext(Set<QualifiedName> createdTables, Set<String> virtualBecomingPlain, PlanOptions options) {
        this(createdTables, virtualBecomingPlain, Set.of(), Set.of(), options);
    }

    /** Without partitioned tables, identity columns nor virtual columns made plain. */
    public RenderContext(Set<QualifiedName> createdTables, PlanOptions options) {
        this(createdTables, Set.of(), Set.of(), Set.of(), options);
    }

    /**
     * The desired schema's identity columns as {@link #identityColumns} holds them: {@code table.column}
     * (each quoted as needed, as a sequence's {@code ownedBy}) and {@code @schema}.
     */
    public static String identityColumn(String schema, String ownedBy) {
        return ownedBy + "@" + schema;
    }

    /**
     * The virtual generated columns {@code changes} drop and add back under the same name as
     * plain columns: PostgreSQL cannot drop a virtual column's expression, so the values it showed
     * are gone, not kept as DROP EXPRESSION keeps a stored column's.
     */
    public static Set<String> virtualBecomingPlain(List<SchemaChange> changes) {
        Set<String> added = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof AddColumn a && !a.column().isGenerated()) {
                added.add(a.table() + "." + a.column().name());
            }
        }
        Set<String> out = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof DropColumn d && d.column().virtual() && added.contains(d.table() + "." + d.column().name())) {
                out.add(d.table() + "." + d.column().name());
            }
        }
        return out;
    }

    boolean existing(QualifiedName table) {
        return !createdTables.contains(table);
    }

    /** Whether the column a sequence is owned by ({@code ownedBy} in {@code schema}) is an identity in the desired schema. */
    boolean identity(String schema, String ownedBy) {
        return ownedBy != null && identityColumns.contains(identityColumn(schema, ownedBy));
    }

    boolean partitioned(QualifiedName table) {
        return partitionedTables.contains(table);
    }
}
