package dev.dibs.engine.load;

/**
 * One statement of a SQL file under {@code dibs/} that the {@link SqlFileClassifier} accepted as a
 * declaration of a kind dibs manages: its kind, the object it is about (as written, for messages),
 * its text exactly as in the file, and where it is ({@code dibs/functions.sql}, the line it starts on,
 * the jar or folder the file came from); and the name the object had before, when a
 * {@code -- dibs:renamed-from <name>} line comment before the statement says so (null otherwise).
 */
public record SqlDeclaration(Kind kind, String object, String sql, String file, int line, String origin, String renamedFrom) {

    /** A declaration without a rename hint. */
    public SqlDeclaration(Kind kind, String object, String sql, String file, int line, String origin) {
        this(kind, object, sql, file, line, origin, null);
    }

    /** What a declaration declares; the order of building in the scratch database follows from it. */
    public enum Kind {
        EXTENSION(true), COLLATION(true), SEQUENCE(true), DOMAIN(true), DOMAIN_CONSTRAINT(true), FUNCTION(true), PROCEDURE(true), OPERATOR(true),
        TRIGGER(false), COMMENT(false), SEQUENCE_OPTIONS(false), TRIGGER_STATE(false), VIEW(false), MATERIALIZED_VIEW(false),
        MATERIALIZED_VIEW_INDEX(false), VIEW_OPTIONS(false), POLICY(false);

        private final boolean beforeTables;

        Kind(boolean beforeTables) {
            this.beforeTables = beforeTables;
        }

        /**
         * Whether it is built before the Java tables: what a column's type, default or check may use
         * (extensions, collations, sequences, domains, functions, procedures, operators; one on a table's row type waits
         * for the tables). Triggers, comments,
         * {@code ALTER SEQUENCE … OWNED BY}, a trigger's enabled state and views need the tables, so come after.
         */
        public boolean beforeTables() {
            return beforeTables;
        }
    }

    /** {@code dibs/functions.sql line 12 (in schema-1.0.jar)}: where to look, for a message. */
    public String where() {
        return where(file, line, origin);
    }

    static String where(String file, int line, String origin) {
        return file + " line " + line + (origin == null || origin.isEmpty() ? "" : " (in " + origin + ")");
    }
}
