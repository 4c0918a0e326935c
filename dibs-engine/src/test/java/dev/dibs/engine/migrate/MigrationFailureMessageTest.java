package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure message stays readable for a huge statement, and the listener (migrate.log) gets it whole. */
@WithPostgres
class MigrationFailureMessageTest {

    @TempDir
    Path dir;

    private MigrationFailedException fail(TestDatabase db, MigrationListener listener, String body) {
        List<Path> cp = Migrations.compile(dir, Migrations.migration("001_big", "Big", body));
        return catchThrowableOfType(MigrationFailedException.class, () -> MigrationRunner.builder().database(db.info())
                .classpath(cp).packages(List.of("e")).listener(listener).build().run());
    }

    @Test
    void aHugeStatementIsShownAroundTheErrorPositionWithTheCaret(TestDatabase db) {
        // 2.6 MB on one line, the error at its very end.
        MigrationFailedException e = fail(db, MigrationListener.NONE,
                "ctx.execute(\"SELECT '\" + \"x\".repeat(2_600_000) + \"' || nope AS tail\");");
        String message = e.getMessage();
        assertThat(message).hasSizeLessThan(2000)
                .contains("PostgreSQL said: column \"nope\" does not exist")
                .contains("failed at statement 1:\n  SELECT 'xxx")
                .contains(" … (" + (2_600_000 + "SELECT '' || nope AS tail".length() - 500) + " characters omitted)")
                .contains("at character " + (2_600_000 + "SELECT '' || ".length() + 1) + ": \n    … (");
        // 200 characters before the error position: 195 x, the quote and " || ".
        List<String> lines = message.lines().toList();
        int code = lines.indexOf(lines.stream().filter(l -> l.endsWith("|| nope AS tail")).findFirst().orElseThrow());
        assertThat(lines.get(code)).matches(" {4}… \\(\\d+ characters omitted\\) x{195}' \\|\\| nope AS tail");
        assertThat(lines.get(code + 1).indexOf('^')).isEqualTo(lines.get(code).indexOf("nope"));
    }

    @Test
    void aHugeStatementWithoutAnErrorPositionShowsItsBeginning(TestDatabase db) {
        MigrationFailedException e = fail(db, MigrationListener.NONE,
                "ctx.execute(\"SELECT 1 / 0, '\" + \"x\".repeat(2_600_000) + \"'\");");
        assertThat(e.getMessage()).hasSizeLessThan(1200)
                .contains("PostgreSQL said: division by zero")
                .contains("failed at statement 1:\n  SELECT 1 / 0, 'xxx")
                .contains(" … (" + (2_600_000 + "SELECT 1 / 0, ''".length() - 500) + " characters omitted)");
    }

    @Test
    void theListenerHearsTheWholeFailureWithItsRollback(TestDatabase db) {
        List<String> failures = new ArrayList<>();
        MigrationFailedException e = fail(db, new MigrationListener() {
            @Override
            public void migrationFailed(DiscoveredMigration m, String message) {
                failures.add(m.id() + ": " + message);
            }
        }, "ctx.execute(\"CREATE TABLE t (id int)\"); ctx.execute(\"INSERT INTO t VALUES ('no')\");");
        assertThat(failures).containsExactly("001_big: " + e.getMessage());
        assertThat(e.getMessage()).contains("failed at statement 2").endsWith("The migration was rolled back: nothing of it remains,"
                + " and later migrations did not run. Fix it and run again.");
    }

    /** A failed validation (dibs:generate's {@code …_validate} migration) says the rows, not the migration, are what to fix. */
    @Test
    void aFailedValidationSaysTheConstraintStaysNotValidAndTheRowsAreWhatToFix(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (n int); INSERT INTO t VALUES (-1); ALTER TABLE t ADD CONSTRAINT t_n CHECK (n > 0) NOT VALID;");
        MigrationFailedException e = fail(db, MigrationListener.NONE, "ctx.execute(\"ALTER TABLE public.t VALIDATE CONSTRAINT t_n\");");
        assertThat(e.getMessage()).contains("PostgreSQL said: check constraint \"t_n\" of relation \"t\" is violated by some row")
                .contains("The migration was rolled back: nothing of it remains, and later migrations did not run.")
                .endsWith("The constraint it validates stays as it was: NOT VALID, PostgreSQL checking the rows written since it"
                        + " was added, not those already there. If rows break it, the migration is right and the rows are what to"
                        + " fix (or remove); if it waited past lockTimeout behind a VACUUM, an ANALYZE or a schema change of the"
                        + " table, run again once that is done.");
        assertThat(db.queryString("SELECT convalidated::text FROM pg_constraint WHERE conname = 't_n'")).isEqualTo("false");
        assertThat(MigrationRunner.validationNote("ALTER TABLE public.t ADD CONSTRAINT t_n CHECK (n > 0)")).isEmpty();
        assertThat(MigrationRunner.validationNote("ALTER TABLE public.t VALIDATE CONSTRAINT t_n_dibs_not_null"))
                .contains("(it stands for the column's NOT NULL, which this migration sets after it: fill or remove the rows holding"
                        + " NULL in that column)");
    }
}
