package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.DELETES_DATA;
import static dev.dibs.engine.plan.Hazard.REWRITES_TABLE;
import static dev.dibs.engine.render.ChangeRenderer.commentText;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange.AddEnumValue;
import dev.dibs.engine.diff.SchemaChange.ColumnRef;
import dev.dibs.engine.diff.SchemaChange.CreateEnum;
import dev.dibs.engine.diff.SchemaChange.DropEnum;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.RenameEnumValue;
import dev.dibs.engine.diff.SchemaChange.SetEnumComment;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.PostgresNames;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.StatementTarget;
import dev.dibs.engine.plan.TransactionMode;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Statements for enum types. */
final class EnumRenderer {

    private EnumRenderer() {
    }

    static void createEnum(CreateEnum c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(createEnum(c.type().name(), c.type()), c));
        if (c.type().comment() != null) {
            out.add(stmt("COMMENT ON TYPE " + Sql.name(c.type().name()) + " IS " + Sql.literal(c.type().comment()), c));
        }
    }

    static void dropEnum(DropEnum c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP TYPE " + Sql.name(c.type().name()), c));
    }

    static void addEnumValue(AddEnumValue c, RenderContext ctx, List<Statement> out) {
        String position = c.before() != null ? " BEFORE " + Sql.literal(c.before())
                : c.after() != null ? " AFTER " + Sql.literal(c.after()) : "";
        out.add(new Statement("ALTER TYPE " + Sql.name(c.type()) + " ADD VALUE " + Sql.literal(c.label()) + position, c,
                EnumSet.noneOf(Hazard.class), TransactionMode.BEFORE_TRANSACTION));
    }

    static void renameEnumValue(RenameEnumValue c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("ALTER TYPE " + Sql.name(c.type()) + " RENAME VALUE " + Sql.literal(c.from()) + " TO " + Sql.literal(c.to()), c));
    }

    static void recreateEnum(RecreateEnum c, RenderContext ctx, List<Statement> out) {
        recreate(c, out);
    }

    static void setEnumComment(SetEnumComment c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("COMMENT ON TYPE " + Sql.name(c.type()) + " IS " + commentText(c.comment()), c));
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
            if (ref.carried()) {
                continue; // an inheritance child's copy: converted by its parent's statement
            }
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
            out.add(new Statement(sql.toString(), c, hazards, TransactionMode.IN_TRANSACTION,
                    StatementTarget.column(ref.table(), ref.column())));
        }
        out.add(new Statement("DROP TYPE " + Sql.name(new QualifiedName(name.schema(), oldName)), c,
                removes ? EnumSet.of(DELETES_DATA) : EnumSet.noneOf(Hazard.class), TransactionMode.IN_TRANSACTION));
        if (c.to().comment() != null) {
            out.add(stmt("COMMENT ON TYPE " + Sql.name(name) + " IS " + Sql.literal(c.to().comment()), c));
        }
    }
}
