package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.CHANGES_BEHAVIOR;
import static dev.dibs.engine.plan.Hazard.DELETES_DATA;
import static dev.dibs.engine.render.ChangeRenderer.commentText;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange.AlterExtension;
import dev.dibs.engine.diff.SchemaChange.CreateExtension;
import dev.dibs.engine.diff.SchemaChange.DropExtension;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.plan.Statement;
import java.util.List;

/**
 * Statements for extensions. {@code CREATE EXTENSION} always names the version: it is what the
 * desired state has, and the target's server may default to another one. It has no
 * {@code IF NOT EXISTS}: an extension of that name elsewhere (in a schema dibs does not manage) is
 * for PostgreSQL to refuse, loudly, rather than for the plan to skip.
 */
final class ExtensionRenderer {

    private ExtensionRenderer() {
    }

    static void createExtension(CreateExtension c, RenderContext ctx, List<Statement> out) {
        Extension e = c.extension();
        out.add(stmt(create(e, false), c));
        if (e.comment() != null) {
            out.add(stmt(comment(e.name(), e.comment()), c));
        }
    }

    /**
     * A new version replaces the extension's functions and may change its types (CHANGES_BEHAVIOR);
     * so does a new schema, for every caller that names the old one.
     */
    static void alterExtension(AlterExtension c, RenderContext ctx, List<Statement> out) {
        String name = Sql.name(c.to().name());
        if (c.updates()) {
            out.add(stmt("ALTER EXTENSION " + name + " UPDATE TO " + Sql.literal(c.to().version()), c, CHANGES_BEHAVIOR));
        }
        if (c.moves()) {
            out.add(stmt("ALTER EXTENSION " + name + " SET SCHEMA " + Sql.name(c.to().schema()), c, CHANGES_BEHAVIOR));
        }
        if (c.comments()) {
            out.add(stmt(comment(c.to().name(), c.to().comment()), c));
        }
    }

    /**
     * PostgreSQL refuses the drop while anything outside the extension uses it (no CASCADE); what
     * goes with it is its functions and operators (CHANGES_BEHAVIOR) and any table it owns, such as
     * a configuration table, with its rows (DELETES_DATA: dibs does not look inside extensions).
     */
    static void dropExtension(DropExtension c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP EXTENSION " + Sql.name(c.extension().name()), c, DELETES_DATA, CHANGES_BEHAVIOR));
    }

    /** {@code CREATE EXTENSION [IF NOT EXISTS] name WITH SCHEMA schema VERSION 'version'}. */
    static String create(Extension e, boolean ifNotExists) {
        return "CREATE EXTENSION " + (ifNotExists ? "IF NOT EXISTS " : "") + Sql.name(e.name()) + " WITH SCHEMA " + Sql.name(e.schema())
                + (e.version() == null ? "" : " VERSION " + Sql.literal(e.version()));
    }

    /** {@code COMMENT ON EXTENSION}; null drops it. */
    static String comment(String extension, String comment) {
        return "COMMENT ON EXTENSION " + Sql.name(extension) + " IS " + commentText(comment);
    }
}
