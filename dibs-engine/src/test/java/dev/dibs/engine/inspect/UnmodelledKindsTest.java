package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * unmodelled-kinds.sql finds each kind of object dibs does not model as soon as one exists, so that
 * unmanaged.sql, sent with only those kinds' parts, still notes it: one object after another in one
 * database, the probe's answer and the inspection's notes checked after each. A kind the probe
 * missed would be a note silently lost.
 */
@WithPostgres
class UnmodelledKindsTest {

    /**
     * What one step creates, the probe's kind it adds, and the note the inspection must then carry:
     * its kind, and what its name holds (names are printed schema-qualified).
     */
    private record Step(String sql, String kind, String noteKind, String noteName) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("CREATE TYPE sh", "type", "shell type", "sh"), // a name alone, never defined
            new Step("""
                    CREATE TYPE bt;
                    CREATE FUNCTION bt_in(cstring) RETURNS bt LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
                    CREATE FUNCTION bt_out(bt) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
                    CREATE TYPE bt (INPUT = bt_in, OUTPUT = bt_out, LIKE = int4)""", "type", "base type", "bt"),
            new Step("CREATE TYPE fr AS RANGE (SUBTYPE = float8)", "type", "range type", "fr"),
            new Step("CREATE CAST (bt AS int4) WITHOUT FUNCTION", "cast", "cast", "bt AS integer)"),
            new Step("""
                    CREATE FUNCTION eqf(int, int) RETURNS bool LANGUAGE sql AS 'SELECT $1 = $2';
                    CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eqf, NEGATOR = !==)""", "operator", "operator",
                    "!==(integer, integer)"), // === is managed; the shell !== it names stays a note
            new Step("CREATE OPERATOR FAMILY fam USING btree", "operator family", "operator family", "fam USING btree"),
            new Step("CREATE OPERATOR CLASS cls FOR TYPE int USING btree FAMILY fam AS OPERATOR 3 ===, FUNCTION 1 btint4cmp(int, int)",
                    "operator class", "operator class", "cls USING btree"),
            new Step("CREATE TEXT SEARCH CONFIGURATION cfg (COPY = english)", "text search configuration", "text search configuration", "cfg"),
            new Step("CREATE TEXT SEARCH DICTIONARY dict (TEMPLATE = simple)", "text search dictionary", "text search dictionary", "dict"),
            new Step("CREATE TEXT SEARCH PARSER prs (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype)",
                    "text search parser", "text search parser", "prs"),
            new Step("CREATE TEXT SEARCH TEMPLATE tpl (LEXIZE = dsimple_lexize)", "text search template", "text search template", "tpl"),
            new Step("CREATE CONVERSION conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8", "conversion", "conversion", "conv"),
            new Step("CREATE STATISTICS st (dependencies) ON a, b FROM t", "statistics object", "statistics object", "st"),
            new Step("""
                    CREATE FUNCTION tf(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
                    CREATE TRANSFORM FOR bt LANGUAGE plpgsql (FROM SQL WITH FUNCTION tf(internal))""",
                    "transform", "transform", "bt LANGUAGE plpgsql"),
            new Step("""
                    CREATE FUNCTION evt() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
                    CREATE EVENT TRIGGER et ON ddl_command_end EXECUTE FUNCTION evt()""", "event trigger", "event trigger", "et"),
            new Step("CREATE PUBLICATION pub", "publication", "publication", "pub"),
            new Step("CREATE SUBSCRIPTION sub CONNECTION 'host=localhost dbname=nowhere' PUBLICATION pub WITH (connect = false)",
                    "subscription", "subscription", "sub"),
            new Step("CREATE FOREIGN DATA WRAPPER fdw", "foreign data wrapper", "foreign data wrapper", "fdw"),
            new Step("CREATE SERVER srv FOREIGN DATA WRAPPER fdw", "foreign server", "foreign server", "srv"),
            new Step("CREATE USER MAPPING FOR PUBLIC SERVER srv", "foreign server", "user mapping", "for PUBLIC server srv"),
            new Step("CREATE ACCESS METHOD myheap TYPE TABLE HANDLER heap_tableam_handler", "access method", "access method", "myheap"),
            new Step("CREATE LANGUAGE plx HANDLER plpgsql_call_handler", "language", "language", "plx"),
            new Step("CREATE FUNCTION w() RETURNS bigint WINDOW LANGUAGE internal AS 'window_row_number'", "aggregate", "window function", "w()"),
            new Step("CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int)", "aggregate", "aggregate", "mysum(integer)"),
            new Step("CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING", "rule", "rule", "t.r"),
            // a child of a table dibs does not manage (a child of a managed table is managed)
            new Step("CREATE SCHEMA outside; CREATE TABLE outside.base (b int); CREATE TABLE child (c int) INHERITS (outside.base)",
                    "inheritance", "inheritance", "child"),
            // as a label provider (an anonymiser) writes one: none is loaded here
            new Step("SET allow_system_table_mods = on; INSERT INTO pg_seclabel VALUES ('t'::regclass, 'pg_class'::regclass, 0,"
                    + " 'anon', 'MASKED'); RESET allow_system_table_mods", "security label", "security label", "t"),
            // on a relation dibs does not manage (a managed table's policies are modelled, not noted)
            new Step("ALTER TABLE child ENABLE ROW LEVEL SECURITY; CREATE POLICY p ON child USING (true)", "policy", "policy", "child.p"));

    @Test
    void eachKindIsFoundOnceOneExistsAndItsNoteKept(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int, b int)");
        try {
            assertThat(probe(db)).isEmpty();
            Set<String> expected = new LinkedHashSet<>();
            for (Step step : STEPS) {
                db.execute(step.sql());
                expected.add(step.kind());
                assertThat(probe(db)).as("after %s", step.sql()).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(notes(db)).as("after %s", step.sql()).anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(step.noteKind());
                    assertThat(n.name()).contains(step.noteName());
                });
                // the note comes from the parts marked with the step's kind, and from no other
                Set<String> others = new LinkedHashSet<>(CatalogSql.kinds("unmanaged"));
                others.remove(step.kind());
                assertThat(has(unmanagedRows(db, Set.of(step.kind())), step))
                        .as("only %s sent, after %s", step.kind(), step.sql()).isTrue();
                assertThat(has(unmanagedRows(db, others), step))
                        .as("all but %s sent, after %s", step.kind(), step.sql()).isFalse();
            }
            assertThat(CatalogSql.kinds("unmanaged")).as("every kind has its step").containsExactlyInAnyOrderElementsOf(expected);
        } finally { // a database with a subscription cannot be dropped; this one has no slot to drop elsewhere
            db.execute("""
                    DO $$ BEGIN
                        IF EXISTS (SELECT FROM pg_subscription WHERE subname = 'sub') THEN
                            ALTER SUBSCRIPTION sub SET (slot_name = NONE);
                            DROP SUBSCRIPTION sub;
                        END IF;
                    END $$""");
        }
    }

    @Test
    void extensionMembersAreNoKindOfTheirOwn(TestDatabase db) throws Exception {
        db.execute("CREATE EXTENSION IF NOT EXISTS citext");
        // citext brings a type, casts, operators, operator classes and families, aggregates: all its own
        assertThat(probe(db)).isEmpty();
        assertThat(notes(db)).isEmpty();
    }

    private static List<String> probe(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            String sql = CatalogSql.sent("unmodelled-kinds", false, db.majorVersion() * 10000);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Inspector.bind(ps, sql, c.createArrayOf("text", new Object[] {"public"}), null);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Arrays.asList((String[]) rs.getArray("unmodelled_kinds").getArray());
                }
            }
        }
    }

    /** Whether {@code rows} hold the step's note: its kind, a name holding the step's. */
    private static boolean has(List<String[]> rows, Step step) {
        return rows.stream().anyMatch(r -> r[0].equals(step.noteKind()) && r[1].contains(step.noteName()));
    }

    /** unmanaged.sql sent with the parts of {@code kinds} only: each row's kind and object name. */
    private static List<String[]> unmanagedRows(TestDatabase db, Set<String> kinds) throws Exception {
        try (Connection c = db.connect()) {
            String sql = CatalogSql.sent("unmanaged", db.majorVersion() * 10000, kinds);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Inspector.bind(ps, sql, c.createArrayOf("text", new Object[] {"public"}), null);
                List<String[]> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString("kind"), rs.getString("object_name")});
                    }
                }
                return rows;
            }
        }
    }

    private static List<NotManaged> notes(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, List.of("public")).notManaged();
        }
    }
}
