package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * constraints.sql calls {@code pg_get_constraintdef} only where it could print more than the row's
 * own columns say; for every other constraint dibs writes the definition itself. Over many shapes,
 * each fingerprint must be exactly what PostgreSQL prints (without NOT VALID, as fingerprints keep it).
 */
@WithPostgres
class ConstraintDefinitionTest {

    private static final String DDL = """
            CREATE SCHEMA other;
            CREATE TABLE other.outside (id integer PRIMARY KEY);
            CREATE TABLE public.parent (
                "Id" integer,
                "user" text,
                region text,
                code text,
                PRIMARY KEY ("Id", "user"),
                CONSTRAINT parent_region_key UNIQUE (region),
                CONSTRAINT parent_code_key UNIQUE (code),
                CONSTRAINT parent_deferred_key UNIQUE (region, code) DEFERRABLE INITIALLY DEFERRED,
                CONSTRAINT parent_deferrable_key UNIQUE (code, region) DEFERRABLE,
                CONSTRAINT "Parent Code Include" UNIQUE ("user", code) INCLUDE (region)
            );
            CREATE TABLE public.child (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                parent_id integer,
                parent_user text,
                region text,
                outside_id integer,
                "order" integer DEFAULT 0,
                amount numeric(10,2),
                CONSTRAINT child_parent_fk FOREIGN KEY (parent_id, parent_user) REFERENCES public.parent ("Id", "user")
                    MATCH FULL ON UPDATE CASCADE ON DELETE SET DEFAULT,
                CONSTRAINT child_region_fk FOREIGN KEY (region) REFERENCES public.parent (region) ON DELETE RESTRICT
                    DEFERRABLE INITIALLY DEFERRED,
                CONSTRAINT child_outside_fk FOREIGN KEY (outside_id) REFERENCES other.outside (id) ON DELETE CASCADE,
                CONSTRAINT child_order_check CHECK ("order" >= 0 AND "order" < 100) NO INHERIT,
                CONSTRAINT child_amount_check CHECK (amount IS NULL OR amount > 0::numeric),
                CONSTRAINT child_true CHECK (true)
            );
            ALTER TABLE public.child ADD CONSTRAINT child_code_fk FOREIGN KEY (region) REFERENCES public.parent (code) NOT VALID;
            ALTER TABLE public.child ADD CONSTRAINT child_later CHECK (id > 0) NOT VALID;
            """;

    private static final String FIFTEEN = """
            ALTER TABLE public.parent ADD CONSTRAINT parent_nnd_key UNIQUE NULLS NOT DISTINCT (code, "user");
            ALTER TABLE public.child ADD CONSTRAINT child_some_null_fk FOREIGN KEY (parent_id, parent_user)
                REFERENCES public.parent ("Id", "user") ON DELETE SET NULL (parent_id);
            """;

    @Test
    void writtenDefinitionsAreWhatPostgresPrints(TestDatabase db) throws Exception {
        db.execute(DDL);
        Map<String, String> printed;
        Inspection inspection;
        try (Connection c = db.connect()) {
            if (c.getMetaData().getDatabaseMajorVersion() >= 15) {
                db.execute(FIFTEEN);
            }
            printed = postgresDefinitions(c);
            inspection = Inspector.inspect(c, List.of("public"));
        }
        assertThat(printed).hasSizeGreaterThan(12);
        Map<String, String> inspected = new HashMap<>();
        inspection.fingerprints().constraints().forEach((key, print) -> inspected.put(key.name(), print.definition()));
        assertThat(inspected).isEqualTo(printed);
    }

    /** Each constraint of the public tables as fingerprints keep it, straight from pg_get_constraintdef. */
    private static Map<String, String> postgresDefinitions(Connection c) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Statement set = c.createStatement()) {
            set.execute("SET search_path = pg_catalog");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT k.conname, regexp_replace(pg_get_constraintdef(k.oid), ' NOT VALID$', '') AS def
                  FROM pg_constraint k
                 WHERE k.conrelid IN ('public.parent'::regclass, 'public.child'::regclass)
                   AND k.contype IN ('p', 'u', 'f', 'c')""")) {
            while (rs.next()) {
                out.put(rs.getString("conname"), rs.getString("def"));
            }
        }
        return out;
    }
}
