package dev.dibs.engine.postgres;

/**
 * What a PostgreSQL major version can do: the one place dibs decides by version, so that the
 * catalog queries, the canonical check and the foretold refusals agree.
 *
 * @param major e.g. 17
 */
public record PgVersion(int major) {

    /** The first major with virtual generated columns, {@code NOT ENFORCED} constraints and temporal keys. */
    public static final int V18 = 18;

    /** From {@code server_version_num}, e.g. 170007. */
    public static PgVersion fromVersionNum(int versionNum) {
        return new PgVersion(versionNum / 10000);
    }

    /** {@code NULLS NOT DISTINCT} on unique indexes and constraints ({@code pg_index.indnullsnotdistinct}). */
    public boolean hasNullsNotDistinct() {
        return major >= 15;
    }

    /** {@code GENERATED ALWAYS AS (…) VIRTUAL} columns. */
    public boolean hasVirtualColumns() {
        return major >= V18;
    }

    /** {@code NOT ENFORCED} checks and foreign keys ({@code pg_constraint.conenforced}). */
    public boolean hasNotEnforcedConstraints() {
        return major >= V18;
    }

    /** {@code NOT NULL} constraints in {@code pg_constraint} (contype {@code n}), which may be {@code NOT VALID}. */
    public boolean hasNotNullConstraints() {
        return major >= V18;
    }

    /** {@code WITHOUT OVERLAPS} keys and {@code PERIOD} foreign keys ({@code pg_constraint.conperiod}). */
    public boolean hasTemporalConstraints() {
        return major >= V18;
    }

    /**
     * The column of {@code pg_collation} holding an ICU (or, from 17, builtin) collation's locale:
     * {@code colliculocale} on 15 and 16, {@code colllocale} from 17; 14 has none (its ICU locale is
     * {@code collcollate}).
     */
    public String collationLocaleColumn() {
        return major >= 17 ? "colllocale" : major >= 15 ? "colliculocale" : null;
    }

    /** ICU tailoring rules of a collation ({@code pg_collation.collicurules}, {@code CREATE COLLATION … RULES}): 16 on. */
    public boolean hasCollationRules() {
        return major >= 16;
    }

    /**
     * {@code NOT VALID} foreign keys on partitioned tables (before 18: "not yet supported"), so one added
     * to an existing partitioned table can be validated in a second statement (the renderer, which does
     * not import this package, asks {@code RenderContext.notValidForeignKeysOnPartitionedTables}).
     */
    public boolean hasNotValidForeignKeysOnPartitionedTables() {
        return major >= V18;
    }

    /** Exclusion constraints on partitioned tables (holding the partition key, compared by equality). */
    public boolean hasExclusionConstraintsOnPartitionedTables() {
        return major >= 17;
    }

    /** {@code ON DELETE SET NULL (columns)} on foreign keys ({@code pg_constraint.confdelsetcols}). */
    public boolean hasForeignKeySetColumns() {
        return major >= 15;
    }

    /** Column lists and row filters of publications ({@code pg_publication_tables.attnames}, {@code rowfilter}). */
    public boolean hasPublicationFilters() {
        return major >= 15;
    }
}
