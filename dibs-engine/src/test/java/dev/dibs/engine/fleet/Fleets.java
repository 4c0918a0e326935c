package dev.dibs.engine.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.render.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A fleet for tests: databases spread over servers, the schema's migrations before and after it evolves, and the checks. */
final class Fleets {

    /** Every migration logs itself (id and tenant) into migration_runs: a migration run twice shows twice there. */
    static final String[] V1 = {
        migration("001_runs", "Runs", "CREATE TABLE migration_runs (id text NOT NULL, tenant text NOT NULL)"),
        migration("002_accounts", "Accounts", "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL)"),
    };

    static final String[] V2 = {
        V1[0], V1[1],
        migration("003_email", "Email", "ALTER TABLE accounts ADD COLUMN email text"),
        migration("004_invoices", "Invoices", "CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts)"),
    };

    private Fleets() {
    }

    static String migration(String id, String className, String sql) {
        return """
                /** Migration %1$s. */
                @Migration("%1$s")
                public final class %2$s implements DibsMigration {
                    @Override
                    public void migrate(MigrationContext ctx) throws Exception {
                        ctx.execute("%3$s");
                        ctx.execute("INSERT INTO migration_runs (id, tenant) VALUES (?, ?)", "%1$s", ctx.tenant().orElse("-"));
                    }
                }
                """.formatted(id, className, sql);
    }

    /** The project's migrations compiled into {@code dir}, as a runner to copy to each target. */
    static MigrationRunner runner(Path dir, String... migrations) {
        List<Path> cp = TestSchemas.compile(dir, migrations);
        return MigrationRunner.builder().database(ConnectionInfo.of("jdbc:postgresql://localhost/none")).classpath(cp)
                .packages(List.of("e")).lockWait(Duration.ofMinutes(2)).build();
    }

    /** {@code count} new databases, spread round-robin over the servers. */
    static List<FleetTarget> databases(List<PostgresServer> servers, int count) {
        List<FleetTarget> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ConnectionInfo db = servers.get(i % servers.size()).createDatabase("fleet");
            targets.add(new FleetTarget(db, null, "test target " + (i + 1)));
        }
        return targets;
    }

    /** The ids in the target's {@code __dibs_migrations}, and each migration's side effect exactly once, with its tenant. */
    static void assertAppliedOnce(FleetTarget target, String... ids) throws SQLException {
        String schema = Sql.name(target.tenant() == null ? "public" : target.tenant());
        try (Connection c = target.database().open(); Statement s = c.createStatement()) {
            assertThat(strings(s, "SELECT id FROM " + schema + ".__dibs_migrations ORDER BY id")).as(target.name()).containsExactly(ids);
            assertThat(strings(s, "SELECT id || ' by ' || tenant FROM " + schema + ".migration_runs ORDER BY id"))
                    .as(target.name() + ": each migration ran once, told its tenant")
                    .containsExactly(java.util.Arrays.stream(ids).map(id -> id + " by " + (target.tenant() == null ? "-" : target.tenant()))
                            .toArray(String[]::new));
        }
    }

    static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static FleetOptions options(int parallelism, int canary, FleetOptions.Failure failure) {
        return new FleetOptions(parallelism, canary, failure, Duration.ofSeconds(1));
    }
}
