package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Domains read from hand-written DDL hold every aspect in PostgreSQL's words, and the create script
 * builds them again (after the enum one is over, before the table using them) into an equal schema.
 */
@WithPostgres
class DomainRoundTripTest {

    @Test
    void inspectedDomainsAreBuiltAgainEqual(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                CREATE DOMAIN cheerful AS mood DEFAULT 'happy' CONSTRAINT cheerful_check CHECK (VALUE <> 'sad');
                CREATE DOMAIN amount AS decimal(12, 2) NOT NULL CHECK (value >= 0);
                ALTER DOMAIN amount ADD CONSTRAINT amount_small CHECK (VALUE < 1000) NOT VALID;
                COMMENT ON DOMAIN amount IS 'Money.';
                CREATE DOMAIN code AS varchar(8) COLLATE "C";
                CREATE DOMAIN plain AS text COLLATE "default";
                CREATE TABLE t (id int4 PRIMARY KEY, m cheerful, a amount, c code[], p plain);
                """);
        Schema read;
        try (Connection c = db.connect()) {
            Inspection inspection = Inspector.inspect(c, List.of("public"));
            assertThat(inspection.notManaged()).isEmpty();
            read = inspection.schema();
        }

        assertThat(read.domains()).containsExactly(
                new Domain(new QualifiedName("public", "amount"), "numeric(12,2)", null, null, true, List.of(
                        new DomainCheck("amount_check", "CHECK ((VALUE >= (0)::numeric))", true),
                        new DomainCheck("amount_small", "CHECK ((VALUE < (1000)::numeric))", false)), "Money."),
                new Domain(new QualifiedName("public", "cheerful"), "public.mood", null, "'happy'::public.mood", false,
                        List.of(new DomainCheck("cheerful_check", "CHECK ((VALUE <> 'sad'::public.mood))", true)), null),
                new Domain(new QualifiedName("public", "code"), "character varying(8)", "\"C\"", null, false, List.of(), null),
                new Domain(new QualifiedName("public", "plain"), "text", null, null, false, List.of(), null));
        assertThat(read.table(new QualifiedName("public", "t")).orElseThrow().columns()).extracting(col -> col.type().sql())
                .containsExactly("integer", "public.cheerful", "public.amount", "public.code[]", "public.plain");

        assertThat(Canonicalizer.reprint(read, server)).isEqualTo(read);
    }

    /**
     * A domain whose checks and default call functions, and a function taking the domain: neither can
     * be created wholly first, so the checks and default calling functions are added after them.
     */
    @Test
    void domainsCallingFunctionsThatTakeThemAreBuiltAgainEqual(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE FUNCTION positive(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > 0;
                CREATE FUNCTION one() RETURNS integer LANGUAGE sql IMMUTABLE RETURN 1;
                CREATE DOMAIN pos AS integer DEFAULT one() CONSTRAINT pos_positive CHECK (positive(VALUE))
                    CONSTRAINT pos_small CHECK (VALUE < 100);
                ALTER DOMAIN pos ADD CONSTRAINT pos_odd CHECK (positive(VALUE % 2)) NOT VALID;
                CREATE FUNCTION twice(p pos) RETURNS integer LANGUAGE sql IMMUTABLE RETURN p * 2;
                CREATE TABLE u (id int4 PRIMARY KEY, n pos);
                """);
        Schema read;
        try (Connection c = db.connect()) {
            read = Inspector.inspect(c, List.of("public")).schema();
        }
        assertThat(read.domains()).singleElement().satisfies(d -> {
            assertThat(d.defaultExpression()).isEqualTo("public.one()");
            assertThat(d.checks()).extracting(DomainCheck::name).containsExactly("pos_odd", "pos_positive", "pos_small");
        });

        assertThat(Canonicalizer.reprint(read, server)).isEqualTo(read);
    }
}
