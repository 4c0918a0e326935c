package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.sql.Connection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The watch the plan cases and the plan property check hazards with catches what it is there to
 * catch: each statement below says one hazard wrong (or says it right) and runs on real PostgreSQL.
 */
class HazardWatchTest {

    private static PostgresServer server;

    @BeforeAll
    static void start() {
        server = PostgresServers.fromEnvironment();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Statement said(String sql, Set<Hazard> hazards, String table) {
        Statement s = new Statement(sql, null, hazards.isEmpty() ? EnumSet.noneOf(Hazard.class) : EnumSet.copyOf(hazards),
                TransactionMode.IN_TRANSACTION);
        return table == null ? s : s.withTarget(StatementTarget.table(new QualifiedName("public", table)));
    }

    private static List<String> watch(Statement... statements) throws Exception {
        ConnectionInfo db = server.createDatabase("watch");
        try (Connection c = db.open()) {
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE a (id int PRIMARY KEY, n int); CREATE TABLE b (id int PRIMARY KEY, n int);"
                        + " INSERT INTO a VALUES (1, 1); INSERT INTO b VALUES (1, 1)");
            }
            return HazardWatch.apply(c, new Plan(List.of(), List.of(statements), List.of()), null, List.of("public"));
        } finally {
            server.dropDatabase(db);
        }
    }

    @Test
    void statementsSayingWhatPostgresDidPass() throws Exception {
        assertThat(watch(
                said("ALTER TABLE a ADD COLUMN x int", Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK), "a"),
                said("ALTER TABLE b ALTER COLUMN n TYPE bigint", Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK, Hazard.REWRITES_TABLE), "b"),
                said("CREATE INDEX a_n ON a (n)", Set.of(Hazard.INDEX_BUILD), null),
                said("COMMENT ON TABLE b IS 'b'", Set.of(), "b")))
                .isEmpty();
    }

    @Test
    void aLockTakenButNotSaidIsCaught() throws Exception {
        assertThat(watch(said("ALTER TABLE a ADD COLUMN x int", Set.of(), "a")))
                .singleElement().asString().contains("ALTER TABLE a ADD COLUMN x int", "ACCESS EXCLUSIVE locks taken");
    }

    @Test
    void aLockSaidButNotTakenIsCaughtAlsoAfterAnotherLock() throws Exception {
        // the transaction already holds a lock on a: b's statement takes none, and its target says which table to look at
        assertThat(watch(
                said("ALTER TABLE a ADD COLUMN x int", Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK), "a"),
                said("COMMENT ON TABLE b IS 'b'", Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK), "b")))
                .singleElement().asString().startsWith("COMMENT ON TABLE b IS 'b'");
        // a lock said again on a table the transaction holds is not wrong
        assertThat(watch(
                said("ALTER TABLE a ADD COLUMN x int", Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK), "a"),
                said("ALTER TABLE a ADD COLUMN y int", Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK), "a")))
                .isEmpty();
    }

    @Test
    void aRewriteSaidOrNotIsCaughtBothWays() throws Exception {
        assertThat(watch(
                said("ALTER TABLE a ALTER COLUMN n TYPE bigint", Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK), "a"),
                said("ALTER TABLE b ADD COLUMN x int", Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK, Hazard.REWRITES_TABLE), "b")))
                // (the rewrite built a's primary key again too, and read a's rows, unsaid: two more lines)
                .hasSize(4)
                .contains("ALTER TABLE a ALTER COLUMN n TYPE bigint   -- [ACQUIRES_ACCESS_EXCLUSIVE_LOCK], rewrote a table",
                        "ALTER TABLE b ADD COLUMN x int   -- [REWRITES_TABLE, ACQUIRES_ACCESS_EXCLUSIVE_LOCK], rewrote no table");
    }

    @Test
    void anIndexBuildSaidOrNotIsCaughtBothWays() throws Exception {
        assertThat(watch(
                said("CREATE INDEX a_n ON a (n)", Set.of(), null),
                said("COMMENT ON TABLE b IS 'b'", Set.of(Hazard.INDEX_BUILD), "b")))
                .hasSize(3) // (the build read a's rows, unsaid: a third line)
                .anySatisfy(w -> assertThat(w).startsWith("CREATE INDEX a_n ON a (n)").contains("indexes built: [", "a_n"))
                .anySatisfy(w -> assertThat(w).startsWith("COMMENT ON TABLE b IS 'b'").contains("indexes built: []"));
    }

    @Test
    void rowsReadToCheckThemSaidOrNotAreCaughtBothWays() throws Exception {
        // SET NOT NULL reads a's rows unsaid; a check added NOT VALID says it validates, and reads nothing
        assertThat(watch(
                said("ALTER TABLE a ALTER COLUMN n SET NOT NULL", Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK), "a"),
                said("ALTER TABLE b ADD CONSTRAINT b_n CHECK (n > 0) NOT VALID",
                        Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK, Hazard.VALIDATES_EXISTING_ROWS), "b")))
                .hasSize(2)
                .anySatisfy(w -> assertThat(w).startsWith("ALTER TABLE a ALTER COLUMN n SET NOT NULL").contains("read the rows of tables: ["))
                .anySatisfy(w -> assertThat(w).startsWith("ALTER TABLE b ADD CONSTRAINT b_n").endsWith("read the rows of no table"));
        // said right: the validation reads b's rows, after a statement that read a's
        assertThat(watch(
                said("ALTER TABLE a ALTER COLUMN n SET NOT NULL",
                        Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK, Hazard.VALIDATES_EXISTING_ROWS), "a"),
                said("ALTER TABLE b ADD CONSTRAINT b_n CHECK (n > 0) NOT VALID", Set.of(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK), "b"),
                said("ALTER TABLE b VALIDATE CONSTRAINT b_n", Set.of(Hazard.VALIDATES_EXISTING_ROWS), null)))
                .isEmpty();
    }
}
