package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.DELETES_DATA;
import static dev.dibs.engine.render.ChangeRenderer.commentText;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange.AlterSequence;
import dev.dibs.engine.diff.SchemaChange.CreateSequence;
import dev.dibs.engine.diff.SchemaChange.DropSequence;
import dev.dibs.engine.diff.SchemaChange.RenameSequence;
import dev.dibs.engine.diff.SequenceCalls;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.plan.Statement;
import java.util.List;

/**
 * Statements for sequences of their own. Every option is written, so a statement says the whole of
 * what the sequence must be whatever the server's defaults; none restarts it: the current value
 * is data, which a plan never resets.
 */
final class SequenceRenderer {

    private SequenceRenderer() {
    }

    static void createSequence(CreateSequence c, RenderContext ctx, List<Statement> out) {
        Sequence s = c.sequence();
        if (ctx.serialsOfIdentities().containsKey(s.name())) {
            // for an identity becoming this serial: under a name of its own while the identity's sequence
            // holds this one, from the value that one reached (when it was ever called); the column's
            // change names it, owns it and comments it once the identity is gone
            String[] owner = SequenceCalls.owner(ctx.serialsOfIdentities().get(s.name()).ownedBy());
            QualifiedName table = new QualifiedName(s.name().schema(), owner[0]);
            QualifiedName provisional = RenderContext.provisional(s.name());
            // locked first: no insert takes a value from the identity between the hand-over and its drop
            out.add(stmt("LOCK TABLE " + Sql.name(table) + " IN ACCESS EXCLUSIVE MODE", c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
            out.add(stmt("CREATE SEQUENCE " + Sql.name(provisional) + " " + options(s), c));
            // the table as a regclass literal, which a tenant-ready migration unqualifies like any name (ops.Unqualified)
            out.add(stmt("SELECT pg_catalog.setval(" + Sql.literal(Sql.name(provisional)) + "::regclass, v) FROM pg_catalog."
                    + "pg_sequence_last_value(pg_catalog.pg_get_serial_sequence(" + Sql.literal(Sql.name(table))
                    + "::regclass::text, " + Sql.literal(owner[1]) + ")::regclass) AS v WHERE v IS NOT NULL", c));
            return;
        }
        out.add(stmt(create(s), c));
        if (s.ownedBy() != null) {
            out.add(stmt(ownedBy(s), c));
        }
        if (s.comment() != null) {
            out.add(stmt(comment(s.name(), s.comment()), c));
        }
    }

    /** Options, owner and comment in place, each only when it changes; no rows are touched. */
    static void alterSequence(AlterSequence c, RenderContext ctx, List<Statement> out) {
        if (ctx.serialsOfIdentities().containsKey(c.to().name())) {
            // still under its provisional name; the column's change gives it its owner and comment
            if (c.changesOptions()) {
                out.add(stmt("ALTER SEQUENCE " + Sql.name(RenderContext.provisional(c.to().name())) + " " + options(c.to()), c));
            }
            return;
        }
        if (c.changesOptions()) {
            out.add(stmt("ALTER SEQUENCE " + Sql.name(c.to().name()) + " " + options(c.to()), c));
        }
        if (c.changesOwner()) {
            out.add(stmt(ownedBy(c.to()), c));
        }
        if (c.changesComment()) {
            out.add(stmt(comment(c.to().name(), c.to().comment()), c));
        }
    }

    /**
     * {@code ALTER SEQUENCE … RENAME TO}: the value stays, and defaults calling it follow (they hold
     * the sequence, not its name); calls that name it in text ({@code nextval('old')}) do not. It
     * locks the sequence, so inserts that take a value from it wait until the plan commits.
     */
    static void renameSequence(RenameSequence c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(Sql.renameSequence(c.from(), c.to()), c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    /**
     * The value it had reached is lost: a sequence created again starts from its start. But for a
     * serial column's sequence whose column became an identity (made before this, by the column's
     * change): the identity's new sequence takes the value the old one reached, when it was ever
     * called, or the next row would get a key the table already has. The old sequence is let go of
     * first ({@code OWNED BY NONE}), so that {@code pg_get_serial_sequence} names the identity's;
     * then its drop loses nothing: only the lock any {@code DROP SEQUENCE} takes.
     */
    static void dropSequence(DropSequence c, RenderContext ctx, List<Statement> out) {
        Sequence s = c.sequence();
        String[] owner = SequenceCalls.owner(s.ownedBy());
        if (owner != null && ctx.identity(s.name().schema(), s.ownedBy())) {
            // nothing is lost: no DELETES_DATA (the table is locked since the identity was made: no insert comes between)
            QualifiedName table = new QualifiedName(s.name().schema(), owner[0]);
            out.add(stmt("ALTER SEQUENCE " + Sql.name(s.name()) + " OWNED BY NONE", c));
            // the table as a regclass literal, which a tenant-ready migration unqualifies like any name (ops.Unqualified)
            out.add(stmt("SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(" + Sql.literal(Sql.name(table))
                    + "::regclass::text, " + Sql.literal(owner[1]) + "), last_value) FROM " + Sql.name(s.name()) + " WHERE is_called", c));
            out.add(stmt("DROP SEQUENCE " + Sql.name(s.name()), c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
            return;
        }
        // the lock: a nextval() of it (an INSERT relying on a default calling it) waits until the transaction ends
        out.add(stmt("DROP SEQUENCE " + Sql.name(s.name()), c, DELETES_DATA, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    /** {@code CREATE SEQUENCE name AS … INCREMENT BY … MINVALUE … MAXVALUE … START WITH … CACHE … [NO] CYCLE}. */
    static String create(Sequence s) {
        return "CREATE SEQUENCE " + Sql.name(s.name()) + " " + options(s);
    }

    static String options(Sequence s) {
        if (!List.of("smallint", "integer", "bigint").contains(s.dataType())) { // what format_type prints for a sequence's type
            throw new IllegalArgumentException("sequence " + s.name() + " has the type " + s.dataType() + ", not an integer type");
        }
        return "AS " + s.dataType() + " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue()
                + " START WITH " + s.start() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }

    /** {@code ALTER SEQUENCE … OWNED BY schema.table.column}, or {@code OWNED BY NONE}. */
    static String ownedBy(Sequence s) {
        String owner = "NONE";
        if (s.ownedBy() != null) {
            String[] parts = SequenceCalls.owner(s.ownedBy());
            if (parts == null) {
                throw new IllegalArgumentException("the owner of sequence " + s.name() + " is not a table and column: " + s.ownedBy());
            }
            owner = Sql.name(new QualifiedName(s.name().schema(), parts[0])) + "." + Sql.name(parts[1]);
        }
        return "ALTER SEQUENCE " + Sql.name(s.name()) + " OWNED BY " + owner;
    }

    static String comment(QualifiedName sequence, String comment) {
        return "COMMENT ON SEQUENCE " + Sql.name(sequence) + " IS " + commentText(comment);
    }
}
