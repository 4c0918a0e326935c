package dev.dibs.engine.migrate;

/**
 * The kinds of object dibs keeps a row for in its {@code __dibs_*} tables: which migration created
 * and last changed each one, and where the Java schema declares it. A new kind is a constant here
 * and its {@code upsert-<kind>.sql}, not another string compared in code.
 */
enum MetadataKind {
    TABLE("table"),
    COLUMN("column"),
    INDEX("index");

    /** The name the catalog queries ({@code record-transactional.sql}, {@code fingerprints.sql}) give the kind. */
    final String label;

    MetadataKind(String label) {
        this.label = label;
    }

    /** The kind a catalog query named; a name no constant has is a bug between the query and this enum. */
    static MetadataKind of(String label) {
        for (MetadataKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalStateException("a metadata query returned the unknown object kind \"" + label + "\"");
    }

    /** The resource holding this kind's insert-or-update of its created_by and modified_by. */
    String upsertResource() {
        return "upsert-" + label;
    }

    /** The resource recording where the Java schema declares an object of this kind (tables and columns only). */
    String sourcesResource() {
        if (this == INDEX) {
            throw new IllegalStateException("dibs keeps no declaration site for indexes");
        }
        return "sources-" + label;
    }

    /** Whether its key has an object name besides schema and table (a table's own name is the table's). */
    boolean hasOwnName() {
        return this != TABLE;
    }
}
