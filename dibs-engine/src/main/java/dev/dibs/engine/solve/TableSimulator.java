package dev.dibs.engine.solve;

import dev.dibs.engine.diff.Inheritance;
import dev.dibs.engine.diff.RenameStage;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.CreateSchema;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AddPartition;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.DropPartition;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropSchema;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.SetRowSecurity;
import dev.dibs.engine.diff.SchemaChange.SetTableComment;
import dev.dibs.engine.diff.SchemaChange.SetTableLogging;
import dev.dibs.engine.diff.SchemaChange.SetTableStorage;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.ExpressionNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Simulation of schema, table and column changes. */
final class TableSimulator {

    private TableSimulator() {
    }

    static void createSchema(VirtualSchema vs, CreateSchema c) {
        if (!vs.namespaces.add(c.name())) {
            throw new SimulationException.AlreadyExists("schema " + c.name());
        }
    }

    static void dropSchema(VirtualSchema vs, DropSchema c) {
        vs.requireNamespace(c.name());
        boolean used = vs.hasTablesIn(c.name()) || vs.enums.keySet().stream().anyMatch(e -> e.schema().equals(c.name()));
        if (used) {
            throw new SimulationException.DependencyViolation("schema " + c.name() + " still holds tables or types");
        }
        vs.namespaces.remove(c.name());
    }

    static void addTable(VirtualSchema vs, AddTable c) {
        // CREATE TABLE … INHERITS leaves out the columns the parents give: they must have them by then
        for (String column : c.fromParents()) {
            boolean given = c.table().options().inherits().stream().anyMatch(p -> vs.hasTable(p)
                    && vs.table(p).column(column).filter(pc -> !pc.typeDiffers(c.table().column(column).orElseThrow())).isPresent());
            if (!given) {
                throw new SimulationException.NotExists("column " + column + " of a parent of " + c.table().name() + " "
                        + c.table().options().inherits() + ", which its CREATE TABLE leaves to them");
            }
        }
        addTable(vs, c.table());
    }

    static void dropTable(VirtualSchema vs, DropTable c) {
        Table t = vs.table(c.table().name());
        List<QualifiedName> children = Inheritance.childrenOf(t.name(), vs.tables()).stream().map(Table::name).toList();
        if (!children.isEmpty()) { // PostgreSQL drops a parent only with CASCADE, which dibs never writes
            throw new SimulationException.DependencyViolation("tables " + children + " still inherit from " + t.name());
        }
        List<String> into = vs.keysInto(t.name()).keySet().stream()
                .filter(k -> !k.startsWith(t.name() + ".")).toList();
        if (!into.isEmpty()) {
            throw new SimulationException.DependencyViolation("foreign keys " + into + " still reference " + t.name());
        }
        RoutineSimulator.requireUnused(vs, "table " + t.name());
        List<String> typed = vs.rowTypeUsers(t.name());
        if (!typed.isEmpty()) {
            throw new SimulationException.DependencyViolation("columns " + typed + " still take the row type of " + t.name());
        }
        SequenceSimulator.requireOwnedUncalled(vs, t.name(), null);
        vs.remove(t.name());
        SequenceSimulator.dropped(vs, t.name(), null);
    }

    static void renameTable(VirtualSchema vs, RenameTable c) {
        vs.table(c.from());
        vs.requireFreeRelation(c.from().schema(), c.to());
        vs.requireFreeTypeName(c.target()); // its row type is renamed with it
        vs.replaceAll(t -> RenameStage.renameTableIn(t, c.from(), c.target()));
        SequenceSimulator.renamed(vs, c.from(), c.to(), null, null);
    }

    static void addColumn(VirtualSchema vs, AddColumn c) {
        Table t = vs.table(c.table());
        if (t.column(c.column().name()).isPresent()) {
            throw new SimulationException.AlreadyExists("column " + t.name() + "." + c.column().name());
        }
        vs.requireType(c.column().type());
        vs.requireCollation(c.column().collation());
        vs.requireDomainDefault(c.column().type());
        vs.requireEnumLabels(c.column().defaultExpression());
        vs.requireEnumLabels(c.column().generatedExpression());
        if (c.column().isGenerated()) { // computed from columns the plan may still retype: it waits for their types
            List<String> names = t.columns().stream().map(Column::name).toList();
            ExpressionNames.referencedColumns(c.column().generatedExpression(), names).forEach(n -> vs.requireDesiredType(t.name(), n));
        }
        // PostgreSQL adds it to every child too (merged into a child's own column of the name, which must be of its type)
        List<Table> children = Inheritance.childrenOf(t.name(), vs.tables());
        for (Table child : children) {
            Column own = child.column(c.column().name()).orElse(null);
            if (own != null && own.typeDiffers(c.column())) {
                throw new SimulationException.DependencyViolation("column " + child.name() + "." + own.name() + " of its child is of type "
                        + own.typeSql() + ", not " + c.column().typeSql());
            }
        }
        SequenceSimulator.columnsAdded(vs, c.table(), List.of(c.column()), false);
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(c.column());
        vs.put(copy(t, columns));
        for (Table child : children) {
            if (child.column(c.column().name()).isEmpty()) {
                addColumn(vs, new AddColumn(child.name(), Inheritance.asInherited(c.column())));
            }
        }
    }

    static void renameColumn(VirtualSchema vs, RenameColumn c) {
        Table t = vs.table(c.table());
        vs.column(t, c.from());
        requireOwn(vs, t, c.from(), "renamed");
        if (t.column(c.to()).isPresent()) {
            throw new SimulationException.AlreadyExists("column " + t.name() + "." + c.to());
        }
        requireUnshared(vs, t.name(), c.from());
        // PostgreSQL renames it in every child that has it from this table (keys into the child follow, as its sequences)
        List<Table> children = Inheritance.below(t.name(), c.from(), vs.tables());
        for (Table child : children) {
            if (child.column(c.to()).isPresent()) {
                throw new SimulationException.AlreadyExists("column " + child.name() + "." + c.to());
            }
        }
        for (Table child : children) {
            vs.replaceAll(x -> RenameStage.renameColumnIn(x, child.name(), c.from(), c.to()));
            SequenceSimulator.renamed(vs, child.name(), child.name().name(), c.from(), c.to());
        }
        if (vs.keysInto(c.table()).isEmpty()) {
            vs.put(RenameStage.renameColumnIn(t, c.table(), c.from(), c.to()));
        } else {
            vs.replaceAll(x -> RenameStage.renameColumnIn(x, c.table(), c.from(), c.to()));
        }
        SequenceSimulator.renamed(vs, c.table(), c.table().name(), c.from(), c.to());
    }

    static void alterColumn(VirtualSchema vs, AlterColumn c) {
        Table t = vs.table(c.table());
        vs.column(t, c.from().name());
        if (c.aspects().contains(ColumnAspect.TYPE)) {
            requireOwn(vs, t, c.from().name(), "retyped");
            requireUnshared(vs, t.name(), c.from().name());
        }
        parentsSettled(vs, t, c.from().name());
        if (c.aspects().contains(ColumnAspect.TYPE)) { // PostgreSQL refuses while a generated column or SQL-standard body reads it
            List<Table> retyped = new ArrayList<>(List.of(t)); // the inheritance children's copies too
            retyped.addAll(Inheritance.below(t.name(), c.from().name(), vs.tables()));
            for (Table x : retyped) {
                RoutineSimulator.requireUnused(vs, "column " + x.name() + "." + c.from().name());
                List<String> users = generatedReaders(x, c.from().name());
                if (!users.isEmpty()) {
                    throw new SimulationException.DependencyViolation("column " + x.name() + "." + c.from().name()
                            + " is still read by " + users);
                }
            }
        }
        vs.requireType(c.to().type(), c.aspects().contains(ColumnAspect.TYPE));
        vs.requireCollation(c.to().collation());
        if (c.aspects().contains(ColumnAspect.DEFAULT)) {
            PgType held = t.column(c.from().name()).map(Column::type).orElse(null);
            boolean converted = held != null && !held.isBuiltin() && held.equals(c.to().type());
            vs.requireEnumLabels(c.to().defaultExpression(), converted ? new QualifiedName(held.schema(), held.name()) : null);
        }
        if (c.aspects().contains(ColumnAspect.GENERATED)) {
            vs.requireEnumLabels(c.to().generatedExpression());
        }
        Column before = vs.column(t, c.from().name());
        SequenceSimulator.columnChanged(vs, c.table(), c.to());
        vs.put(copy(t, t.columns().stream().map(col -> col.name().equals(c.from().name()) ? c.to() : col).toList()));
        // PostgreSQL carries a new type, default or NOT NULL down to every child that has it from this table
        for (Table child : Inheritance.below(t.name(), c.to().name(), vs.tables())) {
            Table now = vs.table(child.name());
            vs.put(copy(now, now.columns().stream().map(col -> col.name().equals(c.to().name())
                    ? Inheritance.carried(col, before, c.to()) : col).toList()));
        }
    }

    /**
     * PostgreSQL renames or retypes a column through a table only where no table below has it from a
     * parent outside that table's tree too ("cannot alter inherited column"): such a child leaves the
     * other parent first.
     */
    static void requireUnshared(VirtualSchema vs, QualifiedName table, String column) {
        List<Inheritance.SharedCopy> shared = Inheritance.sharedCopies(table, column, vs.tables(), vs::findTable);
        if (!shared.isEmpty()) {
            Inheritance.SharedCopy s = shared.get(0);
            throw new SimulationException.DependencyViolation(s.child() + " has column " + dev.dibs.engine.naming.Identifiers.quote(column)
                    + " from " + s.otherParent() + " too, and PostgreSQL changes a column a table has from two parents through neither");
        }
    }

    /** PostgreSQL drops, renames and retypes a child's column it has from a parent only with the parent's. */
    private static void requireOwn(VirtualSchema vs, Table t, String column, String what) {
        if (Inheritance.inherited(t, column, n -> vs.hasTable(n) ? java.util.Optional.of(vs.table(n)) : java.util.Optional.empty())) {
            throw new SimulationException.DependencyViolation("column " + t.name() + "." + column + " is inherited from "
                    + t.options().inherits() + ": it is " + what + " with the parent's");
        }
    }

    /**
     * A child's own change to a column it has from a parent (its default, NOT NULL, comment) comes after
     * the parent's column is as desired: the parent's change, carried down, would undo it.
     */
    private static void parentsSettled(VirtualSchema vs, Table t, String column) {
        for (QualifiedName p : t.options().inherits()) {
            if (!vs.hasTable(p)) {
                continue;
            }
            Column held = vs.table(p).column(column).orElse(null);
            Column wanted = vs.desiredColumn(p, column).orElse(null);
            if (held != null && wanted != null && !held.equals(wanted)) {
                throw new SimulationException.NotExists("column " + p + "." + column + " as desired (its child " + t.name()
                        + " changes the column after it)");
            }
        }
    }

    /**
     * {@code INHERIT}: the table must have every column of the parent, of its type and collation (NOT
     * NULL where the parent's is), and every check the parent gives its children, as the parent has it;
     * those are merged with the parent's.
     */
    static void inherit(VirtualSchema vs, SchemaChange.Inherit c) {
        Table t = vs.table(c.table());
        Table parent = vs.table(c.parent());
        if (parent.options().partitioned() || t.options().partitioned()) {
            throw new SimulationException.DependencyViolation("a partitioned table takes no part in inheritance (" + c.parent() + ")");
        }
        if (t.options().inherits().contains(c.parent())) {
            throw new SimulationException.AlreadyExists("table " + c.table() + " as a child of " + c.parent());
        }
        if (c.parent().equals(c.table()) || Inheritance.descendants(c.table(), vs.tables()).stream().anyMatch(x -> x.name().equals(c.parent()))) {
            throw new SimulationException.DependencyViolation(c.parent() + " is below " + c.table());
        }
        for (Column pc : parent.columns()) {
            Column own = t.column(pc.name()).orElse(null);
            if (own == null || own.typeDiffers(pc) || !pc.nullable() && own.nullable()) {
                throw new SimulationException.NotExists("column " + c.table() + "." + pc.name() + " as its parent " + c.parent() + " has it");
            }
        }
        for (var k : Inheritance.checksGiven(parent, vs::findTable)) {
            if (t.check(k.name()).filter(own -> Inheritance.merges(k, own)).isEmpty()) {
                throw new SimulationException.NotExists("check " + k.name() + " of " + c.table() + ", as its parent " + c.parent() + " has it");
            }
        }
        List<QualifiedName> parents = new ArrayList<>(t.options().inherits());
        parents.add(c.parent());
        // its checks of the parent's stay its own too, merged with the parent's
        vs.put(t.withOptions(t.options().withInherits(parents)));
    }

    /**
     * {@code NO INHERIT}: the columns and checks the table had from the parent become its own, but the
     * checks another of its parents gives it too, which stay inherited from that one.
     */
    static void noInherit(VirtualSchema vs, SchemaChange.NoInherit c) {
        Table t = vs.table(c.table());
        if (!t.options().inherits().contains(c.parent())) {
            throw new SimulationException.NotExists("table " + c.table() + " as a child of " + c.parent());
        }
        List<QualifiedName> others = t.options().inherits().stream().filter(p -> !p.equals(c.parent())).toList();
        List<dev.dibs.engine.model.Check> checks = new ArrayList<>(t.checks());
        if (vs.hasTable(c.parent())) {
            Inheritance.checksGiven(vs.table(c.parent()), vs::findTable).stream().filter(k -> t.check(k.name()).isEmpty())
                    .filter(k -> !Inheritance.givenNameBy(others, k.name(), vs::findTable)).forEach(checks::add);
        }
        vs.put(t.withChecks(checks).withOptions(t.options().withInherits(others)));
    }

    /**
     * PostgreSQL allows no foreign key from a permanent table to an unlogged one: a table becomes
     * unlogged once no permanent table references it, and permanent once it references no unlogged
     * table (a key onto itself switches with it). Until then the change waits.
     */
    static void setTableLogging(VirtualSchema vs, SetTableLogging c) {
        Table t = vs.table(c.table());
        if (c.unlogged()) {
            for (Table referencing : vs.tablesReferencing(t.name())) {
                if (!referencing.options().unlogged()) {
                    throw new SimulationException.DependencyViolation("the permanent table " + referencing.name()
                            + " references it by a foreign key");
                }
            }
        } else {
            for (ForeignKey key : t.foreignKeys()) {
                if (!key.referencedTable().equals(t.name()) && vs.table(key.referencedTable()).options().unlogged()) {
                    throw new SimulationException.DependencyViolation("it references the unlogged table " + key.referencedTable()
                            + " (foreign key " + key.name() + ")");
                }
            }
        }
        vs.put(t.withOptions(t.options().withUnlogged(c.unlogged())));
    }

    /** The change says what it replaces: a plan made for other parameters than the table has is refused. */
    static void setTableStorage(VirtualSchema vs, SetTableStorage c) {
        Table t = vs.table(c.table());
        if (!t.options().storage().equals(c.from())) {
            throw new SimulationException.NotExists("storage parameters " + c.from() + " of " + t.name() + " (it has "
                    + t.options().storage() + ")");
        }
        vs.put(t.withOptions(t.options().withStorage(c.to())));
    }

    static void setTableComment(VirtualSchema vs, SetTableComment c) {
        Table t = vs.table(c.table());
        vs.put(t.withComment(c.comment()));
    }

    static void setRowSecurity(VirtualSchema vs, SetRowSecurity c) {
        Table t = vs.table(c.table());
        vs.put(t.withOptions(t.options().withRowSecurity(c.enabled(), c.forced())));
    }

    private static void addTable(VirtualSchema vs, Table t) {
        vs.requireNamespace(t.name().schema());
        // an inheritance child is created with every column its parents have then: it waits for those
        // the parents add, retype or drop on the way to it
        for (QualifiedName p : t.options().inherits()) {
            Table parent = vs.table(p);
            if (parent.options().partitioned()) {
                throw new SimulationException.DependencyViolation("partitioned table " + p + " cannot be inherited from");
            }
            for (Column pc : parent.columns()) {
                Column own = t.column(pc.name()).orElse(null);
                if (own == null || own.typeDiffers(pc)) {
                    throw new SimulationException.NotExists("column " + p + "." + pc.name() + " as its child " + t.name() + " has it");
                }
            }
        }
        vs.requireFreeRelation(t.name().schema(), t.name().name());
        vs.requireFreeTypeName(t.name()); // a table has a row type of its name
        t.columns().forEach(c -> {
            vs.requireType(c.type());
            vs.requireCollation(c.collation());
            vs.requireEnumLabels(c.defaultExpression());
            vs.requireEnumLabels(c.generatedExpression());
        });
        t.checks().forEach(k -> vs.requireEnumLabels(k.expression()));
        t.exclusions().forEach(x -> vs.requireEnumLabels(x.definition()));
        // Indexes, foreign keys and partitions are changes of their own.
        Table created = t.withForeignKeys(List.of()).withIndexes(List.of())
                .withOptions(t.options().withPartitioning(t.options().partitionBy(), List.of()));
        if (created.primaryKey() != null) {
            vs.requireFreeRelation(t.name().schema(), created.primaryKey().name());
        }
        for (var u : created.uniques()) {
            vs.requireFreeRelation(t.name().schema(), u.name());
        }
        SequenceSimulator.columnsAdded(vs, t.name(), t.columns(), t.options().unlogged());
        vs.put(created);
    }

    static void dropColumn(VirtualSchema vs, DropColumn c) {
        Table t = vs.table(c.table());
        String name = c.column().name();
        vs.column(t, name);
        requireOwn(vs, t, name, "dropped"); // dropped ONLY from a parent: a child's copy stays its own
        RoutineSimulator.requireUnused(vs, "column " + t.name() + "." + name);
        List<String> users = new ArrayList<>();
        if (t.primaryKey() != null && (t.primaryKey().columns().contains(name) || t.primaryKey().include().contains(name))) {
            users.add(t.primaryKey().name());
        }
        t.uniques().stream().filter(u -> u.columns().contains(name) || u.include().contains(name)).forEach(u -> users.add(u.name()));
        t.exclusions().stream().filter(x -> ExpressionNames.reads(x.definition(), List.of(name)))
                .forEach(x -> users.add(x.name()));
        t.foreignKeys().stream().filter(f -> f.columns().contains(name)).forEach(f -> users.add(f.name()));
        // PostgreSQL drops a check on the column with it: one the plan keeps must be dropped and added back around it
        t.checks().stream().filter(k -> ExpressionNames.reads(k.expression(), List.of(name)))
                .forEach(k -> users.add(k.name()));
        for (Index i : t.indexes()) {
            boolean uses = i.include().contains(name) || i.keys().stream().map(IndexKey::column).anyMatch(name::equals)
                    || i.keys().stream().anyMatch(k -> k.isExpression() && ExpressionNames.reads(k.expression(), List.of(name))) || ExpressionNames.reads(i.predicate(), List.of(name));
            if (uses) {
                users.add(i.name());
            }
        }
        vs.keysInto(t.name()).forEach((key, fk) -> {
            if (fk.referencedColumns().contains(name)) {
                users.add(key);
            }
        });
        // PostgreSQL drops indexes and constraints on the column with it, but refuses while a
        // generated column is computed from it.
        users.addAll(generatedReaders(t, name));
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation("column " + t.name() + "." + name + " is still used by " + users);
        }
        SequenceSimulator.requireOwnedUncalled(vs, t.name(), name);
        vs.put(copy(t, t.columns().stream().filter(col -> !Objects.equals(col.name(), name)).toList()));
        SequenceSimulator.dropped(vs, t.name(), name);
        vs.columnDropped(t.name(), name);
    }

    static void addPartition(VirtualSchema vs, AddPartition c) {
        Table t = vs.table(c.table());
        if (!t.options().partitioned()) {
            throw new SimulationException.NotExists("partition key of " + t.name());
        }
        String parent = c.partition().of();
        if (parent != null && !t.options().partition(parent).map(Partition::partitioned).orElse(false)) {
            throw new SimulationException.NotExists("partitioned partition " + t.name().schema() + "." + parent + " of " + t.name());
        }
        // a partition's own key reads columns the plan may add or retype, and may call its functions: they come first
        vs.requireReadColumns(t, c.partition().partitionBy());
        if (c.partition().partitioned() && !vs.managedRoutineNames.isEmpty()) {
            RoutineSimulator.requireCalled(vs, n -> dev.dibs.engine.diff.RoutineUses.calls(c.partition().partitionBy(), n));
        }
        vs.requireFreeRelation(t.name().schema(), c.partition().name());
        List<Partition> partitions = new ArrayList<>(t.options().partitions());
        partitions.add(c.partition());
        vs.put(t.withOptions(t.options().withPartitioning(t.options().partitionBy(), partitions)));
    }

    static void dropPartition(VirtualSchema vs, DropPartition c) {
        Table t = vs.table(c.table());
        if (!t.options().partitions().contains(c.partition())) {
            throw new SimulationException.NotExists("partition " + t.name().schema() + "." + c.partition().name() + " of " + t.name());
        }
        // PostgreSQL refuses to drop a partition a foreign key's copy depends on: one the plan keeps
        // has it detached first (referenced); any other goes before it, or comes after
        if (!c.referenced() && !vs.keysInto(t.name()).isEmpty()) {
            throw new SimulationException.DependencyViolation("partition " + t.name().schema() + "." + c.partition().name()
                    + " of " + t.name() + ", referenced by " + vs.keysInto(t.name()).keySet());
        }
        // a partitioned partition takes its own partitions with it
        java.util.Set<Partition> going = new java.util.HashSet<>(t.options().below(c.partition().name()));
        going.add(c.partition());
        vs.put(t.withOptions(t.options().withPartitioning(t.options().partitionBy(),
                t.options().partitions().stream().filter(p -> !going.contains(p)).toList())));
    }

    /** The generated columns of {@code t} computed from its column {@code name}, as reasons name them. */
    private static List<String> generatedReaders(Table t, String name) {
        return t.columns().stream().filter(col -> col.isGenerated() && !col.name().equals(name) && ExpressionNames.reads(col.generatedExpression(), List.of(name)))
                .map(col -> "generated column " + col.name()).toList();
    }

    static Table copy(Table t, List<Column> columns) {
        return t.withColumns(columns);
    }

    static QualifiedName qualified(QualifiedName table, String name) {
        return new QualifiedName(table.schema(), name);
    }
}
