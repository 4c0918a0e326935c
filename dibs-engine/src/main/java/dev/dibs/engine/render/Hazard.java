package dev.dibs.engine.render;

/**
 * What a statement may do to a running database. The set is closed and depends on the statement
 * alone, never on the rows there happen to be today: the same plan must be judged the same way
 * before it meets production.
 */
public enum Hazard {
    /** Drops a table, a column or an enum label, or narrows a type: data can be lost. */
    DELETES_DATA,
    /** Rewrites every row (a type change that is not binary-compatible, a volatile default, …). */
    REWRITES_TABLE,
    /** Takes an ACCESS EXCLUSIVE lock: no reads or writes of the table until it commits. */
    ACQUIRES_ACCESS_EXCLUSIVE_LOCK,
    /** Checks every existing row (NOT NULL, CHECK, FOREIGN KEY, UNIQUE on an existing table); fails if one does not pass. */
    VALIDATES_EXISTING_ROWS,
    /** Builds an index on an existing table; without CONCURRENTLY it blocks writes meanwhile. */
    INDEX_BUILD
}
