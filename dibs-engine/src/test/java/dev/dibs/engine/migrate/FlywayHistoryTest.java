package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.info.MigrationInfoImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway 13.12.0 itself migrates each database; dibs then reads what Flyway wrote and must agree with Flyway. */
@WithPostgres
class FlywayHistoryTest {

    @TempDir
    Path dir;

    static FluentConfiguration flyway(TestDatabase db, Path folder) {
        return Flyway.configure().dataSource(db.info().url(), db.info().user(), db.info().password())
                .locations("filesystem:" + folder);
    }

    /** Writes {@code V<n>__step_<n>.sql} files, each creating table t<n>. */
    static Path files(Path folder, int... versions) throws Exception {
        Files.createDirectories(folder);
        for (int v : versions) {
            Files.writeString(folder.resolve("V" + v + "__step_" + v + ".sql"), "CREATE TABLE t" + v + " (id int PRIMARY KEY);\n");
        }
        return folder;
    }

    static FlywayHistory read(TestDatabase db, String table, List<String> schemas) throws Exception {
        try (Connection c = db.connect()) {
            return FlywayHistory.read(c, FlywayHistory.location(table, schemas));
        }
    }

    /** A discovered Flyway file as the SQL-file discovery describes it: id V<version>, checksum flyway:<n>. */
    static DiscoveredMigration file(String version, Integer checksum) {
        return new DiscoveredMigration("V" + version, "db/migration/V" + version + "__x.sql", true,
                FlywayHistory.CHECKSUM_PREFIX + checksum, null, null);
    }

    /** Flyway's own checksum of each applied version, from Flyway's API. */
    static Map<String, String> flywayChecksums(Flyway f) {
        Map<String, String> out = new LinkedHashMap<>();
        for (MigrationInfo i : f.info().applied()) {
            if (i.getVersion() != null && i.getType().toString().equals("SQL")) {
                out.put("V" + i.getVersion(), FlywayHistory.CHECKSUM_PREFIX + i.getChecksum());
            }
        }
        return out;
    }

    @Test
    void absentTableIsNoFlywayHistory(TestDatabase db) throws Exception {
        FlywayHistory h = read(db, null, List.of("public"));
        assertThat(h.exists()).isFalse();
        assertThat(h.applied()).isEmpty();
        assertThat(h.refusals()).isEmpty();
    }

    @Test
    void versionsFlywayAppliedCountAsAppliedWithItsChecksums(TestDatabase db) throws Exception {
        Flyway f = flyway(db, files(dir.resolve("m"), 1, 2, 3)).load();
        f.migrate();
        FlywayHistory h = read(db, null, List.of("public"));
        assertThat(h.exists()).isTrue();
        assertThat(h.applied()).containsExactlyEntriesOf(flywayChecksums(f));
        assertThat(h.applied().keySet()).containsExactly("V1", "V2", "V3");
        assertThat(h.refusals()).isEmpty();
        assertThat(h.baseline()).isNull();
    }

    @Test
    void baselineCountsTheVersionsFlywayIgnoresAsApplied(TestDatabase db) throws Exception {
        Path folder = files(dir.resolve("m"), 1, 2, 3);
        Flyway f = flyway(db, folder).baselineVersion("2").load();
        f.baseline();
        f.migrate();
        // Flyway ran only V3: V1 and V2 are at or below its baseline
        assertThat(db.hasTable("t1")).isFalse();
        assertThat(db.hasTable("t2")).isFalse();
        assertThat(db.hasTable("t3")).isTrue();
        FlywayHistory h = read(db, null, List.of("public"));
        assertThat(h.baseline()).isEqualTo("2");
        List<DiscoveredMigration> local = List.of(file("1", 11), file("2", 22), file("3", null), file("4", 44));
        Map<String, String> applied = h.appliedWith(local);
        assertThat(applied.keySet()).containsExactlyInAnyOrder("V1", "V2", "V3");
        assertThat(applied).containsEntry("V1", "flyway:11").containsEntry("V2", "flyway:22");
        // what Flyway itself says is pending is exactly what dibs does not count as applied
        Files.writeString(folder.resolve("V4__step_4.sql"), "CREATE TABLE t4 (id int);\n");
        assertThat(Arrays.stream(f.info().pending()).map(i -> "V" + i.getVersion())).containsExactly("V4");
    }

    @Test
    void aFailedRowStopsTheRunInFlywaysWords(TestDatabase db) throws Exception {
        Path folder = files(dir.resolve("m"), 1);
        Files.writeString(folder.resolve("V2__broken_index.sql"), "CREATE INDEX CONCURRENTLY nowhere_idx ON nowhere (id);\n");
        Flyway f = flyway(db, folder).load();
        assertThatThrownBy(f::migrate).hasMessageContaining("nowhere");
        // Flyway 13 keeps no failed row on PostgreSQL, even for a non-transactional migration (checked
        // here); older Flyways and databases without transactional DDL do: such a row, as Flyway writes it
        assertThat(db.queryStrings("SELECT coalesce(version, '-') || ' ' || success FROM flyway_schema_history")).containsExactly("1 true");
        db.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                + " execution_time, success) VALUES (2, '2', 'broken index', 'SQL', 'V2__broken_index.sql', 1, 'me', 3, false)");
        String flywaySays = flywayValidationMessage(f);
        FlywayHistory h = read(db, null, List.of("public"));
        String expected = "Detected failed migration to version 2 (broken index).\n"
                + "Please remove any half-completed changes then run repair to fix the schema history.";
        assertThat(flywaySays).contains(expected);
        assertThat(h.refusals()).singleElement().asString().startsWith(expected).contains("installed_rank 2");
        assertThat(h.applied().keySet()).containsExactly("V1");
    }

    /** Anyone who can write the history table writes its rows: their values stay on the refusal's lines. */
    @Test
    void aRowsValuesCannotForgeALineOfTheRefusal(TestDatabase db) throws Exception {
        Flyway f = flyway(db, files(dir.resolve("m"), 1)).load();
        f.migrate();
        db.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                + " execution_time, success) VALUES (2, E'2\\n[INFO] BUILD SUCCESS', E'x\\n[INFO] BUILD SUCCESS', 'SQL',"
                + " E'V2__x.sql\\r', 1, 'me', 3, false)");
        String refusal = read(db, null, List.of("public")).refusals().get(0);
        assertThat(refusal).startsWith("Detected failed migration to version 2\\n[INFO] BUILD SUCCESS (x\\n[INFO] BUILD SUCCESS).\n")
                .contains("V2__x.sql\\r").doesNotContain("\r");
        assertThat(refusal.lines()).noneMatch(line -> line.startsWith("[INFO]"));
    }

    @Test
    void anEditedFileIsReportedAsFlywayReportsIt(TestDatabase db) throws Exception {
        Path folder = files(dir.resolve("m"), 1, 2);
        Flyway f = flyway(db, folder).load();
        f.migrate();
        Files.writeString(folder.resolve("V2__step_2.sql"), "CREATE TABLE t2 (id bigint PRIMARY KEY);\n");
        String flywaySays = flywayValidationMessage(f);
        Integer applied = Integer.valueOf(db.queryString("SELECT checksum FROM flyway_schema_history WHERE version = '2'"));
        // the local file's checksum as Flyway resolves it now
        Integer local = Arrays.stream(f.info().all()).filter(i -> i.getState() == MigrationState.SUCCESS
                        && "2".equals(i.getVersion().getVersion()))
                .map(i -> ((MigrationInfoImpl) i).getResolvedMigration().getChecksum()).findFirst().orElseThrow();
        assertThat(local).isNotEqualTo(applied);
        FlywayHistory h = read(db, null, List.of("public"));
        DiscoveredMigration edited = file("2", local);
        MigrationStatus status = new MigrationStatus(List.of("V1", "V2"), List.of(), List.of(edited), List.of());
        String refusal = h.refusal(status);
        String expected = "Migration checksum mismatch for migration version 2\n-> Applied to database : " + applied
                + "\n-> Resolved locally    : " + local
                + "\nEither revert the changes to the migration, or run repair to update the schema history.";
        assertThat(refusal).contains(expected);
        assertThat(flywaySays).contains(expected);
    }

    private static String flywayValidationMessage(Flyway f) {
        try {
            f.validate();
            return "";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    @Test
    void aDeleteRowFromRepairTakesTheVersionBack(TestDatabase db) throws Exception {
        Path folder = files(dir.resolve("m"), 1, 2, 3);
        flyway(db, folder).load().migrate();
        Files.delete(folder.resolve("V2__step_2.sql"));
        flyway(db, folder).load().repair();
        assertThat(db.queryStrings("SELECT type FROM flyway_schema_history WHERE version = '2' ORDER BY installed_rank"))
                .containsExactly("SQL", "DELETE");
        FlywayHistory h = read(db, null, List.of("public"));
        assertThat(h.applied().keySet()).containsExactly("V1", "V3");
        assertThat(h.refusals()).isEmpty();
    }

    @Test
    void schemaMarkersAndRepeatableRowsAreHistoryOnlyAndTheTableIsInTheFirstSchema(TestDatabase db) throws Exception {
        Path folder = files(dir.resolve("m"), 1);
        Files.writeString(folder.resolve("R__view.sql"), "CREATE OR REPLACE VIEW v AS SELECT 1 AS one;\n");
        flyway(db, folder).schemas("app").load().migrate();
        assertThat(db.queryStrings("SELECT type || ' ' || coalesce(version, '-') FROM app.flyway_schema_history ORDER BY installed_rank"))
                .containsExactly("SCHEMA -", "SQL 1", "SQL -");
        assertThat(read(db, null, List.of("public")).exists()).isFalse();
        FlywayHistory h = read(db, null, List.of("app", "public"));
        assertThat(h.table()).isEqualTo(new QualifiedName("app", "flyway_schema_history"));
        assertThat(h.applied().keySet()).containsExactly("V1");
        assertThat(h.refusals()).isEmpty();
    }

    @Test
    void aConfiguredTableNameIsReadThere(TestDatabase db) throws Exception {
        flyway(db, files(dir.resolve("m"), 1, 2)).table("deploy_history").load().migrate();
        assertThat(read(db, null, List.of("public")).exists()).isFalse();
        assertThat(read(db, "deploy_history", List.of("public")).applied().keySet()).containsExactly("V1", "V2");
        assertThat(read(db, "public.deploy_history", List.of("other")).applied().keySet()).containsExactly("V1", "V2");
        assertThatThrownBy(() -> FlywayHistory.location("public.", List.of("public"))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("flywayTable \"public.\"");
    }

    @Test
    void undoAndUnknownRowsAreRefusedNamingTheRow(TestDatabase db) throws Exception {
        flyway(db, files(dir.resolve("m"), 1, 2)).load().migrate();
        // rows as Flyway Teams' undo and a type no Flyway writes would be recorded (inserted here: Flyway 13 OSS cannot undo)
        db.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                + " execution_time, success) VALUES (3, '2', 'step 2', 'UNDO_SQL', 'U2__step_2.sql', 7, 'me', 1, true),"
                + " (4, '9', 'odd', 'MYSTERY', 'odd.sql', NULL, 'me', 1, true)");
        List<String> refusals = new ArrayList<>(read(db, null, List.of("public")).refusals());
        assertThat(refusals).hasSize(2);
        assertThat(refusals.get(0)).contains("installed_rank 3 (version 2, \"step 2\", U2__step_2.sql, UNDO_SQL)", "undo");
        assertThat(refusals.get(1)).contains("installed_rank 4 (version 9, \"odd\", odd.sql, MYSTERY)");
    }

    @Test
    void aTableOfThatNameThatIsNotFlywaysIsRefusedClearly(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE flyway_schema_history (id int)");
        assertThatThrownBy(() -> read(db, null, List.of("public"))).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("cannot read Flyway's schema history table public.flyway_schema_history (flywayTable): ")
                .hasMessageEndingWith("Is it Flyway's? Name Flyway's history table with flywayTable (table or schema.table).");
    }

    @Test
    void aUserWhoMayNotReadTheTableIsToldTheGrant(TestDatabase db) throws Exception {
        flyway(db, files(dir.resolve("m"), 1)).load().migrate();
        String role = "reader_" + Math.abs(db.name().hashCode());
        db.execute("CREATE ROLE " + role);
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("SET ROLE " + role);
            assertThatThrownBy(() -> FlywayHistory.read(c, FlywayHistory.location(null, List.of("public"))))
                    .isInstanceOf(MigrationException.class).hasMessageContaining("permission denied")
                    .hasMessageEndingWith("GRANT SELECT ON public.flyway_schema_history TO " + role + ", or run as its owner.");
            s.execute("RESET ROLE");
        } finally {
            db.execute("DROP ROLE " + role);
        }
    }

    @Test
    void versionsCompareAsFlywayComparesThem() {
        assertThat(FlywayHistory.compareVersions("1.0", "1")).isZero();
        assertThat(FlywayHistory.compareVersions("1.10", "1.9")).isPositive();
        assertThat(FlywayHistory.compareVersions("2", "10")).isNegative();
    }
}
