package dev.dibs.engine.render;

import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.model.View;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that declare a schema's objects beyond tables and enums, one kind at a time, in the
 * words the SQL files under {@code dibs/} accept ({@code load/SqlFileClassifier}) and in an order
 * they build in: the same renderers as a plan's, so a declaration reads as the plan that would
 * create it. {@code dibs:import} writes them; each list is in dependency order within its kind.
 */
public final class SqlFileStatements {

    private SqlFileStatements() {
    }

    /** {@code CREATE COLLATION} of each collation, then its comment. */
    public static List<ScriptStatement> collations(Schema schema) {
        List<ScriptStatement> out = new ArrayList<>();
        for (dev.dibs.engine.model.Collation c : schema.collations()) {
            CollationRenderer.create(c).forEach(sql -> out.add(new ScriptStatement(sql, "collation " + c.name())));
        }
        return out;
    }

    /**
     * {@code CREATE EXTENSION … WITH SCHEMA … VERSION …} without {@code IF NOT EXISTS} (one already
     * there in another schema is for PostgreSQL to refuse, not to be skipped), then comments.
     */
    public static List<ScriptStatement> extensions(Schema schema) {
        List<ScriptStatement> out = new ArrayList<>();
        for (Extension e : schema.extensions()) {
            out.add(new ScriptStatement(ExtensionRenderer.create(e, false), "extension " + e.name()));
        }
        for (Extension e : schema.extensions()) {
            if (e.comment() != null) {
                out.add(new ScriptStatement(ExtensionRenderer.comment(e.name(), e.comment()), "extension " + e.name()));
            }
        }
        return out;
    }

    /**
     * {@code CREATE SEQUENCE} with every option, then each owner as its own {@code ALTER SEQUENCE
     * … OWNED BY} (the files build sequences before the tables, so {@code CREATE SEQUENCE … OWNED
     * BY} is refused there), then comments.
     */
    public static List<ScriptStatement> sequences(Schema schema) {
        List<ScriptStatement> out = new ArrayList<>();
        for (Sequence q : schema.sequences()) {
            out.add(new ScriptStatement(SequenceRenderer.create(q), "sequence " + q.name()));
        }
        for (Sequence q : schema.sequences()) {
            if (q.ownedBy() != null) {
                out.add(new ScriptStatement(SequenceRenderer.ownedBy(q), "sequence " + q.name()));
            }
        }
        for (Sequence q : schema.sequences()) {
            if (q.comment() != null) {
                out.add(new ScriptStatement(SequenceRenderer.comment(q.name(), q.comment()), "sequence " + q.name()));
            }
        }
        return out;
    }

    /** {@code CREATE DOMAIN} with its validated checks, the others {@code NOT VALID}, its comment. */
    public static List<ScriptStatement> domains(Schema schema) {
        List<ScriptStatement> out = new ArrayList<>();
        for (Domain d : schema.domains()) {
            DomainRenderer.create(d).forEach(sql -> out.add(new ScriptStatement(sql, "domain " + d.name())));
        }
        return out;
    }

    /** Functions and procedures as {@code pg_get_functiondef} printed them, each after those it calls; then comments. */
    public static List<ScriptStatement> routines(Schema schema) {
        return routines(schema, r -> true);
    }

    /**
     * The functions and procedures, then the operators (after the functions they call) and the
     * functions whose SQL-standard bodies use those operators, interleaved: PostgreSQL parses such a
     * body when it creates the function, and an operator may call such a function.
     */
    public static List<ScriptStatement> routinesAndOperators(Schema schema) {
        List<Routine> all = schema.routines();
        List<ScriptStatement> out = new ArrayList<>(routines(schema, r -> !RoutineOrder.needsOperators(r, all)));
        out.addAll(operatorsWith(schema, RoutineOrder.dependenciesFirst(all).stream().filter(r -> RoutineOrder.needsOperators(r, all))
                .toList(), true));
        return out;
    }

    /**
     * The operators and {@code routines} (those using operators), each after what it needs
     * ({@link RoutineOrder#withOperators}); the routines' comments with them when {@code comments}.
     */
    static List<ScriptStatement> operatorsWith(Schema schema, List<Routine> routines, boolean comments) {
        List<ScriptStatement> out = new ArrayList<>();
        for (Object item : RoutineOrder.withOperators(routines, schema.operators())) {
            if (item instanceof dev.dibs.engine.model.Operator o) {
                OperatorRenderer.create(o).forEach(sql -> out.add(new ScriptStatement(sql, "operator " + o.signature())));
            } else if (item instanceof Routine r) {
                out.add(new ScriptStatement(RoutineRenderer.definition(r), what(r)));
                if (comments && r.comment() != null) {
                    out.add(new ScriptStatement(RoutineRenderer.commentOn(r, r.comment()), what(r)));
                }
            }
        }
        return out;
    }

    private static List<ScriptStatement> routines(Schema schema, java.util.function.Predicate<Routine> which) {
        List<ScriptStatement> out = new ArrayList<>();
        for (Routine r : RoutineOrder.dependenciesFirst(schema.routines())) {
            if (which.test(r)) {
                out.add(new ScriptStatement(RoutineRenderer.definition(r), what(r)));
                if (r.comment() != null) {
                    out.add(new ScriptStatement(RoutineRenderer.commentOn(r, r.comment()), what(r)));
                }
            }
        }
        return out;
    }

    /**
     * Views and materialized views together, each after the ones it reads (a view may read a
     * materialized view and the other way round): the view with its options and comment; the
     * materialized view {@code WITH [NO] DATA}, its indexes and comment.
     */
    public static List<ScriptStatement> views(Schema schema) {
        List<ScriptStatement> out = new ArrayList<>();
        for (Object v : ViewOrder.of(schema)) {
            if (v instanceof View view) {
                ViewRenderer.create(view).forEach(sql -> out.add(new ScriptStatement(sql, "view " + view.name())));
            } else {
                MaterializedView m = (MaterializedView) v;
                ViewRenderer.create(m).forEach(sql -> out.add(new ScriptStatement(sql, "materialized view " + m.name())));
            }
        }
        return out;
    }

    /** Triggers as {@code pg_get_triggerdef} printed them, with their enabled state when not the default, and comments. */
    public static List<ScriptStatement> triggers(Schema schema) {
        List<ScriptStatement> out = new ArrayList<>();
        for (Trigger t : schema.triggers()) {
            TriggerRenderer.create(t).forEach(sql -> out.add(new ScriptStatement(sql, "trigger " + t.name() + " on " + t.table())));
        }
        return out;
    }

    /** {@code CREATE POLICY} with every clause written out, and comments. */
    public static List<ScriptStatement> policies(Schema schema) {
        List<ScriptStatement> out = new ArrayList<>();
        for (Policy p : schema.policies()) {
            PolicyRenderer.create(p).forEach(sql -> out.add(new ScriptStatement(sql, "policy " + p.name() + " on " + p.table())));
        }
        return out;
    }

    private static String what(Routine r) {
        return (r.procedure() ? "procedure " : "function ") + r.signature();
    }
}
