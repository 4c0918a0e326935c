package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.CHANGES_BEHAVIOR;
import static dev.dibs.engine.render.ChangeRenderer.commentText;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.CreateRoutine;
import dev.dibs.engine.diff.SchemaChange.DropRoutine;
import dev.dibs.engine.diff.SchemaChange.RenameRoutine;
import dev.dibs.engine.diff.SchemaChange.ReplaceRoutine;
import dev.dibs.engine.diff.SchemaChange.SetRoutineComment;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import java.util.List;

/**
 * Statements for functions and procedures, in PostgreSQL's own words: a routine is created or
 * replaced with the {@code CREATE OR REPLACE} statement {@code pg_get_functiondef} printed for
 * the desired one (every name in it qualified), and named by its signature elsewhere.
 */
final class RoutineRenderer {

    /**
     * PostgreSQL checks a {@code LANGUAGE sql} body written as a string when it is created, so one
     * reading a table the plan creates later would be refused; it is checked when called instead,
     * as {@code pg_dump} does. A SQL-standard body is parsed whatever this says, and its
     * dependencies order the plan.
     */
    static final String UNCHECKED_BODIES = "SET LOCAL check_function_bodies = off";

    private RoutineRenderer() {
    }

    static void createRoutine(CreateRoutine c, RenderContext ctx, List<Statement> out) {
        Hazard[] hazards = c.reason() == null ? new Hazard[0] : new Hazard[] {CHANGES_BEHAVIOR};
        define(c.routine(), c, out, hazards);
        if (c.routine().comment() != null) {
            out.add(stmt(commentOn(c.routine(), c.routine().comment()), c));
        }
    }

    static void replaceRoutine(ReplaceRoutine c, RenderContext ctx, List<Statement> out) {
        define(c.to(), c, out, CHANGES_BEHAVIOR);
    }

    static void dropRoutine(DropRoutine c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP " + c.routine().keyword() + " " + signature(c.routine()), c, CHANGES_BEHAVIOR));
    }

    static void setRoutineComment(SetRoutineComment c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("COMMENT ON " + c.routine().keyword() + " " + signature(c.routine()) + " IS " + commentText(c.comment()), c));
    }

    /** {@code COMMENT ON FUNCTION schema.name(arguments) IS '…'}. */
    static String commentOn(Routine r, String comment) {
        return "COMMENT ON " + r.keyword() + " " + signature(r) + " IS " + commentText(comment);
    }

    /** The statement that creates {@code r} as it is, without the line end PostgreSQL printed after it. */
    static String definition(Routine r) {
        return r.definition().stripTrailing();
    }

    /** Whether {@code r} is written in SQL with its body as a string, which PostgreSQL checks on creation. */
    static boolean hasCheckedBody(Routine r) {
        return "sql".equals(r.language()) && r.definition().contains("\nAS $");
    }

    private static void define(Routine r, SchemaChange change, List<Statement> out, Hazard... hazards) {
        if (hasCheckedBody(r)) {
            out.add(stmt(UNCHECKED_BODIES, change));
        }
        out.add(stmt(definition(r), change, hazards));
    }

    /**
     * {@code ALTER FUNCTION|PROCEDURE … RENAME TO}: what PostgreSQL stored a call of keeps it; what
     * names it in text (the application, a PL/pgSQL body) no longer finds it, as after a drop.
     */
    static void renameRoutine(RenameRoutine c, RenderContext ctx, List<Statement> out) {
        Routine r = c.routine();
        out.add(stmt("ALTER " + r.keyword() + " " + signature(r) + " RENAME TO " + Sql.name(c.to()), c, CHANGES_BEHAVIOR));
    }

    /** {@code schema.name(identity arguments)}: the name quoted, the arguments as PostgreSQL printed them. */
    private static String signature(Routine r) {
        return Sql.name(r.name()) + "(" + r.identityArguments() + ")";
    }
}
