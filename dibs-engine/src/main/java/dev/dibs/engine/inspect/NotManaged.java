package dev.dibs.engine.inspect;

/**
 * An object in a managed schema that dibs does not model (a view, a trigger, a partition, an
 * index option, …). The diff shows it as a note: it is neither drift nor ever dropped.
 *
 * @param kind   what it is, e.g. {@code view}, {@code trigger}, {@code index option}
 * @param schema its schema
 * @param name   its name ({@code table.trigger} for objects on a table)
 * @param detail what dibs saw, e.g. the trigger definition; null when there is nothing to add
 */
public record NotManaged(String kind, String schema, String name, String detail) {

    /** How a database comparison's detail starts for a note only the reference database has. */
    public static final String ONLY_IN_REFERENCE = "only in the reference";

    /** Whether this note is one only the reference database has. */
    public boolean onlyInReference() {
        return detail != null && detail.startsWith(ONLY_IN_REFERENCE);
    }

    @Override
    public String toString() {
        return kind + " " + schema + "." + name + (detail == null || detail.isEmpty() ? "" : ": " + detail);
    }
}
