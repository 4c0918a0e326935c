package dev.dibs.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.inspect.NotManaged.Side;
import dev.dibs.engine.ops.DatabaseComparison;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.TransactionMode;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    @Test
    void aStatementLineListsItsHazardsSortedByNameLikeEveryReport() {
        Statement s = new Statement("ALTER TABLE public.customers\n    DROP COLUMN legacy_code", null,
                new LinkedHashSet<>(List.of(Hazard.DELETES_DATA, Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK)),
                TransactionMode.IN_TRANSACTION);

        assertThat(ConsoleReport.statementLine(s))
                .isEqualTo("ALTER TABLE public.customers DROP COLUMN legacy_code   -- [ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA]");
    }

    @Test
    void notesAreCappedPerKindWithWhatDiffersFirstAndWhatIsIdenticalLast() {
        List<NotManaged> notes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            notes.add(new NotManaged("privileges", "public", "t" + i, "granted app: SELECT").on(Side.IDENTICAL, null));
        }
        notes.add(new NotManaged("privileges", "public", "t98", "granted app: SELECT").on(Side.ONLY_IN_DESIRED_STATE, null));
        notes.add(new NotManaged("privileges", "public", "t99", "granted app: SELECT")
                .on(Side.DIFFERENT, "granted app: SELECT, UPDATE"));
        notes.add(new NotManaged("view", "public", "v", "SELECT 1 AS one").on(Side.ONLY_IN_DATABASE, null));

        List<String> lines = ConsoleReport.noteLines(notes, "the reference");

        assertThat(lines).hasSize(12);
        assertThat(lines.subList(0, 3)).containsExactly(
                "privileges public.t99: in both, definitions differ: the database has \"granted app: SELECT\","
                        + " the reference \"granted app: SELECT, UPDATE\"",
                "privileges public.t98: only in the reference: granted app: SELECT",
                "privileges public.t0: in both, identical: granted app: SELECT");
        assertThat(lines.get(10)).isEqualTo("... and 7 more privileges notes (all of them in diff.md)");
        assertThat(lines.get(11)).isEqualTo("view public.v: only in the database: SELECT 1 AS one");
    }

    @Test
    void aLongDefinitionIsCutOnTheConsole() {
        NotManaged view = new NotManaged("view", "public", "v", "SELECT " + "x, ".repeat(200) + "y").on(Side.IDENTICAL, null);

        assertThat(ConsoleReport.noteLines(List.of(view), "the desired state")).singleElement()
                .satisfies(line -> assertThat(line).hasSize(ConsoleReport.NOTE_LINE + "… (in full in diff.md)".length())
                        .startsWith("view public.v: in both, identical: SELECT x, x,").endsWith("… (in full in diff.md)"));
    }

    @Test
    void aStatementWithoutHazardsHasNoComment() {
        Statement s = new Statement("CREATE TABLE t ()", null, Set.of(), TransactionMode.IN_TRANSACTION);

        assertThat(ConsoleReport.statementLine(s)).isEqualTo("CREATE TABLE t ()");
    }

    @Test
    void namesFromTheDatabaseCannotForgeLogLines() throws Exception {
        DriftReport report = compare("", "CREATE TABLE \"x\n[INFO] dibs: no differences\u001b[2K\" (id int)");
        List<String> lines = new ArrayList<>(ConsoleReport.lines(report, false));
        lines.add(ConsoleReport.statementLine(report.plan().statements().get(0)));

        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\n").doesNotContain("\u001b"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("x\\n[INFO] dibs: no differences\\u001b[2K"));
        // the statement names the table as PostgreSQL reads it, on one line (not with a space for the line feed: another name)
        assertThat(lines.get(lines.size() - 1)).contains("public.U&\"x\\000a[INFO] dibs: no differences\\001b[2K\"");
    }

    @Test
    void eachHazardOfThePlanIsExplainedUnderTheDifferences() throws Exception {
        DriftReport report = compare("CREATE TABLE legacy (id int)", "");

        assertThat(ConsoleReport.hazardLines(report)).containsExactly("  hazards:",
                "    ACQUIRES_ACCESS_EXCLUSIVE_LOCK: " + Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK.explanation(),
                "    DELETES_DATA: " + Hazard.DELETES_DATA.explanation());
        assertThat(Hazard.DELETES_DATA.explanation()).contains("data");
    }

    /** A composite type whose attributes differ between the databases is a note like any, and a warning names it. */
    @Test
    void objectsWhoseDefinitionsDifferAreWarnedAbout() throws Exception {
        DriftReport report = compare("CREATE TABLE t (a int); CREATE TYPE v AS (a int, b int);",
                "CREATE TABLE t (a int); CREATE TYPE v AS (a int, b bigint);");
        RecordingLog log = new RecordingLog(true);
        ConsoleReport.print(report, log);
        List<String> infos = log.infos;
        List<String> warnings = log.warnings;

        assertThat(infos).contains("dibs: no differences: the database matches " + report.desiredState());
        assertThat(infos).anyMatch(line -> line.matches(
                "    composite type public\\.v: in both, definitions differ: the database has \"[^\"]*b integer\", the reference \"[^\"]*b bigint\""));
        assertThat(warnings).containsExactly("dibs: 1 object(s) dibs does not manage differ between " + report.desiredState()
                + " and the database (dibs neither creates nor changes them): composite type public.v");
    }

    /** Quiet (mvn -q): the per-change and note lines are not composed; the warnings still are. */
    @Test
    void aQuietBuildGetsTheWarningsAndNoLinePerChange() throws Exception {
        DriftReport report = compare("CREATE TABLE t (a int); CREATE TABLE gone (a int); CREATE TYPE v AS (a int, b int);",
                "CREATE TABLE t (a int, b text); CREATE TYPE v AS (a int, b bigint);");
        RecordingLog quiet = new RecordingLog(false);
        ConsoleReport.print(report, quiet);
        assertThat(quiet.infos).noneMatch(line -> line.contains("gone") || line.contains("composite type"));
        assertThat(quiet.warnings).anyMatch(line -> line.contains("composite type public.v"));
    }

    /** A log that keeps what it is given, with info enabled or not (mvn -q). */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> infos = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        private final boolean infoEnabled;

        RecordingLog(boolean infoEnabled) {
            this.infoEnabled = infoEnabled;
        }

        @Override
        public boolean isInfoEnabled() {
            return infoEnabled;
        }

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }

        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
        }
    }

    /** The comparison of a database made by {@code targetSql} with one made by {@code referenceSql}. */
    private static DriftReport compare(String targetSql, String referenceSql) throws Exception {
        try (PostgresServer pg = PostgresServers.embedded()) {
            ConnectionInfo target = pg.createDatabase("target");
            ConnectionInfo reference = pg.createDatabase("reference");
            execute(target, targetSql);
            execute(reference, referenceSql);
            return DatabaseComparison.compare(target, reference, List.of("public"), PlanOptions.defaults());
        }
    }

    private static void execute(ConnectionInfo db, String sql) throws Exception {
        if (!sql.isEmpty()) {
            try (Connection c = db.open(); java.sql.Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
