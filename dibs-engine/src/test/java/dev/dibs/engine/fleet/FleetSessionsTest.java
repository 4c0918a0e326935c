package dev.dibs.engine.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The targets of one database share their sessions: tenant schemas worked on two at a time use two
 * server processes between them, not one per tenant (a new process's first catalog reads cost
 * several times a warm one's); a database's sessions are closed once its last target is done, and
 * none is left after the run.
 */
@WithPostgres
class FleetSessionsTest {

    private static int backend(FleetTarget target) throws SQLException {
        try (Connection c = target.database().open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_catalog.pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void tenantsOfOneDatabaseShareAsManySessionsAsRunAtOnce(TestDatabase db) throws Exception {
        List<FleetTarget> fleet = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            db.execute("CREATE SCHEMA tenant_" + i);
            fleet.add(new FleetTarget(db.info(), "tenant_" + i, "tenantSchemas"));
        }
        Set<Integer> backends = ConcurrentHashMap.newKeySet();

        FleetResult result = FleetRun.run("status", fleet, Fleets.options(2, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                target -> {
                    backends.add(backend(target));
                    backends.add(backend(target)); // twice in one target: the same session again
                    return new TargetOutcome.Result(null, 0, 0, 0, null, 0, "");
                });

        assertThat(result.failed()).isEmpty();
        assertThat(backends).hasSizeBetween(1, 2);
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void aDatabasesSessionsCloseOnceItsLastTargetIsDone(PostgresServer server) throws Exception {
        List<FleetTarget> databases = Fleets.databases(List.of(server), 3);
        List<FleetTarget> fleet = new ArrayList<>();
        for (FleetTarget d : databases) {
            try (Connection c = d.database().open(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b");
            }
            fleet.add(new FleetTarget(d.database(), "tenant_a", "tenantSchemas"));
            fleet.add(new FleetTarget(d.database(), "tenant_b", "tenantSchemas"));
        }
        try {
            Set<Integer> backends = ConcurrentHashMap.newKeySet();
            FleetResult result = FleetRun.run("status", fleet, Fleets.options(1, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                    target -> {
                        backends.add(backend(target));
                        int index = fleet.indexOf(target);
                        if (index % 2 == 0 && index > 0) { // one at a time: the database before this one is done
                            // fails this target (and so the test) while a session of that database is left open
                            new TestDatabase(fleet.get(index - 1).database()).assertNoDibsConnectionLeft();
                        }
                        return new TargetOutcome.Result(null, 0, 0, 0, null, 0, "");
                    });

            assertThat(result.failed()).isEmpty();
            assertThat(backends).as("one session per database, kept from its first tenant to its second").hasSize(3);
            for (FleetTarget t : databases) {
                new TestDatabase(t.database()).assertNoDibsConnectionLeft();
            }
        } finally {
            databases.forEach(t -> server.dropDatabase(t.database()));
        }
    }
}
