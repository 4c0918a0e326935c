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
 * {@link CreateScript} builds a schema's policies after its tables and views (an expression may read
 * either), with their kind, command, roles, expressions and comments: run on an empty database, it
 * gives back the same schema.
 */
@WithPostgres
class CreateScriptPoliciesTest {

    private static Schema inspect(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, List.of("public")).schema();
        }
    }

    @Test
    void createsPoliciesAfterTheTablesAndViewsTheyRead(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL);
                CREATE TABLE blocked (customer text PRIMARY KEY);
                CREATE VIEW blocked_names AS SELECT customer FROM blocked;
                ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
                CREATE POLICY a_own ON orders USING (customer = current_user);
                CREATE POLICY z_not_blocked ON orders AS RESTRICTIVE FOR INSERT
                    WITH CHECK (customer NOT IN (SELECT customer FROM blocked_names));
                COMMENT ON POLICY a_own ON orders IS 'it''s theirs';
                """);
        Schema schema = inspect(db);
        assertThat(schema.policies()).hasSize(2);

        List<String> script = CreateScript.of(schema, new Origins(Map.of(), Map.of())).stream().map(ScriptStatement::sql).toList();
        int view = script.indexOf(script.stream().filter(s -> s.startsWith("CREATE VIEW")).findFirst().orElseThrow());
        int policy = script.indexOf(script.stream().filter(s -> s.startsWith("CREATE POLICY")).findFirst().orElseThrow());
        assertThat(policy).isGreaterThan(view);

        ConnectionInfo empty = server.createDatabase("p");
        try {
            TestDatabase fresh = new TestDatabase(empty);
            fresh.execute(script.stream().collect(Collectors.joining(";\n", "", ";")));
            assertThat(inspect(fresh)).isEqualTo(schema);
        } finally {
            server.dropDatabase(empty);
        }
    }
}
