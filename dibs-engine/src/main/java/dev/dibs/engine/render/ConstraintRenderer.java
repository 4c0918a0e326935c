package dev.dibs.engine.render;

import static dev.dibs.engine.render.ChangeRenderer.stmt;
import static dev.dibs.engine.render.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.render.Hazard.DELETES_DATA;
import static dev.dibs.engine.render.Hazard.INDEX_BUILD;
import static dev.dibs.engine.render.Hazard.REWRITES_TABLE;
import static dev.dibs.engine.render.Hazard.VALIDATES_EXISTING_ROWS;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddEnumValue;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.ColumnRef;
import dev.dibs.engine.diff.SchemaChange.CreateEnum;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropEnum;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.RenameConstraint;
import dev.dibs.engine.diff.SchemaChange.RenameEnumValue;
import dev.dibs.engine.diff.SchemaChange.RenameIndex;
import dev.dibs.engine.diff.SchemaChange.SetEnumComment;
import dev.dibs.engine.diff.SchemaChange.ValidateConstraint;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.PostgresNames;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Statements for constraints, indexes and enum types. */
final class ConstraintRenderer {

    private ConstraintRenderer() {
    }

    static void render(SchemaChange change, RenderContext ctx, List<Statement> out) {
        if (change instanceof AddPrimaryKey c) {
            addKey(c.table(), "CONSTRAINT " + Sql.name(c.key().name()) + " PRIMARY KEY " + Sql.columnList(c.key().columns()), c, ctx, out);
        } else if (change instanceof AddUnique c) {
            addKey(c.table(), "CONSTRAINT " + Sql.name(c.unique().name()) + " UNIQUE " + Sql.columnList(c.unique().columns()), c, ctx, out);
        } else if (change instanceof DropPrimaryKey c) {
            out.add(dropConstraint(c.table(), c.key().name(), c));
        } else if (change instanceof DropUnique c) {
            out.add(dropConstraint(c.table(), c.unique().name(), c));
        } else if (change instanceof DropCheck c) {
            out.add(dropConstraint(c.table(), c.check().name(), c));
        } else if (change instanceof DropForeignKey c) {
            out.add(dropConstraint(c.table(), c.key().name(), c));
        } else if (change instanceof AddCheck c) {
            addValidated(c.table(), c.check().name(), "CHECK (" + c.check().expression() + ")", c.check().validated(),
                    c.check().enforced(), true, c, ctx, out);
        } else if (change instanceof AddForeignKey c) {
            // the definition without NOT VALID or NOT ENFORCED: addValidated appends what applies
            String definition = Sql.foreignKeyDefinition(new dev.dibs.engine.model.ForeignKey(c.key().name(), c.key().columns(),
                    c.key().referencedTable(), c.key().referencedColumns(), c.key().onDelete(), c.key().onUpdate(),
                    c.key().deferrability(), true, true));
            // ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE, not ACCESS EXCLUSIVE.
            addValidated(c.table(), c.key().name(), definition, c.key().validated(), c.key().enforced(), false, c, ctx, out);
        } else if (change instanceof ValidateConstraint c) {
            out.add(stmt("ALTER TABLE " + Sql.name(c.table()) + " VALIDATE CONSTRAINT " + Sql.name(c.name()), c, VALIDATES_EXISTING_ROWS));
        } else if (change instanceof RenameConstraint c) {
            out.add(stmt("ALTER TABLE " + Sql.name(c.table()) + " RENAME CONSTRAINT " + Sql.name(c.from()) + " TO " + Sql.name(c.to()),
                    c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        } else if (change instanceof AddIndex c) {
            addIndex(c, ctx, out);
        } else if (change instanceof DropIndex c) {
            boolean concurrently = ctx.options().concurrentIndexes() && ctx.existing(c.table());
            out.add(new Statement("DROP INDEX " + (concurrently ? "CONCURRENTLY " : "")
                    + Sql.name(new QualifiedName(c.table().schema(), c.index().name())), c,
                    concurrently ? EnumSet.noneOf(Hazard.class) : EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK),
                    concurrently ? TransactionMode.OUTSIDE_TRANSACTION : TransactionMode.IN_TRANSACTION));
        } else if (change instanceof RenameIndex c) {
            out.add(stmt("ALTER INDEX " + Sql.name(new QualifiedName(c.table().schema(), c.from())) + " RENAME TO " + Sql.name(c.to()), c));
        } else {
            EnumRenderer.render(change, out);
        }
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

    private static void addValidated(QualifiedName table, String name, String definition, boolean validated, boolean enforced,
                                     boolean exclusive, SchemaChange c, RenderContext ctx, List<Statement> out) {
        String add = "ALTER TABLE " + Sql.name(table) + " ADD CONSTRAINT " + Sql.name(name) + " " + definition;
        EnumSet<Hazard> lock = exclusive ? EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK) : EnumSet.noneOf(Hazard.class);
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
        if (ctx.options().validateSeparately()) {
            out.add(new Statement(add + " NOT VALID", c, lock, TransactionMode.IN_TRANSACTION));
            out.add(stmt("ALTER TABLE " + Sql.name(table) + " VALIDATE CONSTRAINT " + Sql.name(name), c, VALIDATES_EXISTING_ROWS));
        } else {
            EnumSet<Hazard> hazards = EnumSet.copyOf(lock.isEmpty() ? EnumSet.of(VALIDATES_EXISTING_ROWS) : lock);
            hazards.add(VALIDATES_EXISTING_ROWS);
            out.add(new Statement(add, c, hazards, TransactionMode.IN_TRANSACTION));
        }
    }

    private static void addIndex(AddIndex c, RenderContext ctx, List<Statement> out) {
        boolean existing = ctx.existing(c.table());
        boolean concurrently = existing && ctx.options().concurrentIndexes();
        EnumSet<Hazard> hazards = existing ? EnumSet.of(INDEX_BUILD) : EnumSet.noneOf(Hazard.class);
        if (existing && c.index().unique()) {
            hazards.add(VALIDATES_EXISTING_ROWS);
        }
        out.add(new Statement(Sql.createIndex(c.table(), c.index(), concurrently), c, hazards,
                concurrently ? TransactionMode.OUTSIDE_TRANSACTION : TransactionMode.IN_TRANSACTION));
    }

    /** Enum types. */
    private static final class EnumRenderer {
        static void render(SchemaChange change, List<Statement> out) {
            if (change instanceof CreateEnum c) {
                out.add(stmt(createEnum(c.type().name(), c.type()), c));
                if (c.type().comment() != null) {
                    out.add(stmt("COMMENT ON TYPE " + Sql.name(c.type().name()) + " IS " + Sql.literal(c.type().comment()), c));
                }
            } else if (change instanceof DropEnum c) {
                out.add(stmt("DROP TYPE " + Sql.name(c.type().name()), c));
            } else if (change instanceof AddEnumValue c) {
                String position = c.before() != null ? " BEFORE " + Sql.literal(c.before())
                        : c.after() != null ? " AFTER " + Sql.literal(c.after()) : "";
                out.add(new Statement("ALTER TYPE " + Sql.name(c.type()) + " ADD VALUE " + Sql.literal(c.label()) + position, c,
                        EnumSet.noneOf(Hazard.class), TransactionMode.BEFORE_TRANSACTION));
            } else if (change instanceof RenameEnumValue c) {
                out.add(stmt("ALTER TYPE " + Sql.name(c.type()) + " RENAME VALUE " + Sql.literal(c.from()) + " TO " + Sql.literal(c.to()), c));
            } else if (change instanceof RecreateEnum c) {
                recreate(c, out);
            } else if (change instanceof SetEnumComment c) {
                out.add(stmt("COMMENT ON TYPE " + Sql.name(c.type()) + " IS " + ChangeRenderer.commentText(c.comment()), c));
            } else {
                throw new IllegalStateException("dibs bug: no SQL for the change " + change);
            }
        }

        private static String createEnum(QualifiedName name, EnumType type) {
            return "CREATE TYPE " + Sql.name(name) + " AS ENUM ("
                    + type.labels().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")";
        }

        private static void recreate(RecreateEnum c, List<Statement> out) {
            QualifiedName name = c.to().name();
            String oldName = PostgresNames.clip(name.name(), PostgresNames.MAX_IDENTIFIER_BYTES - 10) + "_dibs_old";
            boolean removes = !c.to().labels().containsAll(c.from().labels());
            out.add(stmt("ALTER TYPE " + Sql.name(name) + " RENAME TO " + Sql.name(oldName), c));
            out.add(stmt(createEnum(name, c.to()), c));
            for (ColumnRef ref : c.columns()) {
                String col = "ALTER COLUMN " + Sql.name(ref.column());
                StringBuilder sql = new StringBuilder("ALTER TABLE " + Sql.name(ref.table()) + " ");
                if (ref.hadDefault()) {
                    sql.append(col).append(" DROP DEFAULT, ");
                }
                String target = Sql.name(name) + (ref.array() ? "[]" : "");
                sql.append(col).append(" TYPE ").append(target).append(" USING ").append(Sql.name(ref.column()))
                        .append(ref.array() ? "::text[]::" : "::text::").append(target);
                if (ref.defaultAfter() != null) {
                    sql.append(", ").append(col).append(" SET DEFAULT ").append(ref.defaultAfter());
                }
                EnumSet<Hazard> hazards = EnumSet.of(REWRITES_TABLE, ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
                if (removes) {
                    hazards.add(DELETES_DATA);
                }
                out.add(new Statement(sql.toString(), c, hazards, TransactionMode.IN_TRANSACTION));
            }
            out.add(new Statement("DROP TYPE " + Sql.name(new QualifiedName(name.schema(), oldName)), c,
                    removes ? EnumSet.of(DELETES_DATA) : EnumSet.noneOf(Hazard.class), TransactionMode.IN_TRANSACTION));
            if (c.to().comment() != null) {
                out.add(stmt("COMMENT ON TYPE " + Sql.name(name) + " IS " + Sql.literal(c.to().comment()), c));
            }
        }
    }
}
