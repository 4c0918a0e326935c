package dev.dibs.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.Origins;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link CreateScript} builds a schema's views and materialized views after the tables, each after
 * the views it reads (whatever their names' order), with options, indexes, data option and comments:
 * run on an empty database, it gives back the same schema.
 */
@WithPostgres
class CreateScriptViewsTest {

    private static Schema inspect(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, List.of("public")).schema();
        }
    }

    @Test
    void createsViewsOnViewsInDependencyOrder(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL);
                CREATE VIEW z_big WITH (security_barrier = true) AS SELECT id, customer, total FROM orders WHERE total > 100;
                CREATE MATERIALIZED VIEW m_customers AS SELECT DISTINCT customer FROM z_big WITH NO DATA;
                CREATE UNIQUE INDEX m_customers_customer ON m_customers (customer);
                CREATE VIEW a_names AS SELECT customer FROM m_customers;
                COMMENT ON VIEW a_names IS 'it''s read last';
                COMMENT ON MATERIALIZED VIEW m_customers IS 'refreshed by hand';
                """);
        Schema schema = inspect(db);
        assertThat(schema.views()).hasSize(2);
        assertThat(schema.materializedViews()).hasSize(1);

        List<String> script = CreateScript.of(schema, new Origins(Map.of(), Map.of())).stream().map(ScriptStatement::sql).toList();
        List<String> creates = script.stream().filter(s -> s.startsWith("CREATE VIEW") || s.startsWith("CREATE MATERIALIZED"))
                .map(s -> s.substring(0, s.indexOf(" AS "))).toList();
        assertThat(creates).containsExactly("CREATE VIEW public.z_big WITH (security_barrier=true)",
                "CREATE MATERIALIZED VIEW public.m_customers", "CREATE VIEW public.a_names");

        ConnectionInfo empty = server.createDatabase("s");
        try {
            TestDatabase fresh = new TestDatabase(empty);
            fresh.execute(script.stream().collect(Collectors.joining(";\n", "", ";")));
            assertThat(inspect(fresh)).isEqualTo(schema);
        } finally {
            server.dropDatabase(empty);
        }
    }
}
