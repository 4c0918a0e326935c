package dev.dibs.engine.diff;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameSequence;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Renamed;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.Printable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies the explicit table, column, sequence, domain and routine renames first, to a copy of the current schema: the rest
 * of the diff then compares objects under their new names, as Postgres itself would show them
 * after the renames (foreign keys pointing at the new table name, expressions naming the new
 * column). A hint whose old name no longer exists is ignored.
 */
public final class RenameStage {

    record Result(Schema renamedCurrent, List<SchemaChange> changes) {
    }

    private RenameStage() {
    }

    /**
     * The tables and columns of {@code current} the hints rename, as the plan renames them (the same
     * conditions, in the same order: a chain of renames ends at its last name).
     */
    public static Renamed renamed(Schema current, Schema desired, RenameHints hints) {
        Map<QualifiedName, QualifiedName> tables = new HashMap<>();
        Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
        for (SchemaChange change : apply(current, desired, hints).changes()) {
            if (change instanceof RenameTable t) {
                // a chain (a to b, then b to c) renames the database's a
                QualifiedName original = tables.entrySet().stream().filter(e -> e.getValue().equals(t.from())).map(Map.Entry::getKey)
                        .findFirst().orElse(t.from());
                tables.put(original, new QualifiedName(t.from().schema(), t.to()));
            } else if (change instanceof RenameColumn c) {
                // the change names the table as renamed: the database's table is the one that became it
                QualifiedName old = tables.entrySet().stream().filter(e -> e.getValue().equals(c.table())).map(Map.Entry::getKey)
                        .findFirst().orElse(c.table());
                Map<String, String> of = columns.computeIfAbsent(old, k -> new HashMap<>());
                String original = of.entrySet().stream().filter(e -> e.getValue().equals(c.from())).map(Map.Entry::getKey)
                        .findFirst().orElse(c.from());
                of.put(original, c.to());
            }
        }
        return new Renamed(tables, columns);
    }

    static Result apply(Schema current, Schema desired, RenameHints hints) {
        refuseChains("sequence", links(hints.sequences(), RenameHints.SequenceRename::to, RenameHints.SequenceRename::from),
                (first, next) -> hasSequence(current, first.old()) && hasSequence(current, next.old()));
        refuseChains("domain", links(hints.domains(), RenameHints.DomainRename::to, RenameHints.DomainRename::from),
                (first, next) -> hasDomain(current, first.old()) && hasDomain(current, next.old()));
        // a routine's rename collides only with one of the same argument types under the new name, whatever
        // their names and whether either is a function or a procedure (PostgreSQL's key: Routine.overload)
        refuseChains("function or procedure", links(hints.routines(), RenameHints.RoutineRename::to, RenameHints.RoutineRename::from),
                (first, next) -> current.routines().stream().filter(o -> o.name().equals(first.old())).anyMatch(o -> current.routines()
                        .stream().anyMatch(n -> n.name().equals(next.old()) && n.argumentTypes().equals(o.argumentTypes()))));
        List<SchemaChange> changes = new ArrayList<>();
        Schema schema = current;
        for (RenameHints.TableRename r : hints.tables()) {
            QualifiedName from = new QualifiedName(r.to().schema(), r.from());
            if (schema.table(from).isPresent() && schema.table(r.to()).isEmpty() && desired.table(from).isEmpty()) {
                changes.add(new RenameTable(from, r.to().name()));
                schema = renameTable(schema, from, r.to());
            }
        }
        for (RenameHints.ColumnRename r : hints.columns()) {
            var table = schema.table(r.table());
            if (table.isPresent() && table.get().column(r.from()).isPresent() && table.get().column(r.to()).isEmpty()) {
                changes.add(new RenameColumn(r.table(), r.from(), r.to()));
                schema = renameColumn(schema, r.table(), r.from(), r.to());
            }
        }
        for (RenameHints.SequenceRename r : hints.sequences()) {
            QualifiedName from = new QualifiedName(r.to().schema(), r.from());
            String column = hasSequence(schema, from) ? null : columnOwning(schema, from);
            if (column != null && !hasSequence(schema, r.to())) {
                throw new DibsException("The rename hint before CREATE SEQUENCE " + Printable.escape(r.to().toString()) + " names "
                        + Printable.escape(from.toString()) + ", which on the database is the sequence of column " + Printable.escape(column) + " (serial or identity), not a sequence of its own: dibs renames"
                        + " only sequences of their own, and renaming a column's would leave the column owning it; so nothing was"
                        + " planned. Remove the hint (the plan then drops that sequence with the column's default and creates "
                        + Printable.escape(r.to().toString()) + " from its start), or detach it first in a migration (ALTER SEQUENCE "
                        + Printable.escape(Identifiers.quote(from.schema(), from.name())) + " OWNED BY NONE) and keep the hint.");
            }
            if (hasSequence(schema, from) && !hasSequence(schema, r.to()) && !hasSequence(desired, from)) {
                changes.add(new RenameSequence(from, r.to().name()));
                schema = SequenceRenames.renamed(schema, from, r.to());
            }
        }
        for (RenameHints.DomainRename r : hints.domains()) {
            QualifiedName from = new QualifiedName(r.to().schema(), r.from());
            if (!hasDomain(schema, from) || hasDomain(schema, r.to()) || hasDomain(desired, from)) {
                continue;
            }
            changes.add(new SchemaChange.RenameDomain(from, r.to().name()));
            schema = DomainRenames.renamed(schema, from, r.to());
        }
        for (RenameHints.RoutineRename r : chainOrder(hints.routines(), RenameHints.RoutineRename::to, RenameHints.RoutineRename::from)) {
            schema = renameRoutine(schema, desired, r, changes);
        }
        return new Result(schema, changes);
    }

    /**
     * {@code schema} after the routine the hint names is renamed (a change added), or as it was when
     * the hint does not apply (no routine of the old name, or the old signature still desired); a
     * hint dibs cannot follow by a rename alone stops the plan, saying why.
     */
    private static Schema renameRoutine(Schema schema, Schema desired, RenameHints.RoutineRename r, List<SchemaChange> changes) {
        QualifiedName from = new QualifiedName(r.to().schema(), r.from());
        List<Routine> olds = schema.routines().stream().filter(o -> o.name().equals(from)).toList();
        if (olds.isEmpty()) {
            return schema;
        }
        String what = "The rename hint before CREATE FUNCTION or PROCEDURE " + Printable.escape(r.to().toString()) + " names "
                + Printable.escape(from.toString());
        if (olds.size() > 1) {
            throw new DibsException(what + ", which has " + olds.size() + " overloads on the database ("
                    + Printable.escape(String.join(", ", olds.stream().map(Routine::signature).toList())) + "): a stored call names a function, not"
                    + " an overload, so dibs cannot tell which calls follow the rename; nothing was planned. Remove the hint (the"
                    + " plan then drops the one that is no longer declared and creates " + Printable.escape(r.to().toString()) + ", with what calls them around"
                    + " them), or rename it in a migration of your own.");
        }
        Routine old = olds.get(0);
        if (desired.routines().stream().anyMatch(d -> d.overload().equals(old.overload()))) {
            return schema; // still desired under its name (its arguments perhaps renamed): no rename
        }
        List<Routine> news = desired.routines().stream().filter(d -> d.name().equals(r.to())).toList();
        Routine now = news.stream().filter(d -> d.identityArguments().equals(old.identityArguments()) && d.procedure() == old.procedure())
                .findFirst().orElse(null);
        if (now == null) {
            throw new DibsException(what + " (" + Printable.escape(old.signature()) + " on the database), but no " + old.keyword().toLowerCase(java.util.Locale.ROOT)
                    + " " + Printable.escape(r.to().toString()) + " with those arguments is declared (" + (news.isEmpty() ? "none"
                    : Printable.escape(String.join(", ", news.stream().map(Routine::signature).toList()))) + "): ALTER " + old.keyword() + " … RENAME keeps a routine's"
                    + " kind and arguments; nothing was planned. Rename it first with its arguments as they are (then change"
                    + " them in a later plan), or remove the hint (the plan then drops it and creates the new one).");
        }
        if (schema.routines().stream().anyMatch(o -> o.overload().equals(now.overload()))) {
            return schema; // the new name exists already with these argument types
        }
        changes.add(new SchemaChange.RenameRoutine(old, r.to().name()));
        return RoutineRenames.renamed(schema, old, r.to());
    }

    private static <H> List<Link> links(List<H> hints, java.util.function.Function<H, QualifiedName> to,
                                        java.util.function.Function<H, String> from) {
        return hints.stream().map(h -> new Link(to.apply(h), from.apply(h))).toList();
    }

    /**
     * The hints, each after those renaming away the name it takes ({@code g} from {@code f} after
     * {@code h} from {@code g}), so that a chain that does not collide applies whatever the files'
     * order; hints in a cycle keep their order (a cycle that collides was refused before).
     */
    private static <H> List<H> chainOrder(List<H> hints, java.util.function.Function<H, QualifiedName> to,
                                          java.util.function.Function<H, String> from) {
        java.util.Map<H, Integer> depth = new java.util.IdentityHashMap<>();
        for (H h : hints) {
            int d = 0;
            QualifiedName taken = to.apply(h);
            for (int step = 0; step < hints.size(); step++) { // follows the chain, at most once round a cycle
                QualifiedName name = taken;
                H next = hints.stream().filter(o -> new QualifiedName(to.apply(o).schema(), from.apply(o)).equals(name)).findFirst()
                        .orElse(null);
                if (next == null) {
                    break;
                }
                d++;
                taken = to.apply(next);
            }
            depth.put(h, d);
        }
        List<H> ordered = new ArrayList<>(hints);
        ordered.sort(java.util.Comparator.comparingInt(depth::get));
        return ordered;
    }

    /** A hint as a link from an old name to a new one, in one schema. */
    private record Link(QualifiedName to, String from) {
        QualifiedName old() {
            return new QualifiedName(to.schema(), from);
        }
    }

    /**
     * Stops the plan when two hints of one kind chain on a name the database has under both: {@code b}
     * renamed from {@code a} and {@code c} from {@code b}, or a swap ({@code b} from {@code a}, {@code a}
     * from {@code b}). Each would wait for the other's name to be free (a swap forever), and taking
     * neither would drop one object and create another in its place; so dibs says so rather than
     * choose. Where the database has only the first name the chain is a history (the later hint
     * applies to databases already renamed once) and nothing is refused.
     */
    private static void refuseChains(String kind, List<Link> links, java.util.function.BiPredicate<Link, Link> collide) {
        for (Link first : links) {
            for (Link next : links) {
                if (first != next && first.to().equals(next.old()) && collide.test(first, next)) {
                    throw new DibsException("The rename hints of " + kind + " " + Printable.escape(first.to().toString()) + " (from "
                            + Printable.escape(first.from()) + ") and " + kind + " " + Printable.escape(next.to().toString()) + " (from "
                            + Printable.escape(next.from()) + ") chain on " + Printable.escape(first.to().toString()) + ", and the database"
                            + " has both " + Printable.escape(first.old().toString()) + " and " + Printable.escape(next.old().toString())
                            + (first.old().equals(next.to()) ? " (a swap)" : "") + ": each rename needs the other's name free first,"
                            + " and dibs does not rename through a name of its choosing; nothing was planned. Rename one at a time:"
                            + " first declare " + Printable.escape(next.to().toString()) + " with its hint and "
                            + Printable.escape(first.old().toString()) + " under its old name, plan and apply that, then the other"
                            + " (a swap needs a temporary name in between, or a migration of your own)."
                            + (first.old().equals(next.to()) ? " A database after a swap looks as one before it: once it is done,"
                            + " remove the two hints." : ""));
                }
            }
        }
    }

    private static boolean hasDomain(Schema schema, QualifiedName name) {
        return schema.domains().stream().anyMatch(d -> d.name().equals(name));
    }

    /**
     * {@code table.column} whose serial-like or identity sequence {@code sequence} may be, or null
     * (asked only for a name that is no sequence of its own: then a default calling it exactly is
     * the column's).
     */
    private static String columnOwning(Schema schema, QualifiedName sequence) {
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                Sequence identity = c.isIdentity() ? ColumnSequences.ofIdentity(t.name(), c) : null;
                if (sequence.equals(ColumnSequences.name(t.name(), c)) || identity != null && sequence.equals(identity.name())) {
                    return t.name() + "." + c.name();
                }
            }
        }
        return null;
    }

    /** A sequence of its own of that name (a hint names one of those: a serial column's follows its column). */
    private static boolean hasSequence(Schema schema, QualifiedName name) {
        return schema.sequences().stream().anyMatch(s -> s.name().equals(name));
    }

    static Schema renameTable(Schema schema, QualifiedName from, QualifiedName to) {
        Schema renamed = schema.withTables(schema.tables().stream().map(t -> renameTableIn(t, from, to)).toList());
        return renamed.withRoutines(renamed.routines().stream().map(r -> tableRenamedIn(r, from, to)).toList());
    }

    /**
     * {@code r} after table {@code from} was renamed to {@code to}: what its {@link Routine#dependsOn()}
     * names of the table ({@code table from}, {@code column from.x}). Its SQL-standard body follows the
     * table in PostgreSQL; its text is the differ's business.
     */
    public static Routine tableRenamedIn(Routine r, QualifiedName from, QualifiedName to) {
        String table = "table " + from;
        String columns = "column " + from + ".";
        return SchemaTexts.in(r, UnaryOperator.identity(), d -> d.equals(table) ? "table " + to
                : d.startsWith(columns) ? "column " + to + "." + d.substring(columns.length()) : d);
    }

    /** {@code r} after column {@code from} of {@code table} was renamed to {@code to}: its {@link Routine#dependsOn()}. */
    public static Routine columnRenamedIn(Routine r, QualifiedName table, String from, String to) {
        String old = "column " + table + "." + from;
        return SchemaTexts.in(r, UnaryOperator.identity(), d -> d.equals(old) ? "column " + table + "." + to : d);
    }

    /** {@code t} after table {@code from} was renamed to {@code to}: its own name, or its foreign keys' targets. */
    public static Table renameTableIn(Table t, QualifiedName from, QualifiedName to) {
        QualifiedName name = t.name().equals(from) ? to : t.name();
        List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> fk.referencedTable().equals(from)
                ? fk.with(fk.name(), fk.columns(), to, fk.referencedColumns()) : fk).toList();
        // a column taking the table's row type keeps it: PostgreSQL renames the type with the table
        List<Column> columns = t.columns().stream().map(c -> rowTypeOf(c.type(), from)
                ? c.withType(new PgType(to.schema(), to.name(), List.of(), c.type().array(), to + (c.type().array() ? "[]" : ""))) : c).toList();
        // an inheritance child follows its parent's new name (PostgreSQL keeps it by oid)
        List<QualifiedName> parents = t.options().inherits().stream().map(p -> p.equals(from) ? to : p).toList();
        Table out = t.withName(name).withForeignKeys(fks).withColumns(columns);
        return parents.equals(t.options().inherits()) ? out : out.withOptions(t.options().withInherits(parents));
    }

    private static boolean rowTypeOf(PgType type, QualifiedName table) {
        return type.schema() != null && type.modifiers().isEmpty() && type.schema().equals(table.schema())
                && type.name().equals(table.name());
    }

    static Schema renameColumn(Schema schema, QualifiedName tableName, String from, String to) {
        // PostgreSQL renames it in the inheritance children that have it from the table too
        java.util.Set<QualifiedName> renamedIn = new java.util.HashSet<>(java.util.List.of(tableName));
        Inheritance.below(tableName, from, schema.tables()).forEach(c -> renamedIn.add(c.name()));
        Schema renamed = schema.withTables(schema.tables().stream().map(t -> {
            Table out = renameColumnIn(t, tableName, from, to);
            for (QualifiedName child : renamedIn) {
                if (!child.equals(tableName)) {
                    out = renameColumnIn(out, child, from, to);
                }
            }
            return out;
        }).toList());
        return renamed.withRoutines(renamed.routines().stream().map(r -> columnRenamedIn(r, tableName, from, to)).toList());
    }

    /**
     * {@code t} after column {@code from} of {@code tableName} was renamed to {@code to}: its
     * columns, keys, indexes and expressions when it is that table, its foreign keys' referenced
     * columns when it points at it.
     */
    public static Table renameColumnIn(Table t, QualifiedName tableName, String from, String to) {
        {
            List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> {
                List<String> cols = t.name().equals(tableName) ? rename(fk.columns(), from, to) : fk.columns();
                List<String> refs = fk.referencedTable().equals(tableName) ? rename(fk.referencedColumns(), from, to)
                        : fk.referencedColumns();
                return fk.with(fk.name(), cols, fk.referencedTable(), refs);
            }).toList();
            if (!t.name().equals(tableName)) {
                return t.withForeignKeys(fks);
            }
            List<Column> columns = t.columns().stream().map(c -> c.withName(c.name().equals(from) ? to : c.name())
                    .withExpressions(ExpressionRenamer.rename(c.defaultExpression(), from, to),
                            ExpressionRenamer.rename(c.generatedExpression(), from, to))).toList();
            PrimaryKey pk = t.primaryKey() == null ? null
                    : t.primaryKey().with(t.primaryKey().name(), rename(t.primaryKey().columns(), from, to),
                            rename(t.primaryKey().include(), from, to));
            List<UniqueConstraint> uniques = t.uniques().stream()
                    .map(u -> u.with(u.name(), rename(u.columns(), from, to), rename(u.include(), from, to))).toList();
            List<Check> checks = t.checks().stream()
                    .map(k -> k.with(k.name(), ExpressionRenamer.rename(k.expression(), from, to))).toList();
            List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(),
                    i.keys().stream().map(k -> new IndexKey(from.equals(k.column()) ? to : k.column(),
                            ExpressionRenamer.rename(k.expression(), from, to), k.descending(), k.nullsFirst(), k.opclass(),
                            k.collation())).toList(),
                    i.unique(), ExpressionRenamer.rename(i.predicate(), from, to), i.method(), rename(i.include(), from, to),
                    i.nullsNotDistinct(), i.options(), i.comment())).toList();
            List<Exclusion> exclusions = t.exclusions().stream()
                    .map(x -> new Exclusion(x.name(), ExpressionRenamer.rename(x.definition(), from, to))).toList();
            // PostgreSQL keeps a partition key by column number: the table's and its partitions' keys follow the rename
            var o = t.options();
            var options = o.withPartitioning(ExpressionRenamer.rename(o.partitionBy(), from, to), o.partitions().stream()
                    .map(p -> p.withPartitionBy(ExpressionRenamer.rename(p.partitionBy(), from, to))).toList());
            return t.withColumns(columns).withPrimaryKey(pk).withUniques(uniques).withForeignKeys(fks).withChecks(checks)
                    .withIndexes(indexes).withExclusions(exclusions).withOptions(options);
        }
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }
}
