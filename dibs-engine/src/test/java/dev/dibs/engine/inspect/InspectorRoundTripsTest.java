package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The number of statements an inspection sends does not grow with the number of tables, nor with
 * the objects beside them: a sequence, a domain, a function, a procedure, a trigger, a policy and a
 * view for each table, and an extension.
 */
@WithPostgres
class InspectorRoundTripsTest {

    static String tables(int from, int to) {
        StringBuilder ddl = new StringBuilder();
        for (int i = from; i < to; i++) {
            ddl.append("CREATE SEQUENCE s").append(i).append(" INCREMENT BY 5;\n")
                    .append("CREATE DOMAIN d").append(i).append(" AS integer CONSTRAINT d").append(i).append("_positive CHECK (VALUE > 0);\n")
                    .append("CREATE FUNCTION f").append(i).append("(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x + ")
                    .append(i).append(";\n")
                    .append("CREATE PROCEDURE p").append(i).append("() LANGUAGE sql AS 'SELECT 1';\n");
            ddl.append("CREATE TABLE t").append(i).append(" (id bigint PRIMARY KEY, code text NOT NULL UNIQUE, ")
                    .append("amount numeric(10,2) CHECK (amount >= 0), parent_id bigint")
                    .append(i > 0 ? " REFERENCES t" + (i - 1) + " (id)" : "").append(", created_at timestamptz DEFAULT now(), ")
                    .append("qty d").append(i).append(" DEFAULT f").append(i).append("(1), ")
                    .append("number bigint DEFAULT nextval('s").append(i).append("'), email citext);\n")
                    .append("CREATE INDEX ON t").append(i).append(" (lower(code)) WHERE amount > 0;\n")
                    .append("CREATE TRIGGER t").append(i).append("_touch BEFORE UPDATE OF code ON t").append(i)
                    .append(" FOR EACH ROW WHEN (NEW.amount > 0) EXECUTE FUNCTION touch();\n")
                    .append("CREATE POLICY t").append(i).append("_positive ON t").append(i).append(" USING (amount > 0);\n");
            ddl.append(i % 2 == 0 ? "CREATE VIEW v" : "CREATE MATERIALIZED VIEW v").append(i).append(" AS SELECT id, code FROM t")
                    .append(i).append(" WHERE amount > 0;\n");
        }
        return ddl.toString();
    }

    private int statementsFor(TestDatabase db, int expectedTables) throws Exception {
        try (Connection c = db.connect()) {
            CountingConnection counting = new CountingConnection(c);
            Inspection inspection = Inspector.inspect(counting.connection, List.of("public"));
            assertThat(inspection.schema().tables()).hasSize(expectedTables);
            assertThat(inspection.schema().triggers()).hasSize(expectedTables);
            assertThat(inspection.schema().policies()).hasSize(expectedTables);
            assertThat(inspection.schema().views().size() + inspection.schema().materializedViews().size()).isEqualTo(expectedTables);
            assertThat(inspection.schema().sequences()).hasSize(expectedTables);
            assertThat(inspection.schema().domains()).hasSize(expectedTables);
            // each table's function and procedure, and the trigger function
            assertThat(inspection.schema().routines()).hasSize(2 * expectedTables + 1);
            assertThat(inspection.schema().extensions()).extracting(e -> e.name()).containsExactly("citext");
            return counting.executed.get();
        }
    }

    @Test
    void constantFromTenToAThousandTables(TestDatabase db) throws Exception {
        db.execute("CREATE EXTENSION citext");
        db.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
        db.execute(tables(0, 10));
        int forTen = statementsFor(db, 10);
        db.execute(tables(10, 1000));
        int forThousand = statementsFor(db, 1000);
        assertThat(forTen).isEqualTo(Inspector.STATEMENTS).isLessThanOrEqualTo(18);
        assertThat(forThousand).isEqualTo(forTen);
        // the benchmark's floor sends every catalog query the inspection sends (all but the session's statement)
        assertThat(Inspector.catalogQueries(170000)).hasSize(Inspector.STATEMENTS - 1);
    }
}
