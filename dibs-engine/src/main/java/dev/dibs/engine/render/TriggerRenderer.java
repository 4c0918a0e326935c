package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.CHANGES_BEHAVIOR;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange.CreateTrigger;
import dev.dibs.engine.diff.SchemaChange.DropTrigger;
import dev.dibs.engine.diff.SchemaChange.RenameTrigger;
import dev.dibs.engine.diff.SchemaChange.SetTriggerComment;
import dev.dibs.engine.diff.SchemaChange.SetTriggerEnabled;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Trigger statements. {@code CREATE TRIGGER} is the definition PostgreSQL printed for the desired
 * trigger ({@code pg_get_triggerdef}, names already quoted by PostgreSQL); it takes a SHARE ROW
 * EXCLUSIVE lock, which blocks writes but not reads until the transaction ends, as adding a
 * foreign key {@code NOT VALID} does: no hazard of its own. {@code DROP TRIGGER} takes an ACCESS
 * EXCLUSIVE lock and stops what the trigger did.
 */
final class TriggerRenderer {

    private TriggerRenderer() {
    }

    static void createTrigger(CreateTrigger c, RenderContext ctx, List<Statement> out) {
        out.addAll(TriggerRenderer.create(c.trigger()).stream().map(sql -> stmt(sql, c)).toList());
    }

    /** The statements that create {@code t} as it is: its definition, then its state when not the default, and its comment. */
    static List<String> create(Trigger t) {
        List<String> sql = new ArrayList<>();
        sql.add(t.definition());
        if (t.enabled() != null && !t.enabled().equals("O")) {
            sql.add(enable(t.table(), t.name(), t.enabled()));
        }
        if (t.comment() != null) {
            sql.add(comment(t.table(), t.name(), t.comment()));
        }
        return sql;
    }

    static void dropTrigger(DropTrigger c, RenderContext ctx, List<Statement> out) {
        Trigger t = c.trigger();
        out.add(stmt("DROP TRIGGER " + Sql.name(t.name()) + " ON " + Sql.name(t.table()), c, CHANGES_BEHAVIOR,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    /**
     * {@code CHANGES_BEHAVIOR} when the trigger stops firing where it fired: in ordinary sessions
     * ({@code O}, {@code A} fire there) or in replica sessions ({@code session_replication_role =
     * replica}: {@code R}, {@code A}). Enabling where it did not fire adds what a new trigger adds.
     */
    static void setTriggerEnabled(SetTriggerEnabled c, RenderContext ctx, List<Statement> out) {
        boolean stops = firesInOrigin(c.from()) && !firesInOrigin(c.to()) || firesInReplica(c.from()) && !firesInReplica(c.to());
        Hazard[] hazards = stops ? new Hazard[] {CHANGES_BEHAVIOR} : new Hazard[0];
        out.add(stmt(enable(c.table(), c.trigger(), c.to()), c, hazards));
    }

    /** The same trigger under another name: it fires as before; PostgreSQL locks the table to rename it. */
    static void renameTrigger(RenameTrigger c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("ALTER TRIGGER " + Sql.name(c.from()) + " ON " + Sql.name(c.table()) + " RENAME TO " + Sql.name(c.to()), c,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    static void setTriggerComment(SetTriggerComment c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(comment(c.table(), c.trigger(), c.comment()), c));
    }

    private static boolean firesInOrigin(String state) {
        return state.equals("O") || state.equals("A");
    }

    private static boolean firesInReplica(String state) {
        return state.equals("R") || state.equals("A");
    }

    /** {@code ALTER TABLE … ENABLE|DISABLE|ENABLE REPLICA|ENABLE ALWAYS TRIGGER} for a {@code tgenabled} code. */
    static String enable(QualifiedName table, String trigger, String state) {
        String verb = switch (state) {
            case "O" -> "ENABLE";
            case "D" -> "DISABLE";
            case "R" -> "ENABLE REPLICA";
            case "A" -> "ENABLE ALWAYS";
            default -> throw new IllegalArgumentException("trigger " + table + "." + trigger + ": unknown enabled state '"
                    + state + "' (pg_trigger.tgenabled is O, D, R or A)");
        };
        return "ALTER TABLE " + Sql.name(table) + " " + verb + " TRIGGER " + Sql.name(trigger);
    }

    static String comment(QualifiedName table, String trigger, String comment) {
        return "COMMENT ON TRIGGER " + Sql.name(trigger) + " ON " + Sql.name(table) + " IS " + ChangeRenderer.commentText(comment);
    }
}
