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
 * {@link CreateScript} builds a schema's triggers, with their state and comments, after every table
 * and foreign key: run on an empty database (holding only the functions, which it does not create),
 * it gives back the same triggers.
 */
@WithPostgres
class CreateScriptTriggersTest {

    private static final String FUNCTIONS = """
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
            """;

    private static Schema inspect(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, List.of("public")).schema();
        }
    }

    @Test
    void createsTriggersWithStateAndCommentAfterTheForeignKeys(TestDatabase db, PostgresServer server) throws Exception {
        db.execute(FUNCTIONS + """
                CREATE TABLE customers (id int PRIMARY KEY);
                CREATE TABLE "Orders" (id int PRIMARY KEY, customer_id int REFERENCES customers (id), total numeric);
                CREATE TRIGGER "Orders total" BEFORE UPDATE OF total ON "Orders" FOR EACH ROW
                    WHEN (NEW.total < 0) EXECUTE FUNCTION touch();
                CREATE CONSTRAINT TRIGGER orders_checked AFTER INSERT ON "Orders" DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW EXECUTE FUNCTION audit('it''s');
                ALTER TABLE "Orders" DISABLE TRIGGER orders_checked;
                CREATE TRIGGER customers_audit AFTER DELETE ON customers FOR EACH STATEMENT EXECUTE FUNCTION audit();
                ALTER TABLE customers ENABLE REPLICA TRIGGER customers_audit;
                COMMENT ON TRIGGER "Orders total" ON "Orders" IS 'no negative totals';
                """);
        Schema schema = inspect(db);
        assertThat(schema.triggers()).hasSize(3);

        List<String> script = CreateScript.of(schema, new Origins(Map.of(), Map.of())).stream().map(ScriptStatement::sql).toList();
        int lastKey = -1;
        int firstTrigger = Integer.MAX_VALUE;
        for (int i = 0; i < script.size(); i++) {
            if (script.get(i).contains(" FOREIGN KEY ")) {
                lastKey = i;
            }
            if (script.get(i).contains(" TRIGGER ")) {
                firstTrigger = Math.min(firstTrigger, i);
            }
        }
        assertThat(lastKey).isNotNegative().isLessThan(firstTrigger);
        assertThat(script).contains("ALTER TABLE public.\"Orders\" DISABLE TRIGGER orders_checked",
                "ALTER TABLE public.customers ENABLE REPLICA TRIGGER customers_audit",
                "COMMENT ON TRIGGER \"Orders total\" ON public.\"Orders\" IS 'no negative totals'");

        ConnectionInfo empty = server.createDatabase("s");
        try {
            TestDatabase fresh = new TestDatabase(empty);
            fresh.execute(FUNCTIONS);
            fresh.execute(script.stream().collect(Collectors.joining(";\n", "", ";")));
            assertThat(inspect(fresh).triggers()).isEqualTo(schema.triggers());
        } finally {
            server.dropDatabase(empty);
        }
    }
}
