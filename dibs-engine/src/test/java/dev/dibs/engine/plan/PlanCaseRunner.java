package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.diff.RenameSuggestion;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.Origins;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.SqlRenames;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.ops.PlainedColumns;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.render.CreateScript;
import dev.dibs.engine.render.ScriptStatement;
import dev.dibs.engine.report.ChangeDescriber;
import dev.dibs.engine.solve.SchemaComparison;
import dev.dibs.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs a {@link PlanCase} on real PostgreSQL: sets up the state before in {@code db}, plans to
 * the desired state, applies the plan (checking each statement's hazards against what PostgreSQL
 * did: {@link HazardWatch}), and proves that the database then equals the desired state and that a
 * second diff is empty. Returns what the plan said, for comparison with the
 * case's expected files.
 */
final class PlanCaseRunner {

    /** The switch of the build (dibs-engine/pom.xml) that runs the tests on another PostgreSQL major. */
    static final String POSTGRES_MAJOR = "dibs.test.postgresMajor";

    /** The schemas a case may use. */
    static final List<String> SCHEMAS = List.of("public", "app");

    /** What a case produced: the plan, its text as {@code plan.sql} holds it, and its changes as {@code changes.txt} does. */
    record Outcome(Plan plan, String planText, String changesText) {
    }

    private record Desired(Schema schema, RenameHints renames) {
    }

    private PlanCaseRunner() {
    }

    static Outcome run(PlanCase c, TestDatabase db, PostgresServer server, Path work) throws Exception {
        c.checkFiles();
        if (!applicable(c, db, server, work)) {
            return null; // proven not applicable: PostgreSQL rejects it
        }
        Optional<String> beforeSql = c.file("before.sql");
        if (beforeSql.isPresent()) {
            db.execute(beforeSql.get());
        }
        Optional<String> beforeJava = c.file("before.java");
        if (beforeJava.isPresent()) {
            Desired before = fromJava(beforeJava.get(), server, work.resolve("before"));
            apply(db, Planner.plan(inspect(db), before.schema(), before.renames(), c.options(), server.majorVersion()));
        }
        Desired desired = desired(c, server, work.resolve("after"));
        PlanOptions options = c.options();
        // for this server's major, as dibs:sql and dibs:migrate plan: what a newer one does in place is tested there
        Plan plan = Planner.plan(inspect(db), desired.schema(), desired.renames(), options, server.majorVersion());
        List<String> refused = PlainedColumns.refusals(plan, server.majorVersion());
        if (!refused.isEmpty()) {
            // what dibs refuses on this major never runs (dibs:sql, dibs:migrate): the case holds on the newer ones
            System.out.println("REFUSED ON POSTGRESQL " + server.majorVersion() + " plan case " + c + ": " + refused.get(0));
            return null;
        }
        try (Connection connection = db.connect()) {
            assertThat(HazardWatch.apply(connection, plan, "5s", SCHEMAS)).as("%s: statements whose hazards are not what PostgreSQL did", c)
                    .isEmpty();
        }
        Schema after = inspect(db);
        assertThat(SchemaComparison.differences(after, desired.schema())).as("%s: database after the plan:%n%s", c, plan.toSql())
                .isEmpty();
        assertThat(Planner.plan(after, desired.schema(), desired.renames(), options, server.majorVersion()).changes())
                .as("%s: a second diff after:%n%s", c, plan.toSql()).isEmpty();
        c.file("checks.sql").ifPresent(checks -> runChecks(c, db, checks));
        return new Outcome(plan, planText(plan), changesText(plan));
    }

    /**
     * Whether {@code c} applies to the tests' server. A case that declares a newer
     * {@code minimumVersion} is not skipped on faith: the server must reject the case's SQL (its
     * state before, or its desired state built on a fresh database), which proves the case truly
     * needs the newer version; a server that accepts it fails the test, naming the declaration.
     */
    static boolean applicable(PlanCase c, TestDatabase db, PostgresServer server, Path work) {
        int needs = c.minimumVersion();
        int major = server.majorVersion();
        String asked = System.getProperty(POSTGRES_MAJOR, "").strip();
        assertThat(asked.isEmpty() || asked.equals(String.valueOf(major)))
                .as("-D%s=%s, but the tests' server is PostgreSQL %s: the binaries were not swapped", POSTGRES_MAJOR, asked, major)
                .isTrue();
        if (major >= needs) {
            return true;
        }
        Throwable rejected = catchThrowable(() -> {
            Optional<String> before = c.file("before.sql");
            if (before.isPresent()) {
                db.execute(before.get());
            }
            desired(c, server, work);
        });
        assertThat(rejected).as("%s declares %s=%d, yet PostgreSQL %d accepts its SQL: lower or remove it", c,
                PlanCase.MINIMUM_VERSION, needs, major).isNotNull();
        System.out.println("NOT APPLICABLE plan case " + c + ": PostgreSQL " + major + " rejects it, as "
                + PlanCase.MINIMUM_VERSION + "=" + needs + " in options.properties says");
        return false;
    }

    /** {@code Plan.toSql()}, then the rename suggestions as comments; a line saying so for an empty plan. */
    static String planText(Plan plan) {
        StringBuilder sb = new StringBuilder(plan.toSql());
        for (RenameSuggestion s : plan.suggestions()) {
            sb.append("-- suggestion: ").append(s).append('\n');
        }
        return sb.isEmpty() ? "-- nothing to do\n" : sb.toString();
    }

    /** One line per change in plan order: its kind and how reports describe it. */
    static String changesText(Plan plan) {
        StringBuilder sb = new StringBuilder();
        for (SchemaChange change : plan.changes()) {
            ChangeDescriber.Described d = ChangeDescriber.describe(change);
            sb.append(change.getClass().getSimpleName()).append(' ').append(d.marker()).append(' ')
                    .append(d.table() == null ? "" : d.table() + ": ").append(d.text()).append('\n');
        }
        return sb.toString();
    }

    private static Desired desired(PlanCase c, PostgresServer server, Path work) throws Exception {
        Optional<String> java = c.file("after.java");
        Optional<String> sql = c.file("after.sql");
        if (java.isEmpty() && sql.isEmpty()) {
            throw new IllegalStateException(c + ": give the desired state as after.sql, after.java, or both");
        }
        if (java.isPresent() && sql.isPresent()) { // as SQL files are built: after the Java tables
            Desired tables = fromJava(java.get(), server, work);
            String script = CreateScript.of(tables.schema(), new Origins(Map.of(), Map.of())).stream()
                    .map(ScriptStatement::sql).collect(Collectors.joining(";\n", "", ";\n"));
            return new Desired(fromSql(script + sql.get(), server).schema(),
                    tables.renames().with(SqlRenames.inScript(sql.get(), SCHEMAS)));
        }
        return java.isPresent() ? fromJava(java.get(), server, work) : fromSql(sql.get(), server);
    }

    private static Desired fromJava(String source, PostgresServer server, Path work) {
        LoadedSchema intent = IntentLoader.builder().classpath(TestSchemas.compile(work, PlanCase.types(source)))
                .packages(List.of("e")).schemas(List.of("public")).load();
        return new Desired(Canonicalizer.canonicalize(intent, server), intent.renames());
    }

    /** The state {@code sql} gives an empty database of the same server, as inspected there. */
    private static Desired fromSql(String sql, PostgresServer server) throws Exception {
        ConnectionInfo scratch = server.createDatabase("c");
        try {
            new TestDatabase(scratch).execute(sql);
            // the script's rename hints (-- dibs:renamed-from), read as the SQL files' are
            return new Desired(Inspector.inspect(scratch, SCHEMAS).schema(),
                    RenameHints.none().with(SqlRenames.inScript(sql, SCHEMAS)));
        } finally {
            server.dropDatabase(scratch);
        }
    }

    private static Schema inspect(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, SCHEMAS).schema();
        }
    }

    /** Applies the plan in one transaction. */
    private static void apply(TestDatabase db, Plan plan) throws Exception {
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, plan, "5s", PlanListener.NONE);
        }
    }

    /**
     * Runs {@code checks.sql}: one statement a line; a {@code -- expect: } line after a query
     * gives the rows it must return (first column, joined by {@code ", "}).
     */
    private static void runChecks(PlanCase c, TestDatabase db, String checks) {
        String last = null;
        try {
            for (String line : checks.lines().map(String::strip).toList()) {
                if (line.startsWith("-- expect:")) {
                    if (last == null) {
                        throw new IllegalStateException(c + "/checks.sql: '-- expect:' without a query above it");
                    }
                    assertThat(String.join(", ", db.queryStrings(last))).as("%s/checks.sql: %s", c, last)
                            .isEqualTo(line.substring("-- expect:".length()).strip());
                    last = null;
                } else if (!line.isEmpty() && !line.startsWith("--")) {
                    if (last != null) {
                        db.execute(last);
                    }
                    last = line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
                }
            }
            if (last != null) {
                db.execute(last);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(c + "/checks.sql failed: " + e.getMessage(), e);
        }
    }
}
