package dev.dibs.engine.importer;

import dev.dibs.engine.inspect.Fingerprints;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.naming.Printable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What {@code dibs:import} does with an object the inspection noted as not managed: neither a
 * record nor a {@code dibs/*.sql} file can declare it. Most such objects belong to the schema
 * (a rule, an aggregate, a composite type, a comment on a constraint, …): importing without them
 * would give a project whose database lacks them, so they are refused, each named. A few are
 * outside what a schema declares at all, and dibs never creates, changes or drops them, so they are
 * only warned about: objects of the whole database (an event trigger, a publication, a language,
 * … noted under schema {@code *}), privileges, tablespaces, schemas' comments, and the physical
 * options dibs writes no clause for ({@link #PHYSICAL}).
 */
final class NotImported {

    /** Kinds dibs leaves alone on every database, whatever the project says. */
    private static final Set<String> LEFT_ALONE = Set.of("privileges", "tablespace", "schema comment", "security label");

    /**
     * Kinds of what a table, sequence or index has beside its definition, which dibs writes no clause
     * for and the planner or replication reads (a replica identity, an access method, CLUSTER ON, an
     * unlogged sequence, an index column's statistics target): warned about, as a tablespace is.
     */
    private static final Set<String> PHYSICAL = Set.of("table option", "sequence option", "index statistics");

    private static final int SHOWN_DETAIL = 160;

    private NotImported() {
    }

    /** Whether the note is only warned about; otherwise the import is refused. */
    static boolean warnedOnly(NotManaged note) {
        return "*".equals(note.schema()) || LEFT_ALONE.contains(note.kind()) || PHYSICAL.contains(note.kind());
    }

    /** The warning for a note {@link #warnedOnly} accepts. */
    static String warning(NotManaged note) {
        String why = note.kind().equals("privileges") ? "dibs does not manage privileges: they stay as they are here, and"
                + " a database built from the project has only the defaults"
                : note.kind().equals("tablespace") ? "dibs writes no TABLESPACE clause: a database built from the project"
                + " keeps it in the default tablespace"
                : note.kind().equals("schema comment") ? "dibs does not declare a schema's comment: it stays as it is here,"
                + " and a database built from the project has none"
                : note.kind().equals("security label") ? "dibs does not manage security labels: they stay as they are here, and"
                + " a database built from the project has none"
                : PHYSICAL.contains(note.kind()) ? "dibs writes no clause for it: it stays as it is here, and a database built"
                + " from the project has the default; set it there by hand if it needs it"
                : "it belongs to the whole database, not to a managed schema: dibs neither declares nor drops it";
        return "not imported: " + shown(note) + " (" + why + ").";
    }

    /** The line naming a refused note's object, and what PostgreSQL says it is. */
    static String refused(NotManaged note) {
        String article = "aeiou".indexOf(note.kind().charAt(0)) >= 0 ? "an " : "a ";
        if (note.kind().equals("not-null constraint")) { // NOT VALID (18): rows may hold NULL, new ones may not
            return shown(note) + " — dibs cannot declare a NOT NULL that is NOT VALID: validate it first (ALTER TABLE … VALIDATE"
                    + " CONSTRAINT, once no row holds NULL) or drop it, then import again.";
        }
        return shown(note) + " — dibs cannot declare " + article + note.kind() + ".";
    }

    /**
     * The foreign keys of managed tables that are {@code MATCH FULL}: the model holds a foreign key
     * as {@code MATCH SIMPLE}, so {@code @References} and {@code @ForeignKey} would quietly build
     * another key. The catalog's own word for it is in the fingerprints (constraints.sql).
     */
    static List<String> matchFull(Fingerprints prints) {
        List<String> out = new ArrayList<>();
        prints.constraints().entrySet().stream().filter(e -> "f".equals(e.getValue().matchType()))
                .sorted(Comparator.comparing(e -> e.getKey().toString()))
                .forEach(e -> out.add(refused(new NotManaged("foreign key option", e.getKey().table().schema(),
                        e.getKey().table().name() + "." + e.getKey().name(), "MATCH FULL (drop the key and add it again"
                        + " without it: MATCH SIMPLE is all @References and @ForeignKey declare)"))));
        return out;
    }

    private static String shown(NotManaged note) {
        String detail = note.detail() == null ? "" : note.detail().replaceAll("\\s+", " ").strip();
        if (detail.length() > SHOWN_DETAIL) {
            detail = detail.substring(0, SHOWN_DETAIL - 3) + "...";
        }
        return Printable.escape(note.kind() + " " + note.schema() + "." + note.name() + (detail.isEmpty() ? "" : ": " + detail));
    }
}
