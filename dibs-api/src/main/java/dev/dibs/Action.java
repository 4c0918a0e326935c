package dev.dibs;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum Action {
    /** {@code NO ACTION}: the default; fails at the end of the statement (or transaction, when deferred). */
    NO_ACTION,
    /** {@code RESTRICT}: fails immediately, even when the key is deferrable. */
    RESTRICT,
    /** {@code CASCADE}: deletes or updates the referencing rows too. */
    CASCADE,
    /** {@code SET NULL}: sets the referencing columns to null. */
    SET_NULL,
    /** {@code SET DEFAULT}: sets the referencing columns to their defaults. */
    SET_DEFAULT
}
