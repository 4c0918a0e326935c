package dev.dibs.engine.peer;

/**
 * One entry of a pg_dump script: its TOC type ({@code TABLE}, {@code FK CONSTRAINT}, {@code ACL}, …),
 * schema ({@code -} for none), name as pg_dump prints it ({@code accounts accounts_pkey} for a
 * constraint) and its SQL without comments and blank lines.
 */
record DumpEntry(String type, String schema, String name, String sql) {

    String key() {
        return type + " " + schema + "." + name;
    }

    /** For constraints, defaults, triggers, policies and rules: the table, the first word of the name. */
    String tableOfName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
