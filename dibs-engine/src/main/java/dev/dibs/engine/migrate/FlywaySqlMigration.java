package dev.dibs.engine.migrate;

import dev.dibs.DibsMigration;
import dev.dibs.MigrationContext;

/**
 * Runs a Flyway SQL file through the same {@link MigrationContext} as an {@code @Migration} class:
 * each statement is counted, reported to the listener and guarded by the migration's transaction,
 * so a failure names statement N, which {@link MigrationFailedException} turns into the file's line.
 */
final class FlywaySqlMigration implements DibsMigration {

    private final FlywayScript script;

    FlywaySqlMigration(FlywayScript script) {
        this.script = script;
    }

    @Override
    public void migrate(MigrationContext ctx) throws Exception {
        for (FlywayScript.Statement statement : script.statements()) {
            ctx.execute(statement.sql()); // no parameters: sent verbatim, a ? stays an operator
        }
    }
}
