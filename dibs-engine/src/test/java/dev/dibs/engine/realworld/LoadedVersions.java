package dev.dibs.engine.realworld;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.Databases;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.realworld.DumpLoader.LoadReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each version is loaded once, into a database of its own that then serves as a template: a pair's
 * A and B are copies of it ({@code CREATE DATABASE … TEMPLATE}), fresh for every pair, so the slow
 * statement-by-statement load is not repeated. Closing drops the templates and any copy left.
 */
final class LoadedVersions implements AutoCloseable {

    private final PostgresServer server;
    private final Map<Corpus.Version, ConnectionInfo> templates = new HashMap<>();
    private final List<ConnectionInfo> copies = new ArrayList<>();
    private int copied;

    LoadedVersions(PostgresServer server) {
        this.server = server;
    }

    /** Loads the version; it becomes a template only when it loads by the rules. */
    LoadReport load(Corpus.Version version) throws SQLException {
        ConnectionInfo db = server.createDatabase("rw");
        LoadReport report;
        try {
            report = DumpLoader.load(db, version.script());
        } catch (SQLException | RuntimeException e) {
            server.dropDatabase(db);
            throw e;
        }
        if (report.loaded()) {
            templates.put(version, db);
        } else {
            server.dropDatabase(db);
        }
        return report;
    }

    /** The version's own database, as loaded: to be read only, and not while a copy of it is made. */
    ConnectionInfo template(Corpus.Version version) {
        return templates.get(version);
    }

    /** A new database holding the version as loaded, or an empty one for null. */
    ConnectionInfo copy(Corpus.Version version) throws SQLException {
        if (version == null) {
            ConnectionInfo empty = server.createDatabase("rw_empty");
            copies.add(empty);
            return empty;
        }
        ConnectionInfo template = templates.get(version);
        String name = template.database() + "_" + (++copied);
        try (Connection c = server.admin().open()) {
            Databases.create(c, server, name, template.database()); // as dibs creates its own (copied by file where it may)
        }
        ConnectionInfo copy = template.withDatabase(name);
        copies.add(copy);
        return copy;
    }

    void drop(ConnectionInfo copy) throws SQLException {
        copies.remove(copy);
        if (copy.database().startsWith("rw_empty")) {
            server.dropDatabase(copy);
        } else {
            try (Connection c = server.admin().open()) {
                Databases.drop(c, copy.database(), server.majorVersion());
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (ConnectionInfo copy : List.copyOf(copies)) {
            drop(copy);
        }
        templates.values().forEach(server::dropDatabase);
        templates.clear();
    }
}
