package dev.dibs.engine.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.realworld.CatalogLines.Difference;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog description sees what dibs's model leaves out: two databases that differ only in
 * aspects issue 15 lists (operator class, NULLS NOT DISTINCT, UNLOGGED, storage parameters,
 * partitioning, comments on indexes and sequences, forced row level security, sequence type) differ
 * in exactly those lines, and alike databases do not differ at all.
 */
@WithPostgres
class CatalogLinesTest {

    private static final String COMMON = """
            CREATE EXTENSION pg_trgm;
            CREATE TYPE mood AS ENUM ('happy', 'sad');
            CREATE SEQUENCE counter;
            CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1';
            """;

    @Test
    void alikeDatabasesHaveTheSameLines(TestDatabase a, PostgresServer server) throws Exception {
        ConnectionInfo b = server.createDatabase("catalog");
        try {
            String ddl = COMMON + """
                    CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL DEFAULT 'x', m mood);
                    CREATE INDEX t_name ON t USING gin (name gin_trgm_ops);
                    COMMENT ON INDEX t_name IS 'trigrams';
                    """;
            a.execute(ddl);
            run(b, ddl);
            List<CatalogLines.Line> lines = CatalogLines.read(a.info(), List.of("public"));
            assertThat(lines).extracting(CatalogLines.Line::text).contains(
                    "index public.t_name: CREATE INDEX t_name ON public.t USING gin (name public.gin_trgm_ops)",
                    "enum public.mood: 'happy', 'sad'", "comment on index public.t_name: trigrams");
            assertThat(lines).as("extension members are the extension's").noneMatch(l -> l.text().contains("similarity"));
            assertThat(CatalogLines.compare(lines, CatalogLines.read(b, List.of("public")))).isEmpty();
        } finally {
            server.dropDatabase(b);
        }
    }

    @Test
    void eachAspectTheModelLeavesOutIsADifference(TestDatabase a, PostgresServer server) throws Exception {
        ConnectionInfo b = server.createDatabase("catalog");
        try {
            a.execute(COMMON + """
                    CREATE TABLE t (id int PRIMARY KEY, name text, code text);
                    CREATE INDEX t_name ON t USING gin (name gin_trgm_ops);
                    CREATE UNIQUE INDEX t_code ON t (code);
                    CREATE TABLE events (at timestamptz NOT NULL);
                    """);
            run(b, COMMON + """
                    CREATE UNLOGGED TABLE t (id int PRIMARY KEY, name text, code text) WITH (fillfactor = 50);
                    CREATE INDEX t_name ON t USING gin (name);
                    CREATE UNIQUE INDEX t_code ON t (code) NULLS NOT DISTINCT;
                    COMMENT ON INDEX t_code IS 'one null';
                    COMMENT ON SEQUENCE counter IS 'counts';
                    ALTER TABLE t ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
                    CREATE TABLE events (at timestamptz NOT NULL) PARTITION BY RANGE (at);
                    ALTER SEQUENCE counter AS integer;
                    """.replace("CREATE INDEX t_name ON t USING gin (name);", "CREATE INDEX t_name ON t USING gist (name gist_trgm_ops);"));
            List<Difference> differences = CatalogLines.compare(CatalogLines.read(a.info(), List.of("public")),
                    CatalogLines.read(b, List.of("public")));
            assertThat(differences).extracting(Difference::toString).containsExactlyInAnyOrder(
                    "only in A: index public.t_code: CREATE UNIQUE INDEX t_code ON public.t USING btree (code)",
                    "only in A: index public.t_name: CREATE INDEX t_name ON public.t USING gin (name public.gin_trgm_ops)",
                    "only in A: relation public.events: table",
                    "only in A: sequence public.counter: AS bigint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1",
                    "only in B: index public.t_code: CREATE UNIQUE INDEX t_code ON public.t USING btree (code) NULLS NOT DISTINCT",
                    "only in B: index public.t_name: CREATE INDEX t_name ON public.t USING gist (name public.gist_trgm_ops)",
                    "only in B: relation public.events: partitioned table",
                    "only in B: partition key of public.events: RANGE (at)",
                    "only in B: sequence public.counter: AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1",
                    "only in B: persistence of public.t: UNLOGGED",
                    "only in B: storage parameters of public.t: fillfactor=50",
                    "only in B: row level security of public.t: ENABLE, FORCE",
                    "only in B: comment on index public.t_code: one null",
                    "only in B: comment on relation public.counter: counts");
        } finally {
            server.dropDatabase(b);
        }
    }

    private static void run(ConnectionInfo db, String sql) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
