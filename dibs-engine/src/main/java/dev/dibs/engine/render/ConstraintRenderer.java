package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.INDEX_BUILD;
import static dev.dibs.engine.plan.Hazard.VALIDATES_EXISTING_ROWS;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddExclusion;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropExclusion;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RenameConstraint;
import dev.dibs.engine.diff.SchemaChange.RenameIndex;
import dev.dibs.engine.diff.SchemaChange.SetIndexComment;
import dev.dibs.engine.diff.SchemaChange.ValidateConstraint;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.TransactionMode;
import java.util.EnumSet;
import java.util.List;

/** Statements for keys, constraints (exclusion constraints included) and indexes. */
final class ConstraintRenderer {

    private ConstraintRenderer() {
    }

    static void addPrimaryKey(AddPrimaryKey c, RenderContext ctx, List<Statement> out) {
        String built = ctx.builtBefore(c.table(), c.key().name());
        if (built != null) {
            addKeyUsingIndex(c.table(), c.key().name(), "PRIMARY KEY", new Index(built, keys(c.key().columns()), true, null, "btree",
                    c.key().include(), false, c.key().options(), null), c.key().deferrability(), c, out);
            return;
        }
        addKey(c.table(), "CONSTRAINT " + Sql.name(c.key().name()) + " " + Sql.primaryKeyDefinition(c.key()), c, ctx, out);
    }

    static void addUnique(AddUnique c, RenderContext ctx, List<Statement> out) {
        String built = ctx.builtBefore(c.table(), c.unique().name());
        if (built != null) {
            UniqueConstraint u = c.unique();
            addKeyUsingIndex(c.table(), u.name(), "UNIQUE", new Index(built, keys(u.columns()), true, null, "btree", u.include(),
                    u.nullsNotDistinct(), u.options(), null), u.deferrability(), c, out);
            return;
        }
        addKey(c.table(), "CONSTRAINT " + Sql.name(c.unique().name()) + " " + Sql.uniqueDefinition(c.unique()), c, ctx, out);
    }

    /**
     * A key's index built {@code CONCURRENTLY} before the transaction under a temporary name, then made the
     * key in it ({@code USING INDEX}, which renames the index to the constraint's name): the rows are read
     * while reads and writes go on, the ACCESS EXCLUSIVE lock is held for a moment.
     */
    private static void addKeyUsingIndex(QualifiedName table, String name, String kind, Index index, Deferrability deferrability,
                                         SchemaChange c, List<Statement> out) {
        out.add(new Statement(Sql.createIndex(table, index, true), c, EnumSet.of(INDEX_BUILD, VALIDATES_EXISTING_ROWS),
                TransactionMode.BUILT_BEFORE_TRANSACTION));
        out.add(stmt("ALTER TABLE " + Sql.name(table) + " ADD CONSTRAINT " + Sql.name(name) + " " + kind + " USING INDEX "
                + Sql.name(index.name()) + Sql.deferrability(deferrability), c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    /** Plain ascending keys on {@code columns}, as a key's own index has them. */
    private static List<IndexKey> keys(List<String> columns) {
        return columns.stream().map(IndexKey::column).toList();
    }

    static void dropPrimaryKey(DropPrimaryKey c, RenderContext ctx, List<Statement> out) {
        out.add(dropConstraint(c.table(), c.key().name(), c));
    }

    static void dropUnique(DropUnique c, RenderContext ctx, List<Statement> out) {
        out.add(dropConstraint(c.table(), c.unique().name(), c));
    }

    /** Like a unique: it builds an index and fails on existing rows that conflict. */
    static void addExclusion(AddExclusion c, RenderContext ctx, List<Statement> out) {
        addKey(c.table(), "CONSTRAINT " + Sql.name(c.exclusion().name()) + " " + c.exclusion().definition(), c, ctx, out);
    }

    static void dropExclusion(DropExclusion c, RenderContext ctx, List<Statement> out) {
        out.add(dropConstraint(c.table(), c.exclusion().name(), c));
    }

    static void dropCheck(DropCheck c, RenderContext ctx, List<Statement> out) {
        out.add(dropConstraint(c.table(), c.check().name(), c));
    }

    static void dropForeignKey(DropForeignKey c, RenderContext ctx, List<Statement> out) {
        out.add(dropConstraint(c.table(), c.key().name(), c));
    }

    static void addCheck(AddCheck c, RenderContext ctx, List<Statement> out) {
        addValidated(c.table(), c.check().name(), "CHECK (" + c.check().expression() + ")"
                + (c.check().noInherit() ? " NO INHERIT" : ""), c.check().validated(),
                c.check().enforced(), true, !ctx.joiningParents().contains(c.table()), c, ctx, out);
    }

    static void addForeignKey(AddForeignKey c, RenderContext ctx, List<Statement> out) {
        // the definition without NOT VALID or NOT ENFORCED: addValidated appends what applies
        String definition = Sql.foreignKeyDefinition(new dev.dibs.engine.model.ForeignKey(c.key().name(), c.key().columns(),
                c.key().referencedTable(), c.key().referencedColumns(), c.key().onDelete(), c.key().onUpdate(),
                c.key().deferrability(), true, true, null, c.key().onDeleteSet()));
        // ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE, not ACCESS EXCLUSIVE. Before 18, PostgreSQL refuses
        // a NOT VALID foreign key on a partitioned table ("not yet supported"): there it is validated as
        // added (a target of unknown version is taken as such)
        addValidated(c.table(), c.key().name(), definition, c.key().validated(), c.key().enforced(), false,
                !ctx.partitioned(c.table()) || ctx.notValidForeignKeysOnPartitionedTables(), c, ctx, out);
    }

    static void validateConstraint(ValidateConstraint c, RenderContext ctx, List<Statement> out) {
        out.add(validate(c.table(), c.name(), c));
    }

    /** {@code VALIDATE CONSTRAINT}, after the plan's transaction: see {@link TransactionMode#AFTER_TRANSACTION}. */
    private static Statement validate(QualifiedName table, String name, SchemaChange c) {
        return new Statement("ALTER TABLE " + Sql.name(table) + " VALIDATE CONSTRAINT " + Sql.name(name), c,
                EnumSet.of(VALIDATES_EXISTING_ROWS), TransactionMode.AFTER_TRANSACTION);
    }

    static void renameConstraint(RenameConstraint c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("ALTER TABLE " + Sql.name(c.table()) + " RENAME CONSTRAINT " + Sql.name(c.from()) + " TO " + Sql.name(c.to()),
                c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    /** In the transaction, even with concurrent builds asked for: see {@link ConcurrentBuilds}. */
    static void dropIndex(DropIndex c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP INDEX " + Sql.name(new QualifiedName(c.table().schema(), c.index().name())), c,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    static void renameIndex(RenameIndex c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("ALTER INDEX " + Sql.name(new QualifiedName(c.table().schema(), c.from())) + " RENAME TO " + Sql.name(c.to()), c));
    }


    private static Statement dropConstraint(QualifiedName table, String name, SchemaChange c) {
        return stmt("ALTER TABLE " + Sql.name(table) + " DROP CONSTRAINT " + Sql.name(name), c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
    }

    private static void addKey(QualifiedName table, String definition, SchemaChange c, RenderContext ctx, List<Statement> out) {
        Hazard[] hazards = ctx.existing(table)
                ? new Hazard[] {INDEX_BUILD, VALIDATES_EXISTING_ROWS, ACQUIRES_ACCESS_EXCLUSIVE_LOCK}
                : new Hazard[] {ACQUIRES_ACCESS_EXCLUSIVE_LOCK};
        out.add(stmt("ALTER TABLE " + Sql.name(table) + " ADD " + definition, c, hazards));
    }

    /** @param separable whether PostgreSQL takes this constraint {@code NOT VALID} on this table, to validate it in a second statement */
    private static void addValidated(QualifiedName table, String name, String definition, boolean validated, boolean enforced,
                                     boolean exclusive, boolean separable, SchemaChange c, RenderContext ctx, List<Statement> out) {
        String add = "ALTER TABLE " + Sql.name(table) + " ADD CONSTRAINT " + Sql.name(name) + " " + definition;
        // a table the plan creates is locked by nobody else: as for its foreign keys, no lock to say
        EnumSet<Hazard> lock = exclusive && ctx.existing(table) ? EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK) : EnumSet.noneOf(Hazard.class);
        if (!enforced) { // never checked, now or later: nothing to validate
            out.add(new Statement(add + " NOT ENFORCED", c, lock, TransactionMode.IN_TRANSACTION));
            return;
        }
        if (!validated) {
            out.add(new Statement(add + " NOT VALID", c, lock, TransactionMode.IN_TRANSACTION));
            return;
        }
        if (!ctx.existing(table)) {
            out.add(new Statement(add, c, lock, TransactionMode.IN_TRANSACTION));
            return;
        }
        if (ctx.options().validateSeparately() && separable) {
            out.add(new Statement(add + " NOT VALID", c, lock, TransactionMode.IN_TRANSACTION));
            out.add(validate(table, name, c));
        } else {
            EnumSet<Hazard> hazards = EnumSet.copyOf(lock.isEmpty() ? EnumSet.of(VALIDATES_EXISTING_ROWS) : lock);
            hazards.add(VALIDATES_EXISTING_ROWS);
            out.add(new Statement(add, c, hazards, TransactionMode.IN_TRANSACTION));
        }
    }

    static void addIndex(AddIndex c, RenderContext ctx, List<Statement> out) {
        String built = ctx.builtBefore(c.table(), c.index().name());
        if (built != null) { // built before the transaction under a temporary name, given its own here
            EnumSet<Hazard> hazards = c.index().unique() ? EnumSet.of(INDEX_BUILD, VALIDATES_EXISTING_ROWS) : EnumSet.of(INDEX_BUILD);
            out.add(new Statement(Sql.createIndex(c.table(), c.index().withName(built), true), c, hazards,
                    TransactionMode.BUILT_BEFORE_TRANSACTION));
            out.add(stmt("ALTER INDEX " + Sql.name(new QualifiedName(c.table().schema(), built)) + " RENAME TO "
                    + Sql.name(c.index().name()), c));
            if (c.index().comment() != null) {
                out.add(stmt(commentOnIndex(c.table(), c.index().name(), c.index().comment()), c));
            }
            return;
        }
        boolean existing = ctx.existing(c.table());
        boolean concurrently = ctx.buildsConcurrently(c.table(), c.index().name());
        EnumSet<Hazard> hazards = existing ? EnumSet.of(INDEX_BUILD) : EnumSet.noneOf(Hazard.class);
        if (existing && c.index().unique()) {
            hazards.add(VALIDATES_EXISTING_ROWS);
        }
        TransactionMode mode = concurrently ? TransactionMode.OUTSIDE_TRANSACTION : TransactionMode.IN_TRANSACTION;
        out.add(new Statement(Sql.createIndex(c.table(), c.index(), concurrently), c, hazards, mode));
        if (c.index().comment() != null) { // after the build, however it runs
            out.add(new Statement(commentOnIndex(c.table(), c.index().name(), c.index().comment()), c, EnumSet.noneOf(Hazard.class),
                    mode));
        }
    }

    static void setIndexComment(SetIndexComment c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(commentOnIndex(c.table(), c.index(), c.comment()), c));
    }

    /** {@code COMMENT ON INDEX}; an index lives in its table's schema. */
    static String commentOnIndex(QualifiedName table, String index, String comment) {
        return "COMMENT ON INDEX " + Sql.name(new QualifiedName(table.schema(), index)) + " IS " + ChangeRenderer.commentText(comment);
    }
}
