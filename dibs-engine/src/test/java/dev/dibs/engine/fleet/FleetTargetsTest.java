package dev.dibs.engine.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a fleet's targets come from, and every mistake in them said once, without a password. */
@WithPostgres
class FleetTargetsTest {

    @TempDir
    Path project;

    @Test
    void readsAFileOfUrlsWithServerIdsAndRefusesWhatItCannotRead() throws Exception {
        Path file = project.resolve("fleet.txt");
        Files.writeString(file, """
                # shops
                jdbc:postgresql://db1:5432/shop_1

                jdbc:postgresql://db2:5432/shop_2 serverId=db2
                """);
        assertThat(FleetTargets.fromFile(file, project)).containsExactly(
                new FleetTargets.Listed("jdbc:postgresql://db1:5432/shop_1", null, "targetsFile fleet.txt line 2"),
                new FleetTargets.Listed("jdbc:postgresql://db2:5432/shop_2", "db2", "targetsFile fleet.txt line 4"));

        Files.writeString(file, "jdbc:postgresql://db1/shop?password=hunter2 extra\n");
        assertThatThrownBy(() -> FleetTargets.fromFile(file, project)).isInstanceOf(DibsException.class)
                .hasMessageContaining("targetsFile fleet.txt line 1: word 2 (after the URL) is not understood").hasMessageNotContaining("hunter2");
        // a password written as a word of its own, after a space, or holding spaces: no word of it is quoted
        Files.writeString(file, "jdbc:postgresql://db1/shop?user=app password=hunter2\n");
        assertThatThrownBy(() -> FleetTargets.fromFile(file, project)).isInstanceOf(DibsException.class)
                .hasMessageContaining("word 2 (after the URL) is not understood").hasMessageNotContaining("hunter2");
        Files.writeString(file, "jdbc:postgresql://db1/shop?user=app&password=correct horse battery\n");
        assertThatThrownBy(() -> FleetTargets.fromFile(file, project)).hasMessageNotContaining("horse");
        // a password holding ? before the host: it is user information, hidden whole, not a parameter named after it
        Files.writeString(file, "jdbc:postgresql://app:Tgt?Secret9@localhost:5599/shop\n");
        assertThatThrownBy(() -> FleetTargets.fromFile(file, project)).hasMessageContaining("has a user or password before the host")
                .hasMessageNotContaining("Secret9").hasMessageNotContaining("Tgt");
        Files.writeString(file, "mysql://db1/shop?password=hunter2\n");
        assertThatThrownBy(() -> FleetTargets.fromFile(file, project)).hasMessageContaining("is not a PostgreSQL JDBC URL")
                .hasMessageNotContaining("hunter2");
        Path outside = Files.createTempFile("fleet", ".txt");
        try {
            assertThatThrownBy(() -> FleetTargets.fromFile(outside, project)).hasMessageContaining("is outside the project");
        } finally {
            Files.delete(outside);
        }
        assertThatThrownBy(() -> FleetTargets.fromFile(project.resolve("missing.txt"), project)).hasMessageContaining("does not exist");
    }

    @Test
    void aQueryListsTargetsReadOnly(TestDatabase db) throws Exception {
        db.execute("""
                CREATE TABLE customers (name text, url text, server_id text);
                INSERT INTO customers VALUES ('a', 'jdbc:postgresql://db1/a', null), ('b', 'jdbc:postgresql://db2/b', 'db2');
                """);
        assertThat(FleetTargets.fromQuery(db.info(), "SELECT name, url FROM customers ORDER BY name")).extracting(
                FleetTargets.Listed::url, FleetTargets.Listed::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("jdbc:postgresql://db1/a", "targetsQuery row 1"),
                org.assertj.core.groups.Tuple.tuple("jdbc:postgresql://db2/b", "targetsQuery row 2"));
        assertThatThrownBy(() -> FleetTargets.fromQuery(db.info(), "SELECT url, server_id FROM customers"))
                .hasMessageContaining("may not choose settings.xml credentials");
        db.execute("INSERT INTO customers VALUES ('c', 'jdbc:postgresql://evil/c?sslmode=disable&sslfactory=x', null)");
        assertThatThrownBy(() -> FleetTargets.fromQuery(db.info(), "SELECT url FROM customers ORDER BY name"))
                .hasMessageContaining("targetsQuery row 3: the parameter sslmode=disable is not accepted");
        db.execute("DELETE FROM customers WHERE name = 'c'");
        assertThatThrownBy(() -> FleetTargets.fromQuery(db.info(), "DELETE FROM customers RETURNING url"))
                .hasMessageContaining("targetsQuery failed").hasMessageContaining("read-only");
        assertThat(db.queryString("SELECT count(*) FROM customers")).isEqualTo("2");
        assertThatThrownBy(() -> FleetTargets.fromList(List.of("jdbc:postgresql://db1/a?socketFactory=com.evil.F")))
                .hasMessageContaining("targets item 1: the parameter socketFactory is not accepted");
        assertThatThrownBy(() -> FleetTargets.fromList(List.of("jdbc:postgresql://u:hunter2@db1/a")))
                .hasMessageContaining("has a user or password before the host").hasMessageNotContaining("hunter2");
        assertThat(FleetTargets.fromList(List.of("jdbc:postgresql://db1/a?sslmode=verify-full&user=x&password=y"))).hasSize(1);
    }

    @Test
    void tenantGlobsMatchLiterallyExceptTheirWildcards(TestDatabase db) throws Exception {
        db.execute("CREATE SCHEMA tenant_1; CREATE SCHEMA tenant_2; CREATE SCHEMA tenantx3; CREATE SCHEMA \"ten%ant\";");
        assertThat(FleetTargets.tenantSchemas(db.info(), List.of("tenant_*"), List.of())).containsExactly("tenant_1", "tenant_2");
        assertThat(FleetTargets.tenantSchemas(db.info(), List.of("tenant?3"), List.of())).containsExactly("tenantx3");
        assertThat(FleetTargets.tenantSchemas(db.info(), List.of("tenant_1", "tenant_*"), List.of())).containsExactly("tenant_1", "tenant_2");
        assertThatThrownBy(() -> FleetTargets.tenantSchemas(db.info(), List.of("ten%ant"), List.of()))
                .hasMessageContaining("is not a schema name or glob");
        assertThatThrownBy(() -> FleetTargets.tenantSchemas(db.info(), List.of("nobody_*"), List.of()))
                .hasMessageContaining("matches no schema");
        assertThatThrownBy(() -> FleetTargets.tenantSchemas(db.info(), List.of("*"), List.of("public")))
                .hasMessageContaining("matches public, which schemas also lists");
        assertThat(FleetTargets.like("a_b%c*d?")).isEqualTo("a\\_b\\%c%d_");
    }

    @Test
    void aFleetListingATargetTwiceIsRefused() {
        FleetTarget t = new FleetTarget(dev.dibs.engine.postgres.ConnectionInfo.of("jdbc:postgresql://db1/a"), null, "targets item 1");
        assertThatThrownBy(() -> FleetRun.run("migrate", List.of(t, new FleetTarget(t.database(), null, "targets item 2")),
                FleetOptions.defaults(), FleetListener.NONE, x -> null)).hasMessageContaining("lists targets twice: db1:5432/a (again in targets item 2)");
        assertThatThrownBy(() -> FleetRun.run("migrate", List.of(), FleetOptions.defaults(), FleetListener.NONE, x -> null))
                .hasMessageContaining("The fleet has no targets");
    }
}
