package dev.dibs.engine.render;

import java.util.Set;

/**
 * The columns ({@code schema.table.column}, desired names) that indexes the database has and the
 * plan keeps depend on, for what a retype without a rewrite costs ({@link IndexRebuilds}).
 *
 * @param rebuiltOnAnyRetype columns an index's or exclusion constraint's expression or predicate reads,
 *                         and every column an index, key, unique or exclusion constraint of a partitioned
 *                         table uses: PostgreSQL builds such an index again on any retype of them
 * @param keys             columns that are a key column of an index, primary key, unique or exclusion
 *                         constraint: PostgreSQL builds such an index again when the retype changes the
 *                         column's operator class, or its type under a polymorphic one
 * @param otherMethodKeys  columns that are a key column of an index of another method than btree
 *                         (GIN, hash, …): PostgreSQL builds such an index on an array again when the
 *                         elements' length or precision changes ({@code varchar(20)[]} to {@code varchar[]})
 */
public record IndexedColumns(Set<String> rebuiltOnAnyRetype, Set<String> keys, Set<String> otherMethodKeys) {

    public static final IndexedColumns NONE = new IndexedColumns(Set.of(), Set.of(), Set.of());

    public IndexedColumns {
        rebuiltOnAnyRetype = Set.copyOf(rebuiltOnAnyRetype);
        keys = Set.copyOf(keys);
        otherMethodKeys = Set.copyOf(otherMethodKeys);
    }
}
