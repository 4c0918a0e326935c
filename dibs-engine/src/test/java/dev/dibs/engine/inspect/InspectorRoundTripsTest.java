package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The number of statements an inspection sends does not grow with the number of tables (and their triggers and views). */
@WithPostgres
class InspectorRoundTripsTest {

    static String tables(int from, int to) {
        StringBuilder ddl = new StringBuilder();
        for (int i = from; i < to; i++) {
            ddl.append("CREATE TABLE t").append(i).append(" (id bigint PRIMARY KEY, code text NOT NULL UNIQUE, ")
                    .append("amount numeric(10,2) CHECK (amount >= 0), parent_id bigint")
                    .append(i > 0 ? " REFERENCES t" + (i - 1) + " (id)" : "").append(", created_at timestamptz DEFAULT now());\n")
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
            return counting.executed.get();
        }
    }

    @Test
    void constantFromTenToAThousandTables(TestDatabase db) throws Exception {
        db.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
        db.execute(tables(0, 10));
        int forTen = statementsFor(db, 10);
        db.execute(tables(10, 1000));
        int forThousand = statementsFor(db, 1000);
        assertThat(forTen).isEqualTo(Inspector.STATEMENTS).isLessThanOrEqualTo(16);
        assertThat(forThousand).isEqualTo(forTen);
    }
}
