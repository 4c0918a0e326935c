package dev.dibs.engine.ops;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.DibsException;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.load.IntentLoader;
import java.util.List;

/**
 * Refuses to apply a plan that drops tables when the Java schema has no table at all. An empty
 * Java schema is valid for a diff (everything in the database then shows as not wanted), but it
 * is far more often a misspelt {@code packages} than a wish to empty the database, and applying
 * it would drop every table even with {@code DELETES_DATA} allowed for an ordinary change.
 */
public final class EmptySchemaGuard {

    private EmptySchemaGuard() {
    }

    /**
     * @param report   the comparison of the database with the Java schema
     * @param packages the packages the schema was scanned from (empty: all)
     * @throws DibsException naming the packages and the tables the plan would drop
     */
    public static void check(DriftReport report, List<String> packages) {
        if (!report.desired().tables().isEmpty()) {
            return;
        }
        List<String> dropped = report.plan().changes().stream()
                .filter(SchemaChange.DropTable.class::isInstance)
                .map(c -> Printable.escape(((SchemaChange.DropTable) c).table().name().toString())) // a database's name, made by anyone
                .toList();
        if (dropped.isEmpty()) {
            return;
        }
        String some = String.join(", ", dropped.subList(0, Math.min(5, dropped.size())))
                + (dropped.size() > 5 ? " and " + (dropped.size() - 5) + " more" : "");
        throw new DibsException("Refused to apply the plan; nothing was applied: " + IntentLoader.noTableClassesFound(packages)
                + ", so the plan would drop every table (" + some + "). Check that the packages parameter (dibs.packages) "
                + "names the packages of your @Table classes and that the project is compiled; to empty the database on "
                + "purpose, drop the tables yourself.");
    }
}
