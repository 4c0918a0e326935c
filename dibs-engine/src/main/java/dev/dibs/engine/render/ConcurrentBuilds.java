package dev.dibs.engine.render;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropExclusion;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.SetIndexComment;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.PostgresNames;
import dev.dibs.engine.plan.PlanOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a plan's indexes it builds {@code CONCURRENTLY} when {@link PlanOptions#concurrentIndexes}
 * asks for it, and when. Never on a table the plan creates or drops (a new table is empty and locked
 * by nobody else), nor on a partitioned table (PostgreSQL builds its index with its partitions',
 * never concurrently). On any other table:
 * <ul>
 * <li><b>Before the transaction</b>, under a temporary name ({@code before}: the index's or
 *     constraint's name to it; {@link dev.dibs.engine.plan.TransactionMode#BUILT_BEFORE_TRANSACTION}),
 *     which the transaction renames where it would have built it, or makes a unique constraint or
 *     primary key of ({@code ADD CONSTRAINT … USING INDEX}): an index that replaces one of the same name
 *     (the table is never without it), a unique index the transaction needs (a foreign key it adds
 *     references the table, or the table loses a unique index, unique constraint or primary key in
 *     it: its rows are never without a uniqueness), and the index of a unique constraint or primary
 *     key added to an existing table (else built under ACCESS EXCLUSIVE, which blocks reads too). Only
 *     what the database as it is can build the same: no column the index reads is added, dropped,
 *     altered or renamed by the plan (nor any, for an index with an expression or a predicate, which may
 *     read the whole row), nor its table renamed; the key is not deferrable (its index would check each
 *     row as written, not at commit); the primary key's columns are NOT NULL already; and either the
 *     index names nothing a plan can change besides its columns ({@link #ofBuiltinsOnly}: btree or hash,
 *     built-in types and collations, PostgreSQL's operator classes) or the plan changes no kind an index
 *     definition may name besides its columns (functions, types, domains, extensions, operators,
 *     collations, enum labels renamed): see {@link #unchangedDefinitions}.</li>
 * <li><b>After the transaction</b> ({@code after}; {@link dev.dibs.engine.plan.TransactionMode#OUTSIDE_TRANSACTION}):
 *     any other new index, but not a unique one the transaction needs (above), not one on a table the plan
 *     renames (or one of whose columns it renames) after adding the index (the statement names them as
 *     they are at that point of the plan), and not one whose comment the plan also sets on its own
 *     ({@code SetIndexComment}, in the transaction).</li>
 * </ul>
 * What is left is built in the transaction. Drops stay in the transaction: a quick statement, and one
 * after it could be too late (a statement in the transaction may need the name free) or find the
 * index gone with its column.
 *
 * @param after  the indexes ({@code schema} of their table, index name) built after the transaction
 * @param before the indexes and constraints ({@code schema} of their table, name) built before it, to
 *               the temporary name they are built under
 */
public record ConcurrentBuilds(Set<QualifiedName> after, Map<QualifiedName, String> before) {

    /** Every index built in the plan's transaction. */
    public static final ConcurrentBuilds NONE = new ConcurrentBuilds(Set.of(), Map.of());

    /** What a temporary name ends with: {@code <name>_dibs_new}, shortened as PostgreSQL shortens names. */
    private static final String LABEL = "dibs_new";

    /** The kinds of change that cannot change what an index definition names besides its columns: {@link #unchangedDefinitions}. */
    private static final Set<Class<? extends SchemaChange>> DEFINITION_NEUTRAL = Set.of(
            SchemaChange.CreateSchema.class,
            SchemaChange.DropSchema.class,
            SchemaChange.AddEnumValue.class,
            SchemaChange.SetEnumComment.class,
            SchemaChange.AddTable.class,
            SchemaChange.DropTable.class,
            SchemaChange.RenameTable.class,
            SchemaChange.AddColumn.class,
            SchemaChange.DropColumn.class,
            SchemaChange.RenameColumn.class,
            SchemaChange.AlterColumn.class,
            SchemaChange.AddPrimaryKey.class,
            SchemaChange.DropPrimaryKey.class,
            SchemaChange.AddUnique.class,
            SchemaChange.DropUnique.class,
            SchemaChange.AddCheck.class,
            SchemaChange.DropCheck.class,
            SchemaChange.AddForeignKey.class,
            SchemaChange.DropForeignKey.class,
            SchemaChange.ValidateConstraint.class,
            SchemaChange.RenameConstraint.class,
            SchemaChange.AddIndex.class,
            SchemaChange.DropIndex.class,
            SchemaChange.RenameIndex.class,
            SchemaChange.SetTableComment.class,
            SchemaChange.SetTableLogging.class,
            SchemaChange.SetTableStorage.class,
            SchemaChange.AddExclusion.class,
            SchemaChange.DropExclusion.class,
            SchemaChange.SetRowSecurity.class,
            SchemaChange.Inherit.class,
            SchemaChange.NoInherit.class,
            SchemaChange.SetIndexComment.class,
            SchemaChange.CreateTrigger.class,
            SchemaChange.DropTrigger.class,
            SchemaChange.RenameTrigger.class,
            SchemaChange.SetTriggerEnabled.class,
            SchemaChange.SetTriggerComment.class,
            SchemaChange.CreateSequence.class,
            SchemaChange.AlterSequence.class,
            SchemaChange.RenameSequence.class,
            SchemaChange.DropSequence.class,
            SchemaChange.CreateView.class,
            SchemaChange.ReplaceView.class,
            SchemaChange.DropView.class,
            SchemaChange.SetViewOptions.class,
            SchemaChange.SetViewComment.class,
            SchemaChange.CreatePolicy.class,
            SchemaChange.AlterPolicy.class,
            SchemaChange.DropPolicy.class,
            SchemaChange.SetPolicyComment.class);

    public ConcurrentBuilds {
        after = Set.copyOf(after);
        before = Map.copyOf(before);
    }

    /** Whether the index {@code name} of {@code table} is built after the transaction. */
    public boolean buildsAfter(QualifiedName table, String name) {
        return after.contains(new QualifiedName(table.schema(), name));
    }

    /** The temporary name the index (or constraint) {@code name} of {@code table} is built under before the transaction, or null. */
    public String builtBefore(QualifiedName table, String name) {
        return before.get(new QualifiedName(table.schema(), name));
    }

    /**
     * @param taken names of relations the database has that neither schema lists (its {@code INVALID}
     *              indexes, which the transaction drops only after the builds before it; what the
     *              inspection noted and dibs does not manage)
     */
    public static ConcurrentBuilds of(Schema current, Schema desired, List<SchemaChange> ordered, PlanOptions options,
                                      Set<QualifiedName> created, Set<QualifiedName> dropped, Set<QualifiedName> partitioned,
                                      Set<QualifiedName> taken) {
        if (!options.concurrentIndexes()) {
            return NONE;
        }
        Set<QualifiedName> referenced = new HashSet<>();
        Set<QualifiedName> losingUniqueness = new HashSet<>();
        Set<QualifiedName> commented = new HashSet<>();
        Set<QualifiedName> droppedNames = new HashSet<>();
        Set<QualifiedName> renamed = new HashSet<>();
        Map<QualifiedName, List<String>> touched = new HashMap<>();
        for (SchemaChange change : ordered) {
            if (change instanceof SetIndexComment c) {
                commented.add(new QualifiedName(c.table().schema(), c.index()));
            } else if (change instanceof AddForeignKey a) {
                referenced.add(a.key().referencedTable());
            } else if (change instanceof AddTable a) {
                a.table().foreignKeys().forEach(k -> referenced.add(k.referencedTable()));
            } else if (change instanceof DropIndex d) {
                droppedNames.add(new QualifiedName(d.table().schema(), d.index().name()));
                if (d.index().unique()) {
                    losingUniqueness.add(d.table());
                }
            } else if (change instanceof DropUnique d) {
                droppedNames.add(new QualifiedName(d.table().schema(), d.unique().name()));
                losingUniqueness.add(d.table());
            } else if (change instanceof DropPrimaryKey d) {
                droppedNames.add(new QualifiedName(d.table().schema(), d.key().name()));
                losingUniqueness.add(d.table());
            } else if (change instanceof DropExclusion d) {
                droppedNames.add(new QualifiedName(d.table().schema(), d.exclusion().name()));
            } else if (change instanceof RenameTable r) {
                renamed.add(r.from());
                renamed.add(new QualifiedName(r.from().schema(), r.to()));
            } else if (change instanceof AddColumn a) {
                touched.computeIfAbsent(a.table(), t -> new ArrayList<>()).add(a.column().name());
            } else if (change instanceof DropColumn d) {
                touched.computeIfAbsent(d.table(), t -> new ArrayList<>()).add(d.column().name());
            } else if (change instanceof AlterColumn a) {
                touched.computeIfAbsent(a.table(), t -> new ArrayList<>()).addAll(List.of(a.from().name(), a.to().name()));
            } else if (change instanceof RenameColumn r) {
                touched.computeIfAbsent(r.table(), t -> new ArrayList<>()).addAll(List.of(r.from(), r.to()));
            }
        }
        boolean definitionsHold = unchangedDefinitions(ordered);
        Set<String> names = new HashSet<>();
        taken.forEach(n -> names.add(n.schema() + "." + n.name()));
        relationNames(current, names);
        relationNames(desired, names);
        Set<QualifiedName> out = new HashSet<>();
        Map<QualifiedName, String> first = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            SchemaChange change = ordered.get(i);
            QualifiedName table = change instanceof AddIndex a ? a.table() : change instanceof AddUnique u ? u.table()
                    : change instanceof AddPrimaryKey p ? p.table() : null;
            if (table == null || created.contains(table) || dropped.contains(table) || partitioned.contains(table)) {
                continue;
            }
            List<String> columns = touched.getOrDefault(table, List.of());
            boolean buildable = (definitionsHold || ofBuiltinsOnly(current, change)) && !renamed.contains(table);
            if (change instanceof AddUnique u) {
                // a deferrable key's index checks at commit; one built before it would check each row as written
                if (buildable && u.unique().deferrability() == Deferrability.NOT_DEFERRABLE && columns.stream().noneMatch(c -> u.unique().columns().contains(c) || u.unique().include().contains(c))) {
                    first.put(new QualifiedName(table.schema(), u.unique().name()), temporaryName(table, u.unique().name(), names));
                }
                continue;
            }
            if (change instanceof AddPrimaryKey p) {
                if (buildable && p.key().deferrability() == Deferrability.NOT_DEFERRABLE && columns.stream().noneMatch(c -> p.key().columns().contains(c) || p.key().include().contains(c))
                        && notNullAlready(current, table, p.key().columns())) {
                    first.put(new QualifiedName(table.schema(), p.key().name()), temporaryName(table, p.key().name(), names));
                }
                continue;
            }
            AddIndex a = (AddIndex) change;
            QualifiedName index = new QualifiedName(table.schema(), a.index().name());
            boolean keptUnique = a.index().unique() && (referenced.contains(table) || losingUniqueness.contains(table));
            if ((keptUnique || droppedNames.contains(index)) && buildable && !a.index().uses(columns)
                    && (columns.isEmpty() || plainColumns(a.index()))) {
                first.put(index, temporaryName(table, a.index().name(), names));
            } else if (!keptUnique && !commented.contains(index) && !renamedLater(ordered.subList(i + 1, ordered.size()), table)) {
                out.add(index);
            }
        }
        return new ConcurrentBuilds(out, first);
    }

    /**
     * Whether the plan changes nothing an index definition may name besides its table's columns, so that
     * one built before the transaction is the index the transaction would build: only changes of
     * tables, columns, constraints, indexes, triggers, policies, views, sequences, schemas and
     * comments, and enum labels added (committed before the builds). Functions, types, domains,
     * extensions, operators and collations, or an enum label renamed, may change what an
     * expression, a predicate, an operator class or a collation means.
     */
    static boolean unchangedDefinitions(List<SchemaChange> ordered) {
        return ordered.stream().allMatch(c -> DEFINITION_NEUTRAL.contains(c.getClass()));
    }

    /**
     * Whether the index (or unique constraint, primary key) {@code change} adds names nothing a plan can
     * create or change besides its table's columns, whatever else the plan does: a btree or hash index
     * of columns only (no expression, predicate, operator class or collation of its own), each of a
     * built-in type and collation in the database as it is. The access method, the type's default
     * operator class and the collation are PostgreSQL's own, which no function, type, extension,
     * operator or collation a plan makes can replace; so one built before the transaction is the index
     * the transaction would build, also in a plan that creates a trigger function.
     */
    static boolean ofBuiltinsOnly(Schema current, SchemaChange change) {
        Table t = current.table(change instanceof AddIndex a ? a.table() : change instanceof AddUnique u ? u.table()
                : ((AddPrimaryKey) change).table()).orElse(null);
        if (t == null) {
            return false;
        }
        List<String> columns = new ArrayList<>();
        if (change instanceof AddIndex a) {
            Index i = a.index();
            boolean ownMethod = i.method() == null || i.method().equals("btree") || i.method().equals("hash");
            if (!ownMethod || !plainColumns(i) || i.keys().stream().anyMatch(k -> k.opclass() != null || k.collation() != null)) {
                return false;
            }
            i.keys().forEach(k -> columns.add(k.column()));
            columns.addAll(i.include());
        } else if (change instanceof AddUnique u) {
            columns.addAll(u.unique().columns());
            columns.addAll(u.unique().include());
        } else {
            AddPrimaryKey p = (AddPrimaryKey) change;
            columns.addAll(p.key().columns());
            columns.addAll(p.key().include());
        }
        return columns.stream().allMatch(name -> t.column(name).map(c -> c.type().isBuiltin()
                && (c.collation() == null || c.collation().schema().equals(Column.BUILTIN_COLLATIONS))).orElse(false));
    }

    /**
     * Whether every key of {@code index} is a column and it has no predicate: an expression may read the
     * whole row ({@code (t.*)::text}), which a column the plan adds or drops changes.
     */
    private static boolean plainColumns(dev.dibs.engine.model.Index index) {
        return index.predicate() == null && index.keys().stream().noneMatch(dev.dibs.engine.model.IndexKey::isExpression);
    }

    private static boolean notNullAlready(Schema current, QualifiedName table, List<String> columns) {
        Table t = current.table(table).orElse(null);
        return t != null && columns.stream().allMatch(c -> t.column(c).map(col -> !col.nullable()).orElse(false));
    }

    /** {@code <name>_dibs_new} (then {@code _dibs_new1}, …), shortened to PostgreSQL's length, named by no relation of the schema. */
    private static String temporaryName(QualifiedName table, String name, Set<String> names) {
        String made = PostgresNames.makeObjectName(name, null, LABEL);
        for (int i = 1; names.contains(table.schema() + "." + made); i++) {
            made = PostgresNames.makeObjectName(name, null, LABEL + i);
        }
        names.add(table.schema() + "." + made);
        return made;
    }

    /** Every relation name ({@code schema.name}) a schema holds or its constraints' indexes take, and the constraints' names besides. */
    private static void relationNames(Schema schema, Set<String> names) {
        for (Table t : schema.tables()) {
            String s = t.name().schema() + ".";
            names.add(s + t.name().name());
            t.indexes().forEach(i -> names.add(s + i.name()));
            t.constraintNames().forEach(n -> names.add(s + n));
            t.columns().stream().map(Column::name).forEach(c -> names.add(s + dev.dibs.engine.diff.SequenceCalls.ownerName(t.name().name(), c)));
            t.options().partitions().forEach(p -> names.add(s + p.name()));
        }
        schema.sequences().forEach(q -> names.add(q.name().schema() + "." + q.name().name()));
        schema.views().forEach(v -> names.add(v.name().schema() + "." + v.name().name()));
        schema.materializedViews().forEach(v -> {
            names.add(v.name().schema() + "." + v.name().name());
            v.indexes().forEach(i -> names.add(v.name().schema() + "." + i.name()));
        });
    }

    private static boolean renamedLater(List<SchemaChange> later, QualifiedName table) {
        return later.stream().anyMatch(c -> c instanceof RenameTable t && t.from().equals(table)
                || c instanceof RenameColumn r && r.table().equals(table));
    }
}
