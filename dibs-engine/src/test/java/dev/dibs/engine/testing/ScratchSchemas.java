package dev.dibs.engine.testing;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import java.util.List;

/** A desired schema in PostgreSQL's own words: {@code sql} run on a database of its own, inspected, the database dropped. */
public final class ScratchSchemas {

    private ScratchSchemas() {
    }

    /** The schema {@code public} after {@code sql} ran on a fresh database of {@code server}. */
    public static Schema of(PostgresServer server, String sql) throws Exception {
        return of(server, sql, List.of("public"));
    }

    /** The {@code schemas} after {@code sql} ran on a fresh database of {@code server}. */
    public static Schema of(PostgresServer server, String sql, List<String> schemas) throws Exception {
        ConnectionInfo scratch = server.createDatabase("desired");
        try {
            new TestDatabase(scratch).execute(sql);
            return Inspector.inspect(scratch, schemas).schema();
        } finally {
            server.dropDatabase(scratch);
        }
    }
}
