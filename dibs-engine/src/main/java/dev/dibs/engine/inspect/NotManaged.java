package dev.dibs.engine.inspect;

/**
 * An object in a managed schema that dibs does not model (a view, a policy, a cast, a partition, an
 * index option, …). The diff shows it as a note: it is neither drift nor ever dropped. Its detail is
 * what PostgreSQL says the object is (a view's body, a policy's command, roles and expressions, a
 * cast's function and context, …), so that two notes of one object compare by definition, not by
 * name alone.
 *
 * @param kind          what it is, e.g. {@code view}, {@code trigger}, {@code index option}
 * @param schema        its schema; {@code *} for an object of the whole database (an event trigger, a
 *                      publication, a foreign server)
 * @param name          its name ({@code table.trigger} for objects on a table)
 * @param detail        what dibs saw, e.g. the trigger definition: the database's when the database
 *                      has the object, else the desired state's; null when there is nothing to add
 * @param side          where the object is, once the database was compared with a desired state
 * @param desiredDetail the desired state's detail when it differs from the database's
 *                      ({@link Side#DIFFERENT}); null otherwise
 */
public record NotManaged(String kind, String schema, String name, String detail, Side side, String desiredDetail) {

    /** Where a note's object is, and whether its two definitions agree. */
    public enum Side {
        /** Read from one database, not compared with anything (an inspection on its own). */
        NOT_COMPARED(""),
        /** The database has it, the desired state does not. */
        ONLY_IN_DATABASE("only in the database"),
        /** The desired state (the reference database, or what the Java schema and SQL files build) has it, the database does not. */
        ONLY_IN_DESIRED_STATE("only in "),
        /** Both have it, with the same definition: listed, but nothing differs. */
        IDENTICAL("in both, identical"),
        /** Both have it, with different definitions. */
        DIFFERENT("in both, definitions differ");

        private final String words;

        Side(String words) {
            this.words = words;
        }

        /** The side in words, the desired state called {@code desired} (e.g. "the reference"). */
        public String words(String desired) {
            return this == ONLY_IN_DESIRED_STATE ? words + desired : words;
        }
    }

    /** A note as read, before any comparison. */
    public NotManaged(String kind, String schema, String name, String detail) {
        this(kind, schema, name, detail, Side.NOT_COMPARED, null);
    }

    /** This note with its side set (and the desired state's detail, for {@link Side#DIFFERENT}). */
    public NotManaged on(Side where, String desired) {
        return new NotManaged(kind, schema, name, detail, where, where == Side.DIFFERENT ? desired : null);
    }

    /**
     * The note in one line, its side named with the desired state called {@code desired} (e.g.
     * "the reference", "the desired state"); for differing definitions, briefly how.
     */
    public String describe(String desired) {
        String where = side == null || side == Side.NOT_COMPARED ? "" : ": " + side.words(desired);
        if (side == Side.DIFFERENT) {
            return kind + " " + schema + "." + name + where + ": " + NoteDifference.briefly(detail, desiredDetail, desired);
        }
        return kind + " " + schema + "." + name + where + (detail == null || detail.isEmpty() ? "" : ": " + detail);
    }

    @Override
    public String toString() {
        return describe("the desired state");
    }
}
