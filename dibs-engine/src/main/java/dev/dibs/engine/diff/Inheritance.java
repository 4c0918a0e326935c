package dev.dibs.engine.diff;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What table inheritance ({@code INHERITS}) means to a plan. A child has every column of its parents
 * (PostgreSQL adds, drops, renames and retypes them with the parent's); a parent's column is dropped
 * {@code ONLY} from the parent, which leaves the children's copy as their own, so that each child's
 * drop is a statement of its own with its own hazard. A child's checks in the model are its own:
 * those it has only from a parent are the parent's ({@code constraints.sql}); one it has both from a
 * parent and of its own (merged) is in both, and stays the child's when the parent's goes.
 */
public final class Inheritance {

    private Inheritance() {
    }

    /** The tables of {@code tables} that inherit from {@code parent} directly. */
    public static List<Table> childrenOf(QualifiedName parent, Collection<Table> tables) {
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            if (t.options().inherits().contains(parent)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether some table of {@code tables} inherits from {@code parent}. */
    public static boolean hasChildren(QualifiedName parent, Collection<Table> tables) {
        for (Table t : tables) {
            if (t.options().inherits().contains(parent)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a parent of {@code child} (as {@code tables} has it) has a column of that name: then it is the parent's to change. */
    public static boolean inherited(Table child, String column, Function<QualifiedName, Optional<Table>> tables) {
        for (QualifiedName p : child.options().inherits()) {
            Optional<Table> parent = tables.apply(p);
            if (parent.isPresent() && parent.get().column(column).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tables below {@code table} (its children, theirs, …) that have column {@code column} from
     * it, each once, nearest first: those PostgreSQL changes with it when the column is renamed,
     * retyped, given or cleared a default or NOT NULL.
     */
    public static List<Table> below(QualifiedName table, String column, Collection<Table> tables) {
        return below(table, tables, child -> child.column(column).isPresent());
    }

    /**
     * The tables below {@code table} that have column {@code column} from it and also from a parent
     * outside it and the tables below it: PostgreSQL neither renames nor retypes such a column through
     * {@code table} ("cannot alter inherited column"), nor through the other parent. {@code tables}
     * looks the parents up.
     */
    public static List<SharedCopy> sharedCopies(QualifiedName table, String column, Collection<Table> all,
                                                Function<QualifiedName, Optional<Table>> tables) {
        return sharedCopies(table, column, List.of(column), all, tables);
    }

    /**
     * {@link #sharedCopies(QualifiedName, String, Collection, Function)} where the other parent's column
     * may have any of {@code otherNames} (a schema in which the renamed table's column, and its
     * children's, already have the new name: the other parent's has the old one).
     */
    public static List<SharedCopy> sharedCopies(QualifiedName table, String column, Collection<String> otherNames,
                                                Collection<Table> all, Function<QualifiedName, Optional<Table>> tables) {
        List<Table> below = below(table, column, all);
        if (below.isEmpty()) {
            return List.of();
        }
        Set<QualifiedName> tree = new LinkedHashSet<>(List.of(table));
        below.forEach(t -> tree.add(t.name()));
        List<SharedCopy> out = new ArrayList<>();
        for (Table child : below) {
            for (QualifiedName p : child.options().inherits()) {
                if (!tree.contains(p) && tables.apply(p).filter(x -> otherNames.stream().anyMatch(n -> x.column(n).isPresent())).isPresent()) {
                    out.add(new SharedCopy(child.name(), p));
                }
            }
        }
        return out;
    }

    /** A table below the one whose column changes, that has the column from {@code otherParent} too. */
    public record SharedCopy(QualifiedName child, QualifiedName otherParent) {
        @Override
        public String toString() {
            return child + " (also from " + otherParent + ")";
        }
    }

    /** {@code start} and every table above them (their parents, theirs, …), each once, nearest first; {@code tables} looks them up. */
    public static List<QualifiedName> andAbove(Collection<QualifiedName> start, Function<QualifiedName, Optional<Table>> tables) {
        List<QualifiedName> out = new ArrayList<>(new LinkedHashSet<>(start));
        for (int i = 0; i < out.size(); i++) {
            tables.apply(out.get(i)).ifPresent(t -> t.options().inherits().stream().filter(p -> !out.contains(p)).forEach(out::add));
        }
        return out;
    }

    /** Every table below {@code table} (its children, theirs, …), each once, nearest first. */
    public static List<Table> descendants(QualifiedName table, Collection<Table> tables) {
        return below(table, tables, child -> true);
    }

    private static List<Table> below(QualifiedName table, Collection<Table> tables, java.util.function.Predicate<Table> having) {
        Set<QualifiedName> seen = new LinkedHashSet<>(List.of(table));
        List<Table> out = new ArrayList<>();
        List<QualifiedName> level = List.of(table);
        while (!level.isEmpty()) {
            List<QualifiedName> next = new ArrayList<>();
            for (QualifiedName parent : level) {
                for (Table child : childrenOf(parent, tables)) {
                    if (having.test(child) && seen.add(child.name())) {
                        out.add(child);
                        next.add(child.name());
                    }
                }
            }
            level = next;
        }
        return out;
    }

    /**
     * The columns of {@code child} that {@code CREATE TABLE … INHERITS} gives it as they are, so that
     * the statement leaves them out: a parent has one of the same name, type and collation, and the
     * child's has the parent's default, NOT NULL and generation expression, no identity, comment,
     * statistics target or sequence options of its own. Any other column of a parent's name is written
     * out, and PostgreSQL merges it with the parent's.
     */
    public static Set<String> givenByParents(Table child, Map<QualifiedName, Table> tables) {
        Set<String> out = new LinkedHashSet<>();
        for (Column c : child.columns()) {
            for (QualifiedName p : child.options().inherits()) {
                Table parent = tables.get(p);
                Column from = parent == null ? null : parent.column(c.name()).orElse(null);
                if (from != null && asInherited(from).equals(c)) {
                    out.add(c.name());
                    break;
                }
            }
        }
        return out;
    }

    /** The column a child has from a parent's {@code column}: PostgreSQL copies neither identity, comment, statistics target nor sequence. */
    public static Column asInherited(Column column) {
        return new Column(column.name(), column.type(), column.nullable(), column.isIdentity() ? null : column.defaultExpression(),
                Identity.NONE, column.generatedExpression(), null, column.virtual(), null, null, column.collation());
    }

    /**
     * The child's column {@code child} after PostgreSQL carried its parent's change from {@code from}
     * to {@code to} down to it, as the parent's {@code ALTER COLUMN} writes it: a new type and
     * collation; the parent's new default (its {@code DROP DEFAULT} and {@code SET DEFAULT}, also
     * around a new type when it had one); NOT NULL; a generation expression dropped.
     */
    public static Column carried(Column child, Column from, Column to) {
        Column out = child;
        boolean retyped = from.typeDiffers(to);
        if (retyped) {
            out = out.withType(to.type()).withCollation(to.collation());
        }
        boolean defaultWritten = !Objects.equals(from.defaultExpression(), to.defaultExpression())
                || retyped && from.defaultExpression() != null;
        if (defaultWritten && !to.isIdentity() && !from.isIdentity()) {
            out = out.withDefault(to.defaultExpression());
        }
        if (from.isGenerated() && !to.isGenerated() && out.isGenerated()) { // DROP EXPRESSION
            out = out.withExpressions(out.defaultExpression(), null);
        }
        if (from.nullable() != to.nullable()) {
            out = new Column(out.name(), out.type(), to.nullable(), out.defaultExpression(), out.identity(), out.generatedExpression(),
                    out.comment(), out.virtual(), out.sequence(), out.statistics(), out.collation());
        }
        return out;
    }

    /**
     * The checks {@code parent} gives its children: its own but {@code NO INHERIT} ones, and those its
     * own parents give it, at every level ({@code tables} looks them up: a table's checks in the model
     * are only its own), each name once, the nearest first.
     */
    public static List<Check> checksGiven(Table parent, Function<QualifiedName, Optional<Table>> tables) {
        Map<String, Check> out = new java.util.LinkedHashMap<>();
        collectGiven(parent, tables, out, new java.util.HashSet<>());
        return List.copyOf(out.values());
    }

    private static void collectGiven(Table t, Function<QualifiedName, Optional<Table>> tables, Map<String, Check> out,
                                     Set<QualifiedName> seen) {
        if (!seen.add(t.name())) {
            return;
        }
        t.checks().stream().filter(k -> !k.noInherit()).forEach(k -> out.putIfAbsent(k.name(), k));
        for (QualifiedName p : t.options().inherits()) {
            tables.apply(p).ifPresent(x -> collectGiven(x, tables, out, seen));
        }
    }

    /**
     * Whether a child's check {@code own} merges with {@code given}, a parent's of the same name, as
     * PostgreSQL merges them: the same expression, neither {@code NO INHERIT}, and not {@code NOT VALID}
     * under a validated one nor {@code NOT ENFORCED} under an enforced one (PostgreSQL refuses those).
     * A child that has a check of its own merged with a parent's keeps it when the parent's goes, and
     * no statement tells the two apart while the parent has it.
     */
    public static boolean merges(Check given, Check own) {
        return given.name().equals(own.name()) && !given.noInherit() && !own.noInherit() && given.expression().equals(own.expression())
                && (!given.validated() || own.validated()) && (!given.enforced() || own.enforced());
    }

    /** Whether {@code parent} gives its children a check {@code own} merges with (see {@link #merges}). */
    public static boolean gives(Table parent, Check own, Function<QualifiedName, Optional<Table>> tables) {
        for (Check given : checksGiven(parent, tables)) {
            if (merges(given, own)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a parent of {@code child} gives it a check of that name, whatever its definition: then the child's is inherited. */
    public static boolean givenName(Table child, String name, Function<QualifiedName, Optional<Table>> tables) {
        return givenNameBy(child.options().inherits(), name, tables);
    }

    /**
     * Whether one of {@code parents} gives its children a check of that name, whatever its definition.
     * A table that leaves one parent keeps such a check inherited from the others (PostgreSQL counts
     * its parents down), where one only the left parent gave becomes its own.
     */
    public static boolean givenNameBy(Collection<QualifiedName> parents, String name, Function<QualifiedName, Optional<Table>> tables) {
        for (QualifiedName p : parents) {
            Optional<Table> parent = tables.apply(p);
            if (parent.isPresent() && checksGiven(parent.get(), tables).stream().anyMatch(k -> k.name().equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a parent of {@code child} ({@code tables} looks them up) gives it a check {@code own} merges with. */
    public static boolean givenByAParent(Table child, Check own, Function<QualifiedName, Optional<Table>> tables) {
        for (QualifiedName p : child.options().inherits()) {
            Optional<Table> parent = tables.apply(p);
            if (parent.isPresent() && gives(parent.get(), own, tables)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code child} without the merged checks {@code wanted} does not declare and a parent still gives
     * it ({@code tables} looks them up): having one of its own besides is all that differs, which no
     * statement can undo while the parent has it, and which only matters once the parent's goes.
     */
    public static Table withoutMerged(Table child, Table wanted, Function<QualifiedName, Optional<Table>> tables) {
        if (!child.options().child() || child.checks().isEmpty()) {
            return child;
        }
        List<Check> checks = new ArrayList<>();
        for (Check k : child.checks()) {
            if (wanted.check(k.name()).isPresent() || !givenByAParent(child, k, tables)) {
                checks.add(k);
            }
        }
        return checks.size() == child.checks().size() ? child : child.withChecks(checks);
    }
}
