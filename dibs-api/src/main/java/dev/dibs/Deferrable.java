package dev.dibs;

/** When a foreign key, primary key or unique constraint is checked. */
public enum Deferrable {
    /** Checked at the end of each statement; cannot be deferred (the default). */
    NOT_DEFERRABLE,
    /** {@code DEFERRABLE INITIALLY IMMEDIATE}: checked per statement unless a transaction defers it. */
    IMMEDIATE,
    /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit. */
    DEFERRED
}
