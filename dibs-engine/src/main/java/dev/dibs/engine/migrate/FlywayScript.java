package dev.dibs.engine.migrate;

import java.util.List;

/**
 * A Flyway-style SQL migration ({@code V<version>__<description>.sql}) as dibs runs it: its
 * class-path resource, its statements with the line each starts on, and what keeps it from running
 * ({@code refusals}: placeholders, {@code COPY … FROM STDIN}, transactional and non-transactional
 * statements mixed). A refusal stops a run that would apply the file, before anything runs; a file
 * already applied is never run again, so its refusals do not matter then.
 */
public record FlywayScript(String resource, List<Statement> statements, List<String> refusals) {

    public FlywayScript {
        statements = List.copyOf(statements);
        refusals = List.copyOf(refusals);
    }

    /** One statement and the 1-based line of the file it starts on. */
    public record Statement(int line, String sql) {
    }

    /** The line of the {@code index}-th statement run (1-based), or 0 when there is none. */
    int lineOf(int index) {
        return index >= 1 && index <= statements.size() ? statements.get(index - 1).line() : 0;
    }

    /** Pending SQL files dibs cannot run as Flyway would (placeholders, mixed transactions, …): all named, before anything runs. */
    static void refuseUnrunnable(List<DiscoveredMigration> pending) {
        StringBuilder sb = new StringBuilder();
        for (DiscoveredMigration m : pending) {
            if (m.script() != null) {
                m.script().refusals().forEach(r -> sb.append("\n  ").append(m.script().resource()).append(", ").append(r));
            }
        }
        if (sb.length() > 0) {
            throw new MigrationException("Pending SQL migrations cannot run as written; nothing was run:" + sb);
        }
    }
}
