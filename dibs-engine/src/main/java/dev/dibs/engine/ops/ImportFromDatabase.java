package dev.dibs.engine.ops;

import dev.dibs.engine.importer.DatabaseImport;
import dev.dibs.engine.importer.ImportResult;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.naming.ManagedSchemas;
import dev.dibs.engine.postgres.ConnectionInfo;
import java.util.List;

/** {@code dibs:import}'s engine side: inspect the database, then import what it holds ({@link DatabaseImport}). */
public final class ImportFromDatabase {

    private ImportFromDatabase() {
    }

    /** The files to write for {@code schemas} of {@code database}, with records and enums in {@code javaPackage}. */
    public static ImportResult run(ConnectionInfo database, List<String> schemas, String javaPackage) {
        Inspection inspection = Inspector.inspect(database, ManagedSchemas.checked(schemas));
        return DatabaseImport.of(inspection, javaPackage, database.describe());
    }
}
