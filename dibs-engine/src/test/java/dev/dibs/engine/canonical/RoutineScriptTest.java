package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * dibs's own script builds functions and procedures as the inspection read them: before the tables
 * whatever their string bodies read, after the tables whose row type or rows a signature or a
 * SQL-standard body uses, before the checks, defaults and indexes calling them.
 */
@WithPostgres
class RoutineScriptTest {

    @Test
    void rebuildsRoutinesAroundTheTablesTheyUseAndThatUseThem(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE account (id int PRIMARY KEY, balance numeric NOT NULL);
                CREATE FUNCTION total() RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT sum(balance) FROM account $$;
                CREATE FUNCTION doubled(a account) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN a.balance * 2;
                CREATE FUNCTION positive(x numeric) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN x > 0;
                CREATE TABLE entry (id int PRIMARY KEY, amount numeric NOT NULL CHECK (positive(amount)));
                CREATE INDEX entry_positive ON entry (positive(amount));
                COMMENT ON FUNCTION total() IS 'All the money.';
                CREATE FUNCTION richest() RETURNS integer LANGUAGE sql STABLE
                    BEGIN ATOMIC SELECT id FROM account ORDER BY balance DESC LIMIT 1; END;
                """);
        Schema schema;
        try (Connection c = db.connect()) {
            schema = Inspector.inspect(c, List.of("public")).schema();
        }
        assertThat(schema.routines()).extracting(Routine::signature).containsExactly(
                "public.doubled(a public.account)", "public.positive(x numeric)", "public.richest()", "public.total()");
        try (ScratchDatabase scratch = ScratchDatabase.create(server, List.of())) {
            ScratchDatabase.Built built = scratch.build(schema);
            assertThat(built.failures()).isEmpty();
            assertThat(built.inspection().schema()).isEqualTo(schema);
        }
        assertThat(Canonicalizer.reprint(schema, server)).isEqualTo(schema);
    }
}
