package dev.dibs.engine.render;

import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.diff.ColumnSequences;
import dev.dibs.engine.diff.SequenceCalls;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.naming.PostgresNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rendering needs to know beyond the change itself: which tables the plan creates (work on
 * them touches no existing rows, so it carries fewer hazards), which virtual generated columns it
 * re-creates as plain ones ({@code "schema.table.column"}: their values are not carried over), which
 * tables are partitioned (what is set on one reaches its partitions; on any other table, it stays
 * off the inheritance children dibs does not manage), which columns are identities (a serial
 * column's sequence dropped for one hands its value over), the domains of both sides, the columns
 * kept indexes depend on ({@link IndexedColumns}: a retype without a rewrite may build them again,
 * {@link IndexRebuilds}), which functions are not volatile
 * ({@link Volatility}), the chosen forms, the target's PostgreSQL major ({@code targetMajor}: 0
 * when not known, taken as the oldest supported), and the names of the checks that stand for a
 * column's {@code NOT NULL} while its rows are read ({@link #notNullChecks}), and the indexes it
 * builds {@code CONCURRENTLY} after its transaction ({@link ConcurrentBuilds}).
 */
public record RenderContext(Set<QualifiedName> createdTables, Set<String> virtualBecomingPlain,
                            Set<QualifiedName> partitionedTables, Set<String> identityColumns,
                            Map<QualifiedName, Sequence> serialsOfIdentities, DomainTypes domains,
                            IndexedColumns indexedColumns, Volatility volatility,
                            PlanOptions options, int targetMajor, Set<QualifiedName> nondeterministicCollations,
                            Set<String> uniqueKeyColumns, Map<String, NotNullCheck> notNullChecks,
                            ConcurrentBuilds concurrentBuilds, Set<QualifiedName> joiningParents) {

    public RenderContext {
        joiningParents = joiningParents == null ? Set.of() : Set.copyOf(joiningParents);
        concurrentBuilds = concurrentBuilds == null ? ConcurrentBuilds.NONE : concurrentBuilds;
        notNullChecks = Map.copyOf(notNullChecks);
        nondeterministicCollations = Set.copyOf(nondeterministicCollations);
        uniqueKeyColumns = Set.copyOf(uniqueKeyColumns);
        createdTables = Set.copyOf(createdTables);
        virtualBecomingPlain = Set.copyOf(virtualBecomingPlain);
        partitionedTables = Set.copyOf(partitionedTables);
        identityColumns = Set.copyOf(identityColumns);
        serialsOfIdentities = Map.copyOf(serialsOfIdentities);
    }

    /** Where no table joins an inheritance parent ({@link #joiningParents}). */
    public RenderContext(Set<QualifiedName> createdTables, Set<String> virtualBecomingPlain,
                         Set<QualifiedName> partitionedTables, Set<String> identityColumns,
                         Map<QualifiedName, Sequence> serialsOfIdentities, DomainTypes domains,
                         IndexedColumns indexedColumns, Volatility volatility,
                         PlanOptions options, int targetMajor, Set<QualifiedName> nondeterministicCollations,
                         Set<String> uniqueKeyColumns, Map<String, NotNullCheck> notNullChecks, ConcurrentBuilds concurrentBuilds) {
        this(createdTables, virtualBecomingPlain, partitionedTables, identityColumns, serialsOfIdentities, domains, indexedColumns,
                volatility, options, targetMajor, nondeterministicCollations, uniqueKeyColumns, notNullChecks, concurrentBuilds, Set.of());
    }

    /**
     * The same, where {@code joining} are the tables that join an inheritance parent ({@code INHERIT}),
     * whose checks are validated as added: PostgreSQL joins no child whose copy of a parent's check is
     * {@code NOT VALID}.
     */
    public RenderContext withJoiningParents(Set<QualifiedName> joining) {
        return new RenderContext(createdTables, virtualBecomingPlain, partitionedTables, identityColumns, serialsOfIdentities, domains,
                indexedColumns, volatility, options, targetMajor, nondeterministicCollations, uniqueKeyColumns, notNullChecks,
                concurrentBuilds, joining);
    }

    /** Without sequences of identities becoming serial columns. */
    public RenderContext(Set<QualifiedName> createdTables, Set<String> virtualBecomingPlain,
                         Set<QualifiedName> partitionedTables, Set<String> identityColumns, PlanOptions options) {
        this(createdTables, virtualBecomingPlain, partitionedTables, identityColumns, Map.of(), DomainTypes.NONE, IndexedColumns.NONE, Volatility.UNKNOWN, options, 0);
    }

    /** Without collations that are not deterministic (none known). */
    public RenderContext(Set<QualifiedName> createdTables, Set<String> virtualBecomingPlain,
                         Set<QualifiedName> partitionedTables, Set<String> identityColumns,
                         Map<QualifiedName, Sequence> serialsOfIdentities, DomainTypes domains,
                         IndexedColumns indexedColumns, Volatility volatility,
                         PlanOptions options, int targetMajor) {
        this(createdTables, virtualBecomingPlain, partitionedTables, identityColumns, serialsOfIdentities, domains, indexedColumns,
                volatility, options, targetMajor, Set.of(), Set.of());
    }

    /** Without checks standing for NOT NULL (every SET NOT NULL reads the rows under its ACCESS EXCLUSIVE lock). */
    public RenderContext(Set<QualifiedName> createdTables, Set<String> virtualBecomingPlain,
                         Set<QualifiedName> partitionedTables, Set<String> identityColumns,
                         Map<QualifiedName, Sequence> serialsOfIdentities, DomainTypes domains,
                         IndexedColumns indexedColumns, Volatility volatility,
                         PlanOptions options, int targetMajor, Set<QualifiedName> nondeterministicCollations,
                         Set<String> uniqueKeyColumns) {
        this(createdTables, virtualBecomingPlain, partitionedTables, identityColumns, serialsOfIdentities, domains, indexedColumns,
                volatility, options, targetMajor, nondeterministicCollations, uniqueKeyColumns, Map.of());
    }

    /** Without concurrent index builds (every index built in the plan's transaction). */
    public RenderContext(Set<QualifiedName> createdTables, Set<String> virtualBecomingPlain,
                         Set<QualifiedName> partitionedTables, Set<String> identityColumns,
                         Map<QualifiedName, Sequence> serialsOfIdentities, DomainTypes domains,
                         IndexedColumns indexedColumns, Volatility volatility,
                         PlanOptions options, int targetMajor, Set<QualifiedName> nondeterministicCollations,
                         Set<String> uniqueKeyColumns, Map<String, NotNullCheck> notNullChecks) {
        this(createdTables, virtualBecomingPlain, partitionedTables, identityColumns, serialsOfIdentities, domains, indexedColumns,
                volatility, options, targetMajor, nondeterministicCollations, uniqueKeyColumns, notNullChecks, ConcurrentBuilds.NONE);
    }

    /** Whether the plan builds this index of {@code table} {@code CONCURRENTLY}, after its transaction ({@link ConcurrentBuilds}). */
    public boolean buildsConcurrently(QualifiedName table, String index) {
        return concurrentBuilds.buildsAfter(table, index);
    }

    /**
     * The temporary name under which the plan builds the index (or the index of the unique constraint or
     * primary key) {@code name} of {@code table} {@code CONCURRENTLY} before its transaction, which gives
     * it its name ({@link ConcurrentBuilds}); null when it does not.
     */
    public String builtBefore(QualifiedName table, String name) {
        return concurrentBuilds.builtBefore(table, name);
    }

    /**
     * For each existing column {@code ordered} makes NOT NULL ({@code schema.table.column}), the name
     * of the check {@code CHECK (column IS NOT NULL)} the plan adds {@code NOT VALID} in its
     * transaction, validates after it commits, and drops once {@code SET NOT NULL}, which it proves,
     * has run ({@link dev.dibs.engine.plan.TransactionMode#AFTER_VALIDATIONS}): PostgreSQL then reads
     * the rows under the validation's lock, which lets reads and writes go on, rather than under
     * SET NOT NULL's ACCESS EXCLUSIVE. Only with {@code validateSeparately}; not on a partitioned
     * table, nor for a column the plan puts in a primary key (adding the key sets NOT NULL itself,
     * reading the rows), nor for a column whose type may be a composite one: {@code IS NOT NULL} of a
     * row value asks every field to be non-null, which NOT NULL does not, and PostgreSQL does not take
     * it as a proof. The name is {@code <table>_<column>_dibs_not_null} (PostgreSQL's own shortening),
     * one no constraint of the table has on either side, nor PostgreSQL 18's name for a column's NOT
     * NULL ({@code <table>_<column>_not_null}), nor a trigger of the table (a constraint trigger's).
     */
    public static Map<String, NotNullCheck> notNullChecks(dev.dibs.engine.model.Schema current, dev.dibs.engine.model.Schema desired,
                                                          List<SchemaChange> ordered, PlanOptions options,
                                                          Set<QualifiedName> partitionedTables) {
        return notNullChecks(current, desired, ordered, options, partitionedTables, domains(current, desired, ordered), Map.of());
    }

    /**
     * As above; and where the column already has a {@code NOT VALID} NOT NULL constraint (PostgreSQL 18:
     * {@code notValidNotNulls}, {@code schema.table.column} as the database names them, to the
     * constraint's name), that constraint is what the plan validates after its transaction — SET NOT
     * NULL would validate it reading the rows under ACCESS EXCLUSIVE, whatever check proves them.
     */
    public static Map<String, NotNullCheck> notNullChecks(dev.dibs.engine.model.Schema current, dev.dibs.engine.model.Schema desired,
                                                          List<SchemaChange> ordered, PlanOptions options,
                                                          Set<QualifiedName> partitionedTables, DomainTypes domains,
                                                          Map<String, String> notValidNotNulls) {
        if (!options.validateSeparately()) {
            return Map.of();
        }
        Map<String, NotNullCheck> out = new HashMap<>();
        Map<QualifiedName, Set<String>> taken = new HashMap<>();
        // a table joining a parent must have the parent's NOT NULL when it joins, in the transaction
        Set<QualifiedName> joining = new HashSet<>();
        ordered.stream().filter(SchemaChange.Inherit.class::isInstance).forEach(c -> joining.add(((SchemaChange.Inherit) c).table()));
        for (SchemaChange change : ordered) {
            if (!(change instanceof SchemaChange.AlterColumn a) || !a.aspects().contains(SchemaChange.ColumnAspect.NULLABILITY)
                    || !a.from().nullable() || a.to().nullable() || partitionedTables.contains(a.table()) || joining.contains(a.table())
                    || keyedByThePlan(a, current, desired)) {
                continue;
            }
            String constraint = notValidNotNulls.isEmpty() ? null : notValidNotNulls.get(namedAsRead(a, ordered));
            if (constraint != null) {
                out.put(a.table() + "." + a.to().name(), new NotNullCheck(constraint, true));
                continue;
            }
            if (!scalar(a.to().type(), domains, current, desired)) {
                continue;
            }
            Set<String> names = taken.computeIfAbsent(a.table(), t -> {
                Set<String> all = new HashSet<>();
                current.table(t).ifPresent(table -> all.addAll(constraintNames(table)));
                desired.table(t).ifPresent(table -> all.addAll(constraintNames(table)));
                current.triggers().stream().filter(tr -> tr.table().equals(t)).forEach(tr -> all.add(tr.name()));
                desired.triggers().stream().filter(tr -> tr.table().equals(t)).forEach(tr -> all.add(tr.name()));
                return all;
            });
            String name = PostgresNames.makeObjectName(a.table().name(), a.to().name(), "dibs_not_null");
            for (int i = 1; names.contains(name); i++) {
                name = PostgresNames.makeObjectName(a.table().name(), a.to().name(), "dibs_not_null" + i);
            }
            names.add(name);
            out.put(a.table() + "." + a.to().name(), new NotNullCheck(name, false));
        }
        return out;
    }

    /** {@code schema.table.column} of {@code a}'s column as the database has it, before the plan's renames. */
    private static String namedAsRead(SchemaChange.AlterColumn a, List<SchemaChange> ordered) {
        String column = a.to().name();
        QualifiedName table = a.table();
        for (SchemaChange change : ordered) {
            if (change instanceof SchemaChange.RenameColumn r && r.table().equals(a.table()) && r.to().equals(column)) {
                column = r.from();
            } else if (change instanceof SchemaChange.RenameTable r && new QualifiedName(r.from().schema(), r.to()).equals(a.table())) {
                table = r.from();
            }
        }
        return table + "." + column;
    }

    /**
     * What stands for a column's NOT NULL while its rows are read: the check {@code name} the plan adds,
     * or ({@code notNullConstraint}) the column's own {@code NOT VALID} NOT NULL constraint of that name.
     */
    public record NotNullCheck(String name, boolean notNullConstraint) {
    }

    /**
     * Whether {@code type} is one whose {@code IS NOT NULL} is NOT NULL's test: a built-in type, an array,
     * an enum, or a domain over one of those ({@link DomainTypes#base}). Any other type (an extension's,
     * or one dibs does not manage) may be a composite one.
     */
    private static boolean scalar(dev.dibs.engine.model.PgType type, DomainTypes domains, dev.dibs.engine.model.Schema current,
                                  dev.dibs.engine.model.Schema desired) {
        dev.dibs.engine.model.PgType base = domains.base(type, true);
        if (base.array() || base.isBuiltin()) {
            return true;
        }
        QualifiedName name = new QualifiedName(base.schema(), base.name());
        return desired.enums().stream().anyMatch(e -> e.name().equals(name)) || current.enums().stream().anyMatch(e -> e.name().equals(name));
    }

    /** Whether the desired primary key of {@code a}'s table has its column and the current one does not. */
    private static boolean keyedByThePlan(SchemaChange.AlterColumn a, dev.dibs.engine.model.Schema current,
                                          dev.dibs.engine.model.Schema desired) {
        String column = a.to().name();
        boolean desiredKey = desired.table(a.table()).map(t -> t.primaryKey() != null && t.primaryKey().columns().contains(column))
                .orElse(false);
        boolean currentKey = current.table(a.table()).map(t -> t.primaryKey() != null && t.primaryKey().columns().contains(column))
                .orElse(false);
        return desiredKey && !currentKey;
    }

    /** The names {@code table}'s constraints hold, and those PostgreSQL 18 gives its columns' NOT NULL by default. */
    private static Set<String> constraintNames(dev.dibs.engine.model.Table table) {
        Set<String> out = table.constraintNames();
        table.columns().forEach(c -> out.add(PostgresNames.makeObjectName(table.name().name(), c.name(), "not_null")));
        return out;
    }

    /** The check standing for the NOT NULL of {@code column} of {@code table} while its rows are read ({@link #notNullChecks}), or null. */
    NotNullCheck notNullCheck(QualifiedName table, String column) {
        return notNullChecks.get(table + "." + column);
    }

    /** The collations of either side that are not deterministic ({@code DETERMINISTIC = false}). */
    public static Set<QualifiedName> nondeterministicCollations(dev.dibs.engine.model.Schema current,
                                                                dev.dibs.engine.model.Schema desired) {
        Set<QualifiedName> out = new java.util.HashSet<>();
        current.collations().stream().filter(c -> !c.deterministic()).forEach(c -> out.add(c.name()));
        desired.collations().stream().filter(c -> !c.deterministic()).forEach(c -> out.add(c.name()));
        return out;
    }

    /** {@code schema.table.column} of each column of the desired state in a primary key, unique constraint or unique index. */
    public static Set<String> uniqueKeyColumns(dev.dibs.engine.model.Schema desired) {
        Set<String> out = new java.util.HashSet<>();
        for (dev.dibs.engine.model.Table t : desired.tables()) {
            if (t.primaryKey() != null) {
                t.primaryKey().columns().forEach(c -> out.add(t.name() + "." + c));
            }
            t.uniques().forEach(u -> u.columns().forEach(c -> out.add(t.name() + "." + c)));
            t.indexes().stream().filter(dev.dibs.engine.model.Index::unique)
                    .forEach(i -> i.keys().stream().filter(k -> k.column() != null).forEach(k -> out.add(t.name() + "." + k.column())));
        }
        return out;
    }

    /**
     * The sequences {@code ordered} creates for identity columns that become serial ones (their
     * default {@code nextval} of the new sequence), by name: the identity's own sequence has that name
     * until the column drops it, and the value it reached is lost with it. So the new one is created
     * under a name of its own first ({@link #provisional}), takes the identity's value, and gets its
     * name once the identity is gone.
     */
    public static Map<QualifiedName, Sequence> serialsOfIdentities(List<SchemaChange> ordered) {
        Map<QualifiedName, Sequence> created = new HashMap<>(); // as it ends up: created, then owned (AlterSequence)
        for (SchemaChange change : ordered) {
            if (change instanceof SchemaChange.CreateSequence c) {
                created.put(c.sequence().name(), c.sequence());
            } else if (change instanceof SchemaChange.AlterSequence a && created.containsKey(a.to().name())) {
                created.put(a.to().name(), a.to());
            }
        }
        Map<QualifiedName, Sequence> out = new HashMap<>();
        for (SchemaChange change : ordered) {
            if (change instanceof SchemaChange.AlterColumn a && a.from().isIdentity() && !a.to().isIdentity()) {
                QualifiedName serial = ColumnSequences.name(a.table(), a.to());
                Sequence s = serial == null ? null : created.get(serial);
                if (s != null && SequenceCalls.ownerName(a.table().name(), a.to().name()).equals(s.ownedBy())) {
                    out.put(serial, s);
                }
            }
        }
        return out;
    }

    /** The columns kept indexes depend on, whose retype without a rewrite may make PostgreSQL build them again ({@link IndexRebuilds}). */
    public static IndexedColumns indexedColumns(dev.dibs.engine.model.Schema current, dev.dibs.engine.model.Schema desired,
                                                       List<SchemaChange> ordered) {
        return IndexRebuilds.columns(current, desired, ordered);
    }

    /** This context for the change after {@code change}: the domains as {@code change} leaves them ({@link DomainTypes#after}). */
    public RenderContext after(SchemaChange change) {
        DomainTypes next = domains.after(change);
        return next == domains ? this : new RenderContext(createdTables, virtualBecomingPlain, partitionedTables, identityColumns,
                serialsOfIdentities, next, indexedColumns, volatility, options, targetMajor, nondeterministicCollations,
                uniqueKeyColumns, notNullChecks, concurrentBuilds, joiningParents);
    }

    /** The domains of both sides ({@link DomainTypes}): what a column of one costs to add or retype. */
    public static DomainTypes domains(dev.dibs.engine.model.Schema current, dev.dibs.engine.model.Schema desired,
                                      List<SchemaChange> ordered) {
        return DomainTypes.of(current, desired, ordered);
    }

    /** The name a sequence of {@link #serialsOfIdentities} has until the identity is gone. */
    static QualifiedName provisional(QualifiedName sequence) {
        return new QualifiedName(sequence.schema(), PostgresNames.makeObjectName(sequence.name(), "dibs", "new"));
    }

    /** The sequence of {@link #serialsOfIdentities} that the column {@code column} of {@code table} gets, or null. */
    Sequence serialOfIdentity(QualifiedName table, String column) {
        String owner = SequenceCalls.ownerName(table.name(), column);
        return serialsOfIdentities.values().stream().filter(s -> s.name().schema().equals(table.schema()) && s.ownedBy().equals(owner))
                .findFirst().orElse(null);
    }

    /** Without partitioned tables nor identity columns. */
    public RenderContext(Set<QualifiedName> createdTables, Set<String> virtualBecomingPlain, PlanOptions options) {
        this(createdTables, virtualBecomingPlain, Set.of(), Set.of(), Map.of(), DomainTypes.NONE, IndexedColumns.NONE, Volatility.UNKNOWN, options, 0);
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

    /**
     * Whether the target takes a {@code NOT VALID} foreign key on a partitioned table (PostgreSQL 18 on;
     * as {@code PgVersion.hasNotValidForeignKeysOnPartitionedTables}, which this layer does not import).
     */
    boolean notValidForeignKeysOnPartitionedTables() {
        return targetMajor >= 18;
    }

    boolean partitioned(QualifiedName table) {
        return partitionedTables.contains(table);
    }
}
