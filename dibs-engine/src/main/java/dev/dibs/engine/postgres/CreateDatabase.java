package dev.dibs.engine.postgres;

import dev.dibs.engine.naming.Identifiers;

/**
 * {@code CREATE DATABASE} as dibs sends it, both names quoted. On a server dibs started and
 * discards (no one else's work to disturb), from PostgreSQL 15 on, the template's files are copied
 * ({@code STRATEGY FILE_COPY}): WAL_LOG, the default, writes the whole template to the WAL, which
 * took 100 ms for template0 against FILE_COPY's 20 (its two checkpoints are cheap there, with
 * little to write). A server dibs did not start keeps the default: a checkpoint forced on someone's
 * server is not dibs's to take.
 */
public final class CreateDatabase {

    private CreateDatabase() {
    }

    /** The statement creating {@code name} on {@code server} as a copy of {@code template}. */
    public static String sql(PostgresServer server, String name, String template) {
        return "CREATE DATABASE " + Identifiers.quote(name) + " TEMPLATE " + Identifiers.quote(template)
                + (server.discardedWhenClosed() && server.majorVersion() >= 15 ? " STRATEGY FILE_COPY" : "");
    }
}
