package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What dibs still does not manage stays a note, never silence, and each note carries what PostgreSQL
 * says the object is, so that two databases compare by definition.
 */
@WithPostgres
class InspectorMoreNotesTest {

    private static Inspection inspect(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, List.of("public"));
        }
    }

    private static List<String> notes(Inspection inspection, String... kinds) {
        return inspection.notManaged().stream().filter(n -> List.of(kinds).contains(n.kind())).map(NotManaged::toString).toList();
    }

    @Test
    void castsOperatorsTextSearchAndTheRestAreNotesWithTheirDefinitions(TestDatabase db) throws Exception {
        db.execute("""
                CREATE TABLE t (id int PRIMARY KEY, a int, b int);
                CREATE TYPE pair AS (x int, y text);
                CREATE FUNCTION pair_to_int(pair) RETURNS int LANGUAGE sql AS 'SELECT $1.x';
                CREATE CAST (pair AS int) WITH FUNCTION pair_to_int(pair) AS ASSIGNMENT;
                CREATE FUNCTION eqf(int, int) RETURNS bool LANGUAGE sql AS 'SELECT $1 = $2';
                CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eqf, COMMUTATOR = ===, NEGATOR = !==);
                CREATE OPERATOR FAMILY fam USING btree;
                CREATE OPERATOR CLASS cls FOR TYPE int USING btree FAMILY fam AS OPERATOR 3 ===, FUNCTION 1 btint4cmp(int, int);
                CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int, INITCOND = '0');
                CREATE TEXT SEARCH DICTIONARY dict (TEMPLATE = simple, STOPWORDS = english);
                CREATE STATISTICS st (dependencies) ON a, b FROM t;
                CREATE CONVERSION conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
                CREATE TYPE fr AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
                CREATE FUNCTION evt() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
                CREATE EVENT TRIGGER et ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION evt();
                ALTER EVENT TRIGGER et DISABLE;
                CREATE PUBLICATION pub FOR TABLE t WITH (publish = 'insert');
                CREATE FOREIGN DATA WRAPPER fdw;
                CREATE SERVER srv FOREIGN DATA WRAPPER fdw OPTIONS (host 'x', password 'server-secret');
                CREATE USER MAPPING FOR CURRENT_USER SERVER srv OPTIONS (user 'u', password 'mapping-secret');
                CREATE FOREIGN TABLE ft (id int NOT NULL, name text) SERVER srv OPTIONS (table_name 'remote');
                CREATE ACCESS METHOD myheap TYPE TABLE HANDLER heap_tableam_handler;
                CREATE VIEW v WITH (security_barrier) AS SELECT id FROM t WHERE a > 1;
                CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
                CREATE UNIQUE INDEX mv_id ON mv (id);
                ALTER TABLE t ENABLE ROW LEVEL SECURITY;
                CREATE POLICY p ON t AS RESTRICTIVE FOR UPDATE TO PUBLIC USING (true) WITH CHECK (b < 3);
                CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING;
                ALTER TABLE t DISABLE RULE r;
                """);
        try {
            Inspection inspection = inspect(db);

            assertThat(notes(inspection, "cast")).containsExactly(
                    "cast public.(public.pair AS integer): WITH FUNCTION public.pair_to_int(public.pair) AS ASSIGNMENT");
            assertThat(notes(inspection, "operator", "operator class", "operator family")).containsExactly(
                    // a managed operator is no note; the shell its NEGATOR named, never created, is one
                    "operator public.!==(integer, integer): a shell (no function: only named by another operator, never"
                            + " created), NEGATOR = public.===(integer,integer)",
                    "operator class public.cls USING btree: FOR TYPE integer FAMILY public.fam",
                    "operator family public.fam USING btree: FUNCTION 1 (integer, integer) btint4cmp(integer,integer),"
                            + " OPERATOR 3 public.===(integer,integer)");
            assertThat(notes(inspection, "aggregate", "range type", "composite type")).containsExactly(
                    "aggregate public.mysum(integer): SFUNC = int4pl, STYPE = integer, INITCOND = '0', PARALLEL = u, returns integer",
                    "composite type public.pair: x integer, y text",
                    "range type public.fr: SUBTYPE = double precision, SUBTYPE_OPCLASS = float8_ops, SUBTYPE_DIFF = float8mi");
            assertThat(notes(inspection, "text search dictionary", "statistics object", "conversion")).containsExactly(
                    "conversion public.conv: FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8",
                    "statistics object public.st: CREATE STATISTICS public.st (dependencies) ON a, b FROM public.t",
                    "text search dictionary public.dict: TEMPLATE = pg_catalog.simple, stopwords = 'english'");
            assertThat(notes(inspection, "event trigger", "access method", "foreign data wrapper")).containsExactly(
                    "access method *.myheap: TYPE TABLE HANDLER heap_tableam_handler",
                    "event trigger *.et: ON ddl_command_end WHEN TAG IN (CREATE TABLE) EXECUTE FUNCTION public.evt (DISABLED)",
                    "foreign data wrapper *.fdw");
            assertThat(notes(inspection, "publication")).singleElement().asString()
                    .startsWith("publication *.pub: FOR TABLE public.t").endsWith("WITH (publish = 'insert', publish_via_partition_root = false)");
            assertThat(notes(inspection, "foreign server", "user mapping", "foreign table")).containsExactly(
                    "foreign server *.srv: FOREIGN DATA WRAPPER fdw, OPTIONS (host=x, password=***)",
                    "foreign table public.ft: SERVER srv OPTIONS (table_name=remote): id integer NOT NULL, name text",
                    "user mapping *.for postgres server srv: OPTIONS (password, user)");
            // 14 and 15 qualify a view's columns with their table (t.id), 16 on do not
            String t = db.majorVersion() < 16 ? "t." : "";
            assertThat(notes(inspection, "view", "materialized view", "policy", "rule")).containsExactly(
                    "rule public.t.r: CREATE RULE r AS\n    ON DELETE TO public.t DO INSTEAD NOTHING; (DISABLED)");
            // the policies of managed tables are modelled
            assertThat(inspection.schema().policies()).singleElement().satisfies(p -> {
                assertThat(p.permissive()).isFalse();
                assertThat(p.command()).isEqualTo("UPDATE");
                assertThat(p.roles()).containsExactly("public");
                assertThat(p.using()).isEqualTo("true");
                assertThat(p.withCheck()).isEqualTo("(b < 3)");
                assertThat(p.columns()).containsExactly("b");
            });
            // views and materialized views are modelled, with the same definitions
            assertThat(inspection.schema().materializedViews()).singleElement().satisfies(mv -> {
                assertThat(mv.definition()).isEqualTo(" SELECT " + t + "id\n   FROM public.t;");
                assertThat(mv.indexes()).extracting(i -> i.definition())
                        .containsExactly("CREATE UNIQUE INDEX mv_id ON public.mv USING btree (id)");
            });
            assertThat(inspection.schema().views()).singleElement().satisfies(v -> {
                assertThat(v.definition()).isEqualTo(" SELECT " + t + "id\n   FROM public.t\n  WHERE (" + t + "a > 1);");
                assertThat(v.options()).containsExactly("security_barrier=true");
            });
            assertThat(inspection.notManaged().toString()).doesNotContain("secret");
        } finally {
            db.execute("DROP EVENT TRIGGER et"); // event triggers fire in every database's DDL, this one's alone
        }
    }

    /** An extension's casts, operators and classes are the extension's: the extension is managed, and nothing of it is a note. */
    @Test
    void anExtensionsMembersAreNoNotes(TestDatabase db) throws Exception {
        db.execute("CREATE EXTENSION citext");

        Inspection inspection = inspect(db);
        assertThat(inspection.notManaged()).isEmpty();
        assertThat(inspection.schema().extensions()).extracting(e -> e.name()).containsExactly("citext");
    }

    /**
     * What dibs writes no clause for stays a note (each was silently lost on a rebuild, found by an
     * import hunt): a table's replica identity, access method and CLUSTER ON, an unlogged sequence, a
     * column's SET (n_distinct), a view's column default, a materialized view's or an index's column
     * statistics, a typed table's type, security labels; and what a partition has of its own:
     * persistence, storage parameters, row-level security, comments, a column's NOT NULL or default,
     * a trigger enabled otherwise than on its table.
     */
    @Test
    void optionsWithoutAClauseAndWhatAPartitionHasOfItsOwnAreNotes(TestDatabase db) throws Exception {
        db.execute("""
                CREATE TABLE t (id int PRIMARY KEY, a int, b int);
                CREATE INDEX t_a ON t (a);
                ALTER TABLE t REPLICA IDENTITY FULL;
                ALTER TABLE t CLUSTER ON t_a;
                ALTER TABLE t ALTER COLUMN b SET (n_distinct = 100);
                CREATE INDEX t_a1 ON t ((a + 1));
                ALTER INDEX t_a1 ALTER COLUMN 1 SET STATISTICS 500;
                CREATE UNLOGGED SEQUENCE s;
                CREATE TYPE pair AS (x int, y text);
                CREATE TABLE typed OF pair (PRIMARY KEY (x));
                -- as a label provider (an anonymiser, sepgsql) would write them: none is loaded here
                SET allow_system_table_mods = on;
                INSERT INTO pg_seclabel VALUES ('typed'::regclass, 'pg_class'::regclass, 0, 'anon', 'MASKED');
                INSERT INTO pg_seclabel VALUES ('typed'::regclass, 'pg_class'::regclass, 2, 'anon', 'MASKED WITH VALUE ''x''');
                RESET allow_system_table_mods;
                CREATE UNLOGGED TABLE u (id serial, k int GENERATED ALWAYS AS IDENTITY); -- their sequences are unlogged with it: no note
                CREATE VIEW v AS SELECT id, a FROM t;
                ALTER VIEW v ALTER COLUMN a SET DEFAULT 42;
                CREATE MATERIALIZED VIEW mv AS SELECT id, a FROM t;
                ALTER MATERIALIZED VIEW mv ALTER COLUMN a SET STATISTICS 700;
                CREATE TABLE p (id int, v text, w int) PARTITION BY RANGE (id);
                CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10) WITH (fillfactor = 80);
                CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);
                CREATE UNLOGGED TABLE p3 PARTITION OF p FOR VALUES FROM (20) TO (30) WITH (toast.autovacuum_enabled = false);
                ALTER TABLE p1 ENABLE ROW LEVEL SECURITY;
                COMMENT ON TABLE p1 IS 'the first';
                ALTER TABLE p1 ALTER COLUMN v SET DEFAULT 'x';
                ALTER TABLE p1 ALTER COLUMN w SET NOT NULL;
                COMMENT ON COLUMN p1.w IS 'counted';
                CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
                CREATE TRIGGER p_stamp BEFORE INSERT ON p FOR EACH ROW EXECUTE FUNCTION stamp();
                ALTER TABLE p1 DISABLE TRIGGER p_stamp;
                """);
        Inspection inspection = inspect(db);

        assertThat(notes(inspection, "table option", "sequence option", "column option", "index statistics", "view column default"))
                .containsExactlyInAnyOrder(
                        "table option public.t: REPLICA IDENTITY FULL, CLUSTER ON t_a",
                        "table option public.typed: OF public.pair",
                        "sequence option public.s: UNLOGGED",
                        "column option public.t.b: SET (n_distinct=100)",
                        "column option public.mv.a: SET STATISTICS 700",
                        "index statistics public.t_a1: column 1 SET STATISTICS 500",
                        "view column default public.v.a: 42");
        assertThat(notes(inspection, "partition option", "partition column", "partition trigger")).containsExactlyInAnyOrder(
                "partition option public.p1: WITH (fillfactor=80), ENABLE ROW LEVEL SECURITY, comment 'the first'",
                "partition option public.p3: UNLOGGED, WITH (toast.autovacuum_enabled=false)",
                "partition column public.p1.v: DEFAULT 'x'::text",
                "partition column public.p1.w: NOT NULL, comment 'counted'",
                "partition trigger public.p1.p_stamp: DISABLE (its table's: ENABLE)");
        assertThat(notes(inspection, "security label")).containsExactlyInAnyOrder(
                "security label public.typed: anon on table: MASKED",
                "security label public.typed.y: anon on table column: MASKED WITH VALUE 'x'");
    }

    /**
     * An inheritance child of a table dibs does not manage (here of a schema not compared) is not
     * managed: its note carries its definition (columns, constraints, indexes, options), so two
     * databases whose children differ show different notes.
     */
    @Test
    void anInheritanceChildIsNotedWithItsDefinition(TestDatabase db) throws Exception {
        db.execute("""
                CREATE SCHEMA outside;
                CREATE TABLE outside.parents (id int PRIMARY KEY, a text);
                CREATE TABLE heirs (extra int NOT NULL DEFAULT 3 CHECK (extra > 0), code text) INHERITS (outside.parents) WITH (fillfactor = 70);
                CREATE INDEX heirs_code ON heirs (code);
                CREATE TABLE plain_heirs () INHERITS (outside.parents);
                """);
        Inspection inspection = inspect(db);

        assertThat(notes(inspection, "inheritance")).containsExactlyInAnyOrder(
                "inheritance public.heirs: inherits from outside.parents, WITH (fillfactor=70); columns id integer NOT NULL,"
                        + " a text, extra integer NOT NULL DEFAULT 3, code text; constraints heirs_extra_check CHECK ((extra > 0));"
                        + " indexes CREATE INDEX heirs_code ON public.heirs USING btree (code)",
                "inheritance public.plain_heirs: inherits from outside.parents; columns id integer NOT NULL, a text");
    }
}
