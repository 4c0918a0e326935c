package dev.dibs.engine.load.jpa.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.jpa.JpaSettings;
import dev.dibs.engine.ops.DatabaseComparison;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.ChangeDescriber;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate is the oracle for dibs's reading of JPA entities: for each corpus model and each naming,
 * Hibernate creates the schema on one fresh database and dibs on another (loading the same classes,
 * planning against the empty database and applying, as {@code dibs:migrate} does); the two databases
 * must then compare equal, as {@code dibs:diff -Ddibs.referenceUrl} compares them, except for the
 * {@link #DOCUMENTED} differences. Then the model's evolution ({@code <model>-evolved}: a field
 * renamed with {@code @RenamedFrom}, a new association, a dropped column) is planned against dibs's
 * database, applied, and must converge; and what Hibernate creates from the evolved model on a third
 * fresh database must compare equal to it.
 */
@WithPostgres
class HibernateOracleTest {

    /** Every corpus model, or those of {@code -Ddibs.oracle.models=petclinic,shop} (a narrower run while working on one). */
    static final List<String> MODELS = models(System.getProperty("dibs.oracle.models", ""));

    private static List<String> models(String asked) {
        List<String> all = List.of("petclinic", "mappings", "shop");
        if (asked.isBlank()) {
            return all;
        }
        List<String> out = java.util.Arrays.stream(asked.split(",")).map(String::trim).toList();
        out.stream().filter(m -> !all.contains(m)).findFirst().ifPresent(m -> {
            throw new IllegalArgumentException("-Ddibs.oracle.models=" + asked + ": no corpus model " + m + "; the models are " + all);
        });
        return out;
    }

    /**
     * A deliberate difference: {@code difference} is part of a line {@link #differences} writes
     * ({@code +}/{@code -}/{@code ~} a change that would make dibs's database Hibernate's, {@code !}
     * what no statement of dibs changes, {@code ?} an object dibs does not manage), for a model and
     * naming ({@code *}: every one). Each is listed with its reason on the site's JPA page too.
     */
    record Documented(String model, String naming, String difference, String why) {
        boolean excuses(String model, String naming, String line) {
            return (this.model.equals("*") || this.model.equals(model.replace("-evolved", "")))
                    && (this.naming.equals("*") || this.naming.equals(naming)) && line.contains(difference);
        }
    }

    /** None so far: dibs is to create exactly what Hibernate creates. */
    static final List<Documented> DOCUMENTED = List.of();

    /** The field each model's evolution renames with {@code @RenamedFrom}: old and new column, as PostgreSQL holds them. */
    private static final Map<String, List<String>> RENAMED = Map.of(
            "petclinic", List.of("telephone", "phone_number"),
            "mappings", List.of("handle", "username"),
            "shop", List.of("published", "visible"));

    @TempDir
    Path dir;

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String model : MODELS) {
            for (String naming : HibernateOracle.NAMINGS) {
                out.add(Arguments.of(model, naming));
            }
        }
        return out;
    }

    /** The schemas a model's tables live in. */
    static List<String> schemasOf(String model) {
        return model.startsWith("mappings") ? List.of("public", "inventory") : List.of("public");
    }

    @ParameterizedTest(name = "{0} with {1} naming")
    @MethodSource("cases")
    void dibsCreatesWhatHibernateCreates(String model, String naming, PostgresServer server) throws Exception {
        String evolved = model + "-evolved";
        List<String> schemas = schemasOf(model);
        List<Path> first = HibernateOracle.compile(model, dir.resolve("first"));
        List<Path> second = HibernateOracle.compile(evolved, dir.resolve("evolved"));
        List<ConnectionInfo> made = new ArrayList<>();
        try {
            ConnectionInfo hibernate = created(server, made);
            ConnectionInfo dibs = created(server, made);
            String ddl = HibernateOracle.create(first, model, naming, hibernate, schemas);
            migrate(first, model, naming, dibs, server, schemas);
            assertSame(model, naming, dibs, hibernate, server, schemas, ddl);

            Plan evolution = migrate(second, evolved, naming, dibs, server, schemas);
            List<String> renamed = RENAMED.get(model);
            assertThat(evolution.changes()).as("%s with %s naming: the evolution renames %s to %s, keeping its data; the plan:%n%s",
                            model, naming, renamed.get(0), renamed.get(1), evolution.toSql())
                    .anyMatch(c -> c instanceof SchemaChange.RenameColumn r && r.from().equals(renamed.get(0))
                            && r.to().equals(renamed.get(1)));
            ConnectionInfo hibernateEvolved = created(server, made);
            String evolvedDdl = HibernateOracle.create(second, evolved, naming, hibernateEvolved, schemas);
            assertSame(evolved, naming, dibs, hibernateEvolved, server, schemas, evolvedDdl);
        } finally {
            made.forEach(server::dropDatabase);
        }
    }

    private static ConnectionInfo created(PostgresServer server, List<ConnectionInfo> made) {
        ConnectionInfo db = server.createDatabase("oracle");
        made.add(db);
        return db;
    }

    /**
     * dibs makes the database match the compiled model, as {@code dibs:migrate} would with a plan
     * of its own: load, compare, apply; then a second comparison must find nothing.
     */
    private static Plan migrate(List<Path> classpath, String model, String naming, ConnectionInfo db, PostgresServer server,
                                List<String> schemas) throws Exception {
        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of(HibernateOracle.packageOf(model)))
                .schemas(schemas).jpa(JpaSettings.of(naming)).load();
        DriftReport report = DriftDetector.detect(intent, db, () -> server, PlanOptions.defaults());
        assertThat(report.applicable() && report.refusals().isEmpty())
                .as("%s with %s naming: dibs's plan can be applied; what stops it:%n%s", model, naming, readable(report)).isTrue();
        try (Connection c = db.open()) {
            PlanApplier.apply(c, report.plan(), "5s", PlanListener.NONE);
        }
        DriftReport again = DriftDetector.detect(intent, db, () -> server, PlanOptions.defaults());
        assertThat(again.hasDrift()).as("%s with %s naming: after dibs's plan%n%s%nthe database still differs from the model:%n%s",
                model, naming, report.plan().toSql(), readable(again)).isFalse();
        return report.plan();
    }

    /** dibs's database compared with Hibernate's: nothing differs but the documented. */
    private static void assertSame(String model, String naming, ConnectionInfo dibs, ConnectionInfo hibernate, PostgresServer server,
                                   List<String> schemas, String hibernateDdl) {
        DriftReport report = DatabaseComparison.compare(dibs, hibernate, schemas, PlanOptions.defaults(), () -> server);
        List<String> undocumented = differences(report).stream()
                .filter(line -> DOCUMENTED.stream().noneMatch(d -> d.excuses(model, naming, line))).toList();
        assertThat(undocumented).as("%s with %s naming: where dibs's database differs from Hibernate's (+ Hibernate has it,"
                        + " - only dibs has it, ~ they differ; ! what dibs cannot change; ? objects dibs does not manage):%n%s%n"
                        + "%nthe plan that would make dibs's database Hibernate's:%n%s%n%nHibernate's DDL:%n%s",
                model, naming, String.join("\n", undocumented), report.plan().toSql(), hibernateDdl).isEmpty();
    }

    /** One line per difference of the report. */
    static List<String> differences(DriftReport report) {
        List<String> out = new ArrayList<>();
        for (SchemaChange change : report.plan().changes()) {
            ChangeDescriber.Described d = ChangeDescriber.describe(change);
            out.add(d.marker() + " " + (d.table() == null ? "" : d.table() + ": ") + d.text());
        }
        report.unreproducible().forEach(u -> out.add("! " + u));
        report.notManaged().stream().filter(n -> n.side() != NotManaged.Side.IDENTICAL && n.side() != NotManaged.Side.NOT_COMPARED)
                .forEach(n -> out.add("? " + report.describe(n)));
        return out;
    }

    private static String readable(DriftReport report) {
        List<String> lines = new ArrayList<>(differences(report));
        report.warnings().forEach(w -> lines.add("warning: " + w));
        report.refusals().forEach(r -> lines.add("refused: " + r));
        return String.join("\n", lines);
    }
}
