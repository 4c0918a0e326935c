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
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CreateScript} builds operators after the functions they call, and before what uses them: a
 * function whose SQL-standard body uses one (and an operator calling that function), a domain whose
 * check and default use one, a table's index and check. Run on an empty database, it gives back the
 * same schema.
 */
@WithPostgres
class CreateScriptOperatorsTest {

    private static Schema inspect(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, List.of("public")).schema();
        }
    }

    @Test
    void createsOperatorsBetweenTheFunctionsTheyCallAndWhatUsesThem(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $_$ SELECT textregexeq($2, $1); $_$;
                CREATE OPERATOR ~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
                CREATE FUNCTION not_pattern(p text, t text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN NOT (p ~<< t);
                CREATE OPERATOR !~<< (FUNCTION = not_pattern, LEFTARG = text, RIGHTARG = text);
                CREATE DOMAIN tag AS text DEFAULT ('t' || ('^x' ~<< 'xy')::text) CONSTRAINT tag_no_space CHECK ('\\s' !~<< VALUE);
                CREATE TABLE tags (id integer PRIMARY KEY, name tag, CONSTRAINT tags_no_x CHECK ('^x' !~<< name));
                CREATE INDEX tags_a ON tags (id) WHERE '^a' ~<< name;
                """);
        Schema schema = inspect(db);
        assertThat(schema.operators()).hasSize(2);

        List<String> script = CreateScript.of(schema, new Origins(Map.of(), Map.of())).stream().map(ScriptStatement::sql).toList();
        ConnectionInfo empty = server.createDatabase("o");
        try (Connection c = empty.open(); Statement s = c.createStatement()) {
            for (String sql : script) { // one by one: a SQL-standard body holds semicolons the driver would split on
                s.execute(sql);
            }
            assertThat(inspect(new TestDatabase(empty))).isEqualTo(schema);
        } finally {
            server.dropDatabase(empty);
        }
    }
}
