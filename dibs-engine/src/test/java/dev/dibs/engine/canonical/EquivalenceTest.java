package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every object kind: hand-written DDL, introspected, equals the equivalent annotated classes,
 * loaded and put into Postgres's words. Equality is what "no change" means, so each case is a
 * false positive the diff will never show.
 */
@WithPostgres
class EquivalenceTest {

    @TempDir
    Path dir;

    private void assertEquivalent(TestDatabase db, PostgresServer server, String ddl, String... classes) throws Exception {
        assertEquivalent(db, server, List.of("public"), ddl, classes);
    }

    private void assertEquivalent(TestDatabase db, PostgresServer server, List<String> schemas, String ddl, String... classes)
            throws Exception {
        db.execute(ddl);
        Schema reality;
        try (Connection c = db.connect()) {
            Inspection inspection = Inspector.inspect(c, schemas);
            assertThat(inspection.notManaged()).isEmpty();
            reality = inspection.schema();
        }
        LoadedSchema intent = IntentLoader.builder().classpath(TestSchemas.compile(dir, classes))
                .packages(List.of("e")).schemas(schemas).load();
        Schema desired = Canonicalizer.canonicalize(intent, server);
        assertThat(desired).isEqualTo(reality);
    }

    /** Key options, NO INHERIT and exclusion constraints, written by hand and declared in Java, are one schema and no note. */
    @Test
    void constraintOptionsAndExclusions(TestDatabase db, PostgresServer server) throws Exception {
        assertEquivalent(db, server, """
                CREATE TABLE rooms (id int NOT NULL, code text, floor int NOT NULL, note text, during int4range,
                    CONSTRAINT rooms_pkey PRIMARY KEY (id) INCLUDE (note) WITH (fillfactor = 80) DEFERRABLE,
                    CONSTRAINT rooms_code_floor_key UNIQUE NULLS NOT DISTINCT (code) INCLUDE (floor) WITH (fillfactor = 70)
                        DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT rooms_floor_check CHECK (floor >= 0) NO INHERIT,
                    CONSTRAINT rooms_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (floor > 0));
                """, """
                @Table("rooms")
                @UniqueConstraint(columns = "code", nullsNotDistinct = true, include = "floor", with = "fillfactor=70",
                    deferrable = Deferrable.DEFERRED)
                @Check(name = "rooms_floor_check", value = "floor >= 0", noInherit = true)
                @Exclusion(name = "rooms_no_overlap", value = "USING gist (during WITH &&) WHERE (floor > 0)")
                public record Room(@Pk(include = "note", with = "fillfactor=80", deferrable = Deferrable.IMMEDIATE) int id,
                    @Nullable String code, int floor, @Nullable String note, @Nullable @Column(type = "int4range") String during) {}
                """);
    }

    @Test
    void columnsOfEveryMappedType(TestDatabase db, PostgresServer server) throws Exception {
        assertEquivalent(db, server, """
                CREATE TABLE everything (
                    flag boolean NOT NULL, small int2 NOT NULL, num int4 NOT NULL, big int8 NOT NULL,
                    ratio float4 NOT NULL, amount float8 NOT NULL, price numeric NOT NULL, label text NOT NULL,
                    key uuid NOT NULL, at timestamptz NOT NULL, at_offset timestamp with time zone NOT NULL,
                    local_at timestamp NOT NULL, day date NOT NULL, moment time NOT NULL, span interval NOT NULL,
                    data bytea NOT NULL, tags text[] NOT NULL, scores int4[], boxed_flag bool, name varchar(80) NOT NULL);
                """, """
                @Table("everything")
                public record Everything(boolean flag, short small, int num, long big, float ratio, double amount,
                    java.math.BigDecimal price, String label, java.util.UUID key, java.time.Instant at,
                    java.time.OffsetDateTime atOffset, java.time.LocalDateTime localAt, java.time.LocalDate day,
                    java.time.LocalTime moment, java.time.Duration span, byte[] data, java.util.List<String> tags,
                    @Nullable Integer[] scores, @Nullable Boolean boxedFlag, @Column(type = "character varying(80)") String name) {}
                """);
    }

    @Test
    void defaultsInPostgresWords(TestDatabase db, PostgresServer server) throws Exception {
        assertEquivalent(db, server, """
                CREATE TYPE state AS ENUM ('PENDING', 'DONE');
                CREATE TABLE defaults (
                    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
                    status text NOT NULL DEFAULT 'draft',
                    price numeric(10,2) NOT NULL DEFAULT 0,
                    state state NOT NULL DEFAULT 'PENDING',
                    id uuid NOT NULL DEFAULT gen_random_uuid(),
                    day date NOT NULL DEFAULT CURRENT_DATE);
                """, """
                @Table("defaults")
                public record Defaults(@Default("now()") java.time.Instant createdAt, @Default("'draft'") String status,
                    @Default("0") @Column(type = "numeric(10, 2)") java.math.BigDecimal price, @Default("'PENDING'") State state,
                    @Default("gen_random_uuid()") java.util.UUID id, @Default("current_date") java.time.LocalDate day) {}
                """, "public enum State { PENDING, DONE }");
    }

    @Test
    void identityAndGeneratedColumns(TestDatabase db, PostgresServer server) throws Exception {
        assertEquivalent(db, server, """
                CREATE TABLE items (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, price numeric NOT NULL,
                    doubled numeric NOT NULL GENERATED ALWAYS AS (price * 2) STORED);
                """, """
                @Table("items")
                public record Item(@Pk @Identity long id, java.math.BigDecimal price, @GeneratedAs("price * 2") java.math.BigDecimal doubled) {}
                """);
    }

    @Test
    void keysUniquesAndChecks(TestDatabase db, PostgresServer server) throws Exception {
        assertEquivalent(db, server, """
                CREATE TABLE lines (order_id int, line_no int, sku text NOT NULL UNIQUE, qty int NOT NULL CHECK (qty > 0),
                    price numeric NOT NULL, PRIMARY KEY (order_id, line_no), UNIQUE (order_id, sku),
                    CONSTRAINT price_positive CHECK (price >= 0 AND price < 1000000));
                """, """
                @Table("lines")
                @UniqueConstraint(columns = "order_id, sku")
                @Check("qty > 0")
                @Check(name = "price_positive", value = "price >= 0 and price < 1000000")
                public record Line(@Pk int orderId, @Pk int lineNo, @Unique String sku, int qty, java.math.BigDecimal price) {}
                """);
    }

    @Test
    void foreignKeysWithCyclesAndSelfReferences(TestDatabase db, PostgresServer server) throws Exception {
        assertEquivalent(db, server, """
                CREATE TABLE a (id int PRIMARY KEY, b_id int, parent_id int REFERENCES a (id) ON DELETE SET NULL);
                CREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a (id) ON DELETE CASCADE ON UPDATE RESTRICT
                    DEFERRABLE INITIALLY DEFERRED);
                ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b (id) DEFERRABLE;
                """, """
                @Table("a")
                public record A(@Pk int id, @Nullable @References(value = "b.id", deferrable = Deferrable.IMMEDIATE) Integer bId,
                    @Nullable @References(value = "a.id", onDelete = Action.SET_NULL) Integer parentId) {}
                """, """
                @Table("b")
                public record B(@Pk int id, @References(value = "a.id", onDelete = Action.CASCADE, onUpdate = Action.RESTRICT,
                    deferrable = Deferrable.DEFERRED) int aId) {}
                """);
    }

    @Test
    void indexesOfEveryForm(TestDatabase db, PostgresServer server) throws Exception {
        assertEquivalent(db, server, """
                CREATE TABLE docs (id int PRIMARY KEY, title text NOT NULL, body text, tags text[] NOT NULL,
                    created_at timestamptz NOT NULL, deleted_at timestamptz);
                CREATE INDEX ON docs (title);
                CREATE INDEX ON docs (lower(title));
                CREATE INDEX ON docs (created_at DESC NULLS LAST) WHERE deleted_at IS NULL;
                CREATE UNIQUE INDEX docs_title_unique ON docs (title, id) INCLUDE (created_at);
                CREATE INDEX ON docs USING gin (tags);
                CREATE INDEX ON docs (created_at NULLS FIRST);
                """, """
                @Table("docs")
                @Index(columns = "title")
                @Index(columns = "(lower(title))")
                @Index(columns = "created_at DESC NULLS LAST", where = "deleted_at is null")
                @Index(columns = "title, id", unique = true, include = "created_at", name = "docs_title_unique")
                @Index(columns = "tags", using = "gin")
                @Index(columns = "createdAt NULLS FIRST")
                public record Doc(@Pk int id, String title, @Nullable String body, java.util.List<String> tags,
                    java.time.Instant createdAt, @Nullable java.time.Instant deletedAt) {}
                """);
    }

    @Test
    void enumsCommentsAndAwkwardNamesInTwoSchemas(TestDatabase db, PostgresServer server) throws Exception {
        assertEquivalent(db, server, List.of("app", "public"), """
                CREATE SCHEMA app;
                CREATE TYPE app.mood AS ENUM ('HAPPY', 'SAD');
                COMMENT ON TYPE app.mood IS 'Feelings';
                CREATE TABLE app."Order" ("select" int PRIMARY KEY, "DisplayName" text NOT NULL, mood app.mood NOT NULL,
                    "with space" text);
                COMMENT ON TABLE app."Order" IS 'An order.';
                COMMENT ON COLUMN app."Order"."DisplayName" IS 'Shown; "quoted" and it''s fine';
                CREATE TABLE public.users (id int PRIMARY KEY, order_id int REFERENCES app."Order" ("select"));
                """, """
                /**
                 * An order.
                 * @param displayName Shown; "quoted" and it's fine
                 */
                @Table(value = "Order", schema = "app")
                public record Order(@Pk @Column(name = "select") int select_, @Column(name = "DisplayName") String displayName,
                    Mood mood, @Nullable @Column(name = "with space") String withSpace) {}
                """, """
                /** Feelings */
                @PgEnum
                public enum Mood { HAPPY, SAD }
                """, """
                @Table("users")
                public record User(@Pk int id, @Nullable @References("app.Order.select") Integer orderId) {}
                """);
    }

    @Test
    void rowLevelSecurityAndIndexComments(TestDatabase db, PostgresServer server) throws Exception {
        assertEquivalent(db, server, """
                CREATE TABLE docs (id int PRIMARY KEY, title text NOT NULL);
                ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
                CREATE INDEX docs_title_idx ON docs (title);
                COMMENT ON INDEX docs_title_idx IS 'by title; it''s "quoted"';
                CREATE TABLE ledgers (id int PRIMARY KEY);
                ALTER TABLE ledgers ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
                """, """
                @Table(value = "docs", rowLevelSecurity = RowLevelSecurity.ENABLED)
                @Index(columns = "title", comment = "by title; it's \\"quoted\\"")
                public record Doc(@Pk int id, String title) {}
                """, """
                @Table(value = "ledgers", rowLevelSecurity = RowLevelSecurity.FORCED)
                public record Ledger(@Pk int id) {}
                """);
    }
}
