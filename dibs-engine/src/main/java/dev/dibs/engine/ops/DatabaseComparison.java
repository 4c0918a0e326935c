package dev.dibs.engine.ops;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.Planner;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.render.PlanOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Database against database ("is production what staging is?"): the reference database, inspected,
 * is the desired state. Both sides come from PostgreSQL, so no canonicalisation step is needed;
 * when the two servers differ in major version, the report says so.
 */
public final class DatabaseComparison {

    private DatabaseComparison() {
    }

    public static DriftReport compare(ConnectionInfo target, ConnectionInfo reference, List<String> schemas, PlanOptions options) {
        Inspection current = inspect(target, schemas);
        Inspection desired = inspect(reference, schemas);
        List<String> warnings = new ArrayList<>();
        if (current.majorVersion() != desired.majorVersion()) {
            warnings.add("The database runs PostgreSQL " + current.majorVersion() + " and the reference PostgreSQL "
                    + desired.majorVersion() + ": expressions the two versions print differently would show as changes.");
        }
        Plan plan = Planner.plan(current.schema(), desired.schema(), RenameHints.none(), options);
        List<NotManaged> notes = new ArrayList<>(current.notManaged());
        for (NotManaged n : desired.notManaged()) {
            if (!current.notManaged().contains(n)) {
                notes.add(new NotManaged(n.kind(), n.schema(), n.name(), "only in the reference"
                        + (n.detail() == null ? "" : ": " + n.detail())));
            }
        }
        return new DriftReport(target.describe(), "the reference database " + reference.describe(), plan, desired.schema(), notes, warnings);
    }

    private static Inspection inspect(ConnectionInfo db, List<String> schemas) {
        try (Connection c = db.open()) {
            return Inspector.inspect(c, schemas);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + db.describe() + ": " + e.getMessage(), e);
        }
    }
}
