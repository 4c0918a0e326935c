package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.inspect.NotManaged.Side;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What dibs does not manage is compared by definition: a note says on which side its object is and
 * whether the two definitions differ, where before a changed view body, an altered policy or a
 * revoked grant read the same as identical objects.
 */
@WithPostgres
class NoteSidesComparisonTest {

    @TempDir
    Path dir;

    /** Both databases: tables, an identical composite type and grant, and the function the cast uses. */
    private static final String COMMON = """
            CREATE TABLE t (id int PRIMARY KEY, a int);
            CREATE TABLE u (id int);
            ALTER TABLE t ENABLE ROW LEVEL SECURITY;
            GRANT SELECT ON u TO PUBLIC;
            CREATE TYPE pair AS (x int, y int);
            CREATE FUNCTION pair_sum(pair) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1.x + $1.y';
            """;

    @Test
    void notesOfTwoDatabasesSayTheirSideAndWhetherTheDefinitionsDiffer(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute(COMMON + """
                    CREATE TYPE changed_type AS (a int);
                    CREATE SCHEMA outside; CREATE TABLE outside.base (a int); -- a child of it is not managed
                    CREATE TABLE tc () INHERITS (outside.base);
                    CREATE POLICY p ON tc USING (a > 1);
                    GRANT SELECT ON t TO PUBLIC;
                    CREATE RULE u_keep AS ON DELETE TO u DO INSTEAD NOTHING;
                    CREATE TEXT SEARCH CONFIGURATION target_only (COPY = english);
                    """);
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute(COMMON + """
                        CREATE TYPE changed_type AS (a bigint);
                        CREATE SCHEMA outside; CREATE TABLE outside.base (a int);
                        CREATE TABLE tc () INHERITS (outside.base);
                        CREATE POLICY p ON tc USING (a > 2);
                        GRANT SELECT, UPDATE ON t TO PUBLIC;
                        CREATE CAST (pair AS int) WITH FUNCTION pair_sum(pair) AS ASSIGNMENT;
                        """);
            }

            DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());

            assertThat(report.plan().isEmpty()).as("only what dibs does not manage differs").isTrue();
            assertThat(note(report, "privileges", "u").side()).isEqualTo(Side.IDENTICAL);
            assertThat(note(report, "composite type", "pair").side()).isEqualTo(Side.IDENTICAL);
            // (views are managed now: a changed view is a change of the plan, no note)
            assertThat(report.describe(note(report, "composite type", "changed_type")))
                    .startsWith("composite type public.changed_type: in both, definitions differ:").contains("a integer", "a bigint");
            // (the policies of managed tables are managed now, a managed inheritance child's too: this one's parent is not managed)
            assertThat(report.describe(note(report, "policy", "tc.p"))).startsWith("policy public.tc.p: in both, definitions differ:")
                    .contains("USING ((a > 1))", "USING ((a > 2))");
            NotManaged grants = note(report, "privileges", "t");
            assertThat(grants.side()).isEqualTo(Side.DIFFERENT);
            assertThat(grants.detail()).isEqualTo("granted PUBLIC: SELECT");
            assertThat(grants.desiredDetail()).isEqualTo("granted PUBLIC: SELECT, UPDATE");
            assertThat(report.describe(note(report, "rule", "u.u_keep")))
                    .startsWith("rule public.u.u_keep: only in the database: CREATE RULE u_keep AS");
            assertThat(report.describe(note(report, "text search configuration", "target_only")))
                    .startsWith("text search configuration public.target_only: only in the database: PARSER = pg_catalog.\"default\";");
            assertThat(report.describe(note(report, "cast", "(public.pair AS integer)"))).isEqualTo("cast public.(public.pair AS integer):"
                    + " only in the reference: WITH FUNCTION public.pair_sum(public.pair) AS ASSIGNMENT");
            // (operators are managed now: the reference's own would be a change of the plan, no note)
            assertThat(report.differingNotes()).extracting(NotManaged::name)
                    .containsExactlyInAnyOrder("changed_type", "tc.p", "t");
        } finally {
            server.dropDatabase(reference);
        }
    }

    /** The Java schema as desired state: what only the database has says so, never silence. */
    @Test
    void againstTheJavaSchemaTheDatabasesNotesAreOnlyInTheDatabase(TestDatabase db, PostgresServer server) throws Exception {
        List<Path> classpath = JavaSources.compile(dir, Map.of("f/User.java", """
                package f;
                import dev.dibs.*;
                @Table("users")
                public record User(@Pk long id, String name) {}
                """));
        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of("f")).load();
        db.execute("""
                CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
                CREATE TYPE pair AS (a int);
                GRANT SELECT ON users TO PUBLIC;
                """);

        DriftReport report = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());

        assertThat(report.hasDrift()).isFalse();
        assertThat(report.notManaged()).extracting(report::describe).containsExactlyInAnyOrder(
                "privileges public.users: only in the database: granted PUBLIC: SELECT",
                "composite type public.pair: only in the database: a integer");
    }

    private static NotManaged note(DriftReport report, String kind, String name) {
        return report.notManaged().stream().filter(n -> n.kind().equals(kind) && n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no note " + kind + " " + name + " in " + report.notManaged()));
    }
}
