package dev.dibs.engine.ops;

import dev.dibs.engine.importer.DatabaseImport;
import dev.dibs.engine.importer.ImportResult;
import dev.dibs.engine.importer.OutsideUse;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.InspectionException;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.naming.ManagedSchemas;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.SqlResources;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dibs:import}'s engine side: inspect the database, read what its managed objects use in
 * other schemas, then import what it holds ({@link DatabaseImport}).
 */
public final class ImportFromDatabase {

    private ImportFromDatabase() {
    }

    /** The files to write for {@code schemas} of {@code database}, with records and enums in {@code javaPackage}. */
    public static ImportResult run(ConnectionInfo database, List<String> schemas, String javaPackage) {
        List<String> checked = ManagedSchemas.checked(schemas);
        Inspection inspection = Inspector.inspect(database, checked);
        return DatabaseImport.of(inspection, outsideUses(database, checked), javaPackage, database.describe());
    }

    /** What objects of {@code schemas} use in other schemas, neither PostgreSQL's nor an extension's (outside-uses.sql). */
    public static List<OutsideUse> outsideUses(ConnectionInfo database, List<String> schemas) {
        try (Connection c = database.connect();
             PreparedStatement ps = c.prepareStatement(SqlResources.load(ImportFromDatabase.class, "outside-uses"))) {
            Array names = c.createArrayOf("text", schemas.toArray());
            ps.setArray(1, names);
            ps.setArray(2, names);
            List<OutsideUse> uses = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uses.add(new OutsideUse(rs.getString("user_object"), rs.getString("used_object"), rs.getString("used_schema")));
                }
            }
            return uses;
        } catch (SQLException e) {
            throw new InspectionException("read what schemas " + schemas + " of " + database.describe() + " use in other schemas", e);
        }
    }
}
