package dev.dibs.engine.importer;

import dev.dibs.engine.model.Schema;
import java.util.List;

/**
 * Placeholder on the import-sql branch so that {@link DatabaseImport} compiles: the records and
 * enums half of {@code dibs:import} is written on the import-java branch, which replaces this file.
 */
public final class RecordWriter {

    private RecordWriter() {
    }

    /** The Java records and enums for {@code schema}'s tables and enum types, under {@code src/main/java/<package>/}. */
    public static List<ImportedFile> write(Schema schema, String javaPackage, List<String> warnings) {
        throw new UnsupportedOperationException("records: h-import-java");
    }
}
