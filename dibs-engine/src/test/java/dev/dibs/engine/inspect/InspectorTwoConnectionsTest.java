package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inspecting on two connections that share one exported snapshot reads exactly what one connection
 * reads, and falls back to one connection when a second is refused.
 */
@WithPostgres
class InspectorTwoConnectionsTest {

    private static final List<String> SCHEMAS = List.of("public", "app");

    private static Inspection onOneConnection(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, SCHEMAS);
        }
    }

    @Test
    void readsWhatOneConnectionReads(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL + "; CREATE VIEW v AS SELECT 1 AS one;");
        Inspection one = onOneConnection(db);
        int[] used = new int[1];
        Inspection two = Inspector.inspect(db.info(), SCHEMAS, 1, n -> used[0] = n);
        assertThat(used[0]).as("connections used").isEqualTo(2);
        assertThat(two.schema().tables()).isNotEmpty();
        assertThat(two).isEqualTo(one);
        assertThat(db.queryString("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = 'dibs' AND pid <> pg_backend_pid()")).as("both connections closed").isEqualTo("0");
    }

    @Test
    void anOidParameterWithoutOidsIsRefusedNotBoundAsNull(TestDatabase db) throws Exception {
        String columns = Inspector.catalogQueries(170000).get("columns");
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(columns)) {
            assertThatThrownBy(() -> Inspector.bind(ps, columns, c.createArrayOf("text", new Object[] {"public"}), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("this catalog query takes the managed tables' oids (from tables.sql)");
        }
    }

    @Test
    void aSmallSchemaStaysOnOneConnection(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL);
        int[] used = new int[1];
        Inspection inspection = Inspector.inspect(db.info(), SCHEMAS, Inspector.TWO_CONNECTIONS_FROM, n -> used[0] = n);
        assertThat(used[0]).as("connections used").isEqualTo(1);
        assertThat(inspection).isEqualTo(onOneConnection(db));
    }

    @Test
    void aRefusedSecondConnectionMeansOneConnection(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL);
        String role = "one_conn_" + ProcessHandle.current().pid();
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'only-one' CONNECTION LIMIT 1;"
                + " GRANT pg_read_all_data TO " + role);
        try {
            ConnectionInfo limited = new ConnectionInfo(db.info().url(), role, "only-one");
            int[] used = new int[1];
            Inspection two = Inspector.inspect(limited, SCHEMAS, 1, n -> used[0] = n);
            assertThat(used[0]).as("connections used").isEqualTo(1);
            assertThat(two).isEqualTo(onOneConnection(db));
        } finally {
            db.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }
}
