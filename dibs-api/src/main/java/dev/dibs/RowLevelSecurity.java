package dev.dibs;

/** Row-level security of a table ({@link Table#rowLevelSecurity()}). */
public enum RowLevelSecurity {
    /** Off: every role with privileges on the table reads and writes all its rows. */
    DISABLED,
    /** {@code ENABLE ROW LEVEL SECURITY}: policies decide which rows a role sees, except for the table's owner and superusers. */
    ENABLED,
    /** {@code ENABLE} and {@code FORCE ROW LEVEL SECURITY}: the owner is subject to the policies too. */
    FORCED
}
