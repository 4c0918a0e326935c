package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.CHANGES_ROW_ACCESS;
import static dev.dibs.engine.plan.Hazard.DELETES_DATA;
import static dev.dibs.engine.plan.Hazard.REWRITES_TABLE;
import static dev.dibs.engine.plan.Hazard.VALIDATES_EXISTING_ROWS;
import static dev.dibs.engine.render.ChangeRenderer.commentText;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AddPartition;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.DropPartition;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.CreateSchema;
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
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.StatementTarget;
import dev.dibs.engine.plan.TransactionMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Statements for schemas, tables and columns. */
final class TableRenderer {

    private TableRenderer() {
    }

    static void createSchema(CreateSchema c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("CREATE SCHEMA " + Sql.name(c.name()), c));
    }

    static void dropSchema(DropSchema c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP SCHEMA " + Sql.name(c.name()), c, DELETES_DATA));
    }

    static void addTable(AddTable c, RenderContext ctx, List<Statement> out) {
        createTable(c, out);
    }

    static void dropTable(DropTable c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP TABLE " + Sql.name(c.table().name()), c, DELETES_DATA, ACQUIRES_ACCESS_EXCLUSIVE_LOCK)
                .withTarget(StatementTarget.table(c.table().name())));
    }

    static void renameTable(RenameTable c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("ALTER TABLE " + Sql.name(c.from()) + " RENAME TO " + Sql.name(c.to()), c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK)
                .withTarget(StatementTarget.table(c.from())));
    }

    /** {@code ALTER TABLE … INHERIT}: the table's rows join the parent's reads. */
    static void inherit(SchemaChange.Inherit c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("ALTER TABLE " + Sql.name(c.table()) + " INHERIT " + Sql.name(c.parent()), c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK,
                Hazard.CHANGES_BEHAVIOR).withTarget(StatementTarget.table(c.table())));
    }

    /** {@code ALTER TABLE … NO INHERIT}: the table's rows leave the parent's reads. */
    static void noInherit(SchemaChange.NoInherit c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("ALTER TABLE " + Sql.name(c.table()) + " NO INHERIT " + Sql.name(c.parent()), c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK,
                Hazard.CHANGES_BEHAVIOR).withTarget(StatementTarget.table(c.table())));
    }

    /**
     * {@code DROP COLUMN … ONLY} (but from a partitioned table, whose partitions are its own): the copies
     * of its inheritance children stay theirs, each dropped by a statement of its own where the plan
     * drops it (with its own hazard) — PostgreSQL would otherwise drop them along, unsaid, also those of
     * children dibs does not manage.
     */
    static void dropColumn(DropColumn c, RenderContext ctx, List<Statement> out) {
        EnumSet<Hazard> hazards = EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        if (!c.column().isGenerated() || ctx.virtualBecomingPlain().contains(c.table() + "." + c.column().name())) {
            hazards.add(DELETES_DATA); // a generated column's values are computed, not data, unless a plain one replaces it
        }
        String only = ctx.partitioned(c.table()) ? "" : "ONLY ";
        out.add(new Statement("ALTER TABLE " + only + Sql.name(c.table()) + " DROP COLUMN " + Sql.name(c.column().name()), c, hazards,
                TransactionMode.IN_TRANSACTION, StatementTarget.column(c.table(), c.column().name())));
    }

    static void renameColumn(RenameColumn c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("ALTER TABLE " + Sql.name(c.table()) + " RENAME COLUMN " + Sql.name(c.from()) + " TO " + Sql.name(c.to()),
                c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK).withTarget(StatementTarget.column(c.table(), c.from())));
    }

    static void alterColumn(AlterColumn c, RenderContext ctx, List<Statement> out) {
        AlterColumnRenderer.render(c, ctx, out);
    }

    /** Both directions copy the table: to WAL for LOGGED, out of it for UNLOGGED (then emptied by a crash). */
    static void setTableLogging(SetTableLogging c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("ALTER TABLE " + Sql.name(c.table()) + (c.unlogged() ? " SET UNLOGGED" : " SET LOGGED"), c,
                REWRITES_TABLE, ACQUIRES_ACCESS_EXCLUSIVE_LOCK).withTarget(StatementTarget.table(c.table())));
    }

    /**
     * New and changed parameters in one {@code SET}, removed ones in one {@code RESET}. Storage
     * parameters take a SHARE UPDATE EXCLUSIVE lock and rewrite nothing: they apply to rows written later.
     */
    static void setTableStorage(SetTableStorage c, RenderContext ctx, List<Statement> out) {
        List<String> set = c.to().stream().filter(o -> !c.from().contains(o)).toList();
        List<String> kept = Sql.optionNames(c.to());
        List<String> reset = Sql.optionNames(c.from()).stream().filter(k -> !kept.contains(k)).toList();
        if (!set.isEmpty()) {
            out.add(stmt("ALTER TABLE " + Sql.name(c.table()) + " SET (" + Sql.optionList(set) + ")", c)
                    .withTarget(StatementTarget.table(c.table())));
        }
        if (!reset.isEmpty()) {
            out.add(stmt("ALTER TABLE " + Sql.name(c.table()) + " RESET ("
                    + reset.stream().map(Sql::optionName).collect(Collectors.joining(", ")) + ")", c)
                    .withTarget(StatementTarget.table(c.table())));
        }
    }

    static void setTableComment(SetTableComment c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("COMMENT ON TABLE " + Sql.name(c.table()) + " IS " + commentText(c.comment()), c));
    }


    static void setRowSecurity(SetRowSecurity c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(rowSecurity(c.table(), c.wasEnabled(), c.wasForced(), c.enabled(), c.forced()), c,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS).withTarget(StatementTarget.table(c.table())));
    }

    /**
     * One {@code ALTER TABLE} switching row-level security from the first pair of settings to the
     * second, or null when they are the same.
     */
    static String rowSecurity(QualifiedName table, boolean wasEnabled, boolean wasForced, boolean enabled, boolean forced) {
        List<String> actions = new ArrayList<>();
        if (enabled != wasEnabled) {
            actions.add(enabled ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY");
        }
        if (forced != wasForced) {
            actions.add(forced ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY");
        }
        return actions.isEmpty() ? null : "ALTER TABLE " + Sql.name(table) + " " + String.join(", ", actions);
    }

    private static void createTable(AddTable c, List<Statement> out) {
        Table t = c.table();
        out.add(stmt(Sql.createTable(t, true, java.util.Set.copyOf(c.fromParents())), c)
                .withTarget(StatementTarget.table(t.name())));
        for (var k : t.checks()) { // NOT VALID as asked: CREATE TABLE would have validated it
            if (Sql.keptNotValid(k)) {
                out.add(stmt("ALTER TABLE " + Sql.name(t.name()) + " ADD CONSTRAINT " + Sql.name(k.name()) + " " + k.definition(), c)
                        .withTarget(StatementTarget.table(t.name())));
            }
        }
        // a new table holds no rows yet: switching row-level security on is no hazard
        String rowSecurity = rowSecurity(t.name(), false, false, t.options().rowSecurity(), t.options().forceRowSecurity());
        if (rowSecurity != null) {
            out.add(stmt(rowSecurity, c).withTarget(StatementTarget.table(t.name())));
        }
        if (t.comment() != null) {
            out.add(stmt("COMMENT ON TABLE " + Sql.name(t.name()) + " IS " + Sql.literal(t.comment()), c));
        }
        for (Column col : t.columns()) {
            if (setApart(col) && Sql.alterSequence(t.name(), col) != null) {
                out.add(stmt(Sql.alterSequence(t.name(), col), c));
            }
        }
        for (Column col : t.columns()) {
            if (col.statistics() != null) {
                out.add(stmt(Sql.setStatistics(t.name(), col.name(), col.statistics(), t.options().partitionBy() != null), c));
            }
        }
        for (Column col : t.columns()) {
            if (col.comment() != null) {
                out.add(stmt(Sql.commentOnColumn(t.name(), col.name(), col.comment()), c));
            }
        }
    }

    /**
     * Whether a new column's sequence options need an {@code ALTER SEQUENCE} after the column: a
     * serial one's ({@code serial} makes the sequence with the defaults: its type, cache or increment
     * are set after; one that starts elsewhere is created apart, see {@code ColumnSequences}), not an
     * identity's, which the column definition gives (but for a type of its own, which only
     * {@code ALTER SEQUENCE} can set).
     */
    private static boolean setApart(Column col) {
        return col.sequence() != null && (!col.isIdentity() || Sql.identityOfAnotherType(col));
    }

    static void addColumn(AddColumn c, RenderContext ctx, List<Statement> out) {
        Column col = c.column();
        EnumSet<Hazard> hazards = EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        if (ctx.existing(c.table())) {
            // the column's default, or else its domain's: a volatile one gives each row its own value
            String defaultExpression = col.defaultExpression() != null ? col.defaultExpression() : ctx.domains().defaultOf(col.type());
            if (col.isIdentity() || (col.isGenerated() && !col.virtual()) || ctx.volatility().isVolatile(defaultExpression)) {
                hazards.add(REWRITES_TABLE); // a virtual column is computed when read: nothing to write
            }
            if (ctx.domains().constrained(col.type())) {
                // a domain's checks or NOT NULL: PostgreSQL writes every row and checks its value
                hazards.add(REWRITES_TABLE);
                hazards.add(VALIDATES_EXISTING_ROWS);
            }
            // fails on a row where it is null: any row, or where the expression is (a default of its own or
            // its domain's fills every row: PostgreSQL then reads none)
            boolean filled = defaultExpression != null && !defaultExpression.strip().regionMatches(true, 0, "NULL", 0, 4);
            if (!col.nullable() && !filled && !col.isIdentity() && (!col.isGenerated() || col.virtual())) {
                hazards.add(VALIDATES_EXISTING_ROWS);
            }
        }
        out.add(new Statement("ALTER TABLE " + Sql.name(c.table()) + " ADD COLUMN " + Sql.columnDefinition(c.table(), col, true), c, hazards,
                TransactionMode.IN_TRANSACTION, StatementTarget.column(c.table(), col.name())));
        if (setApart(col) && Sql.alterSequence(c.table(), col) != null) {
            out.add(stmt(Sql.alterSequence(c.table(), col), c));
        }
        if (col.statistics() != null) {
            out.add(stmt(Sql.setStatistics(c.table(), col.name(), col.statistics(), ctx.partitioned(c.table())), c));
        }
        if (col.comment() != null) {
            out.add(stmt(Sql.commentOnColumn(c.table(), col.name(), col.comment()), c));
        }
    }

    /**
     * A partition of a new table takes no lock anyone waits for; of an existing one, it locks the
     * table, and beside a {@code DEFAULT} partition PostgreSQL reads that partition's rows to check
     * that none belongs in the new one (and fails if one does).
     */
    static void addPartition(AddPartition c, RenderContext ctx, List<Statement> out) {
        EnumSet<Hazard> hazards = EnumSet.noneOf(Hazard.class);
        if (ctx.existing(c.table())) {
            hazards.add(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
            if (c.besideDefault()) {
                hazards.add(VALIDATES_EXISTING_ROWS);
            }
        }
        QualifiedName partition = new QualifiedName(c.table().schema(), c.partition().name());
        out.add(new Statement(Sql.createPartition(c.table(), c.partition()), c, hazards, TransactionMode.IN_TRANSACTION,
                StatementTarget.table(partition)));
        // a new partition has the default statistics target, whatever its table's: given the table's
        // (a partitioned one has no partitions yet: it takes the statement without ONLY)
        c.statistics().forEach((column, target) -> out.add(stmt(Sql.setStatistics(partition, column, target,
                c.partition().partitioned()), c)));
    }

    /**
     * Only a declared partition whose bound, key or parent changed is dropped: its rows go with it, and
     * so do the partitions below a partitioned one. It is detached
     * first: PostgreSQL refuses to drop a partition while a foreign key referencing its table has a
     * copy depending on it (also one of a table dibs does not manage, which it cannot see); detaching
     * takes no lock the drop would not. Where a key the plan keeps references the table, detaching
     * checks the referencing rows, and fails, naming the referencing table's key (its copy for the
     * partition), when one points into the partition.
     */
    static void dropPartition(DropPartition c, RenderContext ctx, List<Statement> out) {
        QualifiedName partition = new QualifiedName(c.table().schema(), c.partition().name());
        Hazard[] detaching = c.referenced() ? new Hazard[] {ACQUIRES_ACCESS_EXCLUSIVE_LOCK, VALIDATES_EXISTING_ROWS}
                : new Hazard[] {ACQUIRES_ACCESS_EXCLUSIVE_LOCK};
        out.add(stmt("ALTER TABLE " + Sql.name(Sql.partitionParent(c.table(), c.partition())) + " DETACH PARTITION "
                + Sql.name(partition), c, detaching)
                .withTarget(StatementTarget.table(partition)));
        out.add(stmt("DROP TABLE " + Sql.name(partition), c, DELETES_DATA, ACQUIRES_ACCESS_EXCLUSIVE_LOCK)
                .withTarget(StatementTarget.table(partition)));
    }
}
