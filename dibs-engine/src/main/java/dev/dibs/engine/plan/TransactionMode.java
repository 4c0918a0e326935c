package dev.dibs.engine.plan;

/** How a statement may run relative to the plan's transaction. */
public enum TransactionMode {
    /** Inside the plan's single transaction (almost everything). */
    IN_TRANSACTION,
    /**
     * Committed before the plan's transaction starts: {@code ALTER TYPE … ADD VALUE}, because a
     * label added in a transaction cannot be used in it ("unsafe use of new value"), and the rest
     * of the plan may use it. Harmless on its own if the rest fails.
     */
    BEFORE_TRANSACTION,
    /**
     * {@code CREATE INDEX CONCURRENTLY} under a temporary name, before the plan's transaction (after
     * the enum labels), each on its own: an index that replaces one of the same name, a unique index
     * the transaction needs (a foreign key references it, or the table loses another uniqueness), or
     * the index of a unique constraint or primary key added to an existing table. The transaction
     * then gives it its name ({@code ALTER INDEX … RENAME}, {@code ADD CONSTRAINT … USING INDEX}) where
     * it would have built it, so the table is never without the index and no lock is held while the
     * rows are read. Only for an index the database as it is can build (its columns untouched by the
     * plan: {@link dev.dibs.engine.render.ConcurrentBuilds}). If it fails, nothing else of the plan
     * runs and PostgreSQL leaves it {@code INVALID}: the next plan drops it; if the transaction fails
     * after it, it stays, unused, and the next plan drops it.
     */
    BUILT_BEFORE_TRANSACTION,
    /**
     * Cannot run in a transaction at all: {@code CREATE INDEX CONCURRENTLY} of an index on an existing
     * table (with the index's comment), run once the plan's transaction has committed — the columns
     * it indexes may be the plan's — each on its own, before the validations. Its lock (SHARE UPDATE
     * EXCLUSIVE) lets reads and writes go on while it reads the rows. If it fails, PostgreSQL leaves
     * the index {@code INVALID} (unused by queries): the next plan drops it and builds it again.
     */
    OUTSIDE_TRANSACTION,
    /**
     * Run after the plan's transaction commits, each on its own: {@code ALTER TABLE … VALIDATE
     * CONSTRAINT} of a constraint the plan added {@code NOT VALID} (or found so). Its lock (SHARE
     * UPDATE EXCLUSIVE) lets reads and writes go on while it reads every row — but only in a
     * transaction of its own: after {@code ADD CONSTRAINT} in the same one, that statement's lock
     * (ACCESS EXCLUSIVE for a check, SHARE ROW EXCLUSIVE for a key) would be held through the scan.
     * If it fails, the constraint stays {@code NOT VALID}: new rows are checked, old ones are not.
     */
    AFTER_TRANSACTION,
    /**
     * Run once the validations have committed, all in one last transaction: {@code ALTER COLUMN … SET
     * NOT NULL} of an existing column, which reads no row once a validated {@code CHECK (c IS NOT
     * NULL)} proves none holds NULL (the plan adds that check {@code NOT VALID} in its transaction
     * and validates it after), then the drop of that check. Both take ACCESS EXCLUSIVE, for a moment.
     * If the validation failed, this does not run: the column stays nullable.
     */
    AFTER_VALIDATIONS
}
