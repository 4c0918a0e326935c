package dev.dibs.engine.model;

/** When a constraint is checked. */
public enum Deferrability {
    NOT_DEFERRABLE,
    /** {@code DEFERRABLE INITIALLY IMMEDIATE}. */
    INITIALLY_IMMEDIATE,
    /** {@code DEFERRABLE INITIALLY DEFERRED}. */
    INITIALLY_DEFERRED
}
