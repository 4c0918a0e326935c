package dev.dibs.engine.importer;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.ops.ImportFromDatabase;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.solve.SchemaComparison;
import dev.dibs.engine.testing.JavaSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import's proof: inspect a database, write its records and enums, compile them as a user's
 * build would, load them as the plugin does, and compare with the same database as
 * {@code dibs:diff} does. The round trip holds when that finds nothing to change and nothing
 * beyond the plan.
 */
public final class RoundTrip {

    static final String PACKAGE = "com.acme.db";

    /** What one round trip produced, for the test to assert on and to print when it fails. */
    public record Result(List<ImportedFile> files, List<String> warnings, DriftReport report, List<String> differences) {

        public boolean empty() {
            return !report.hasDrift() && differences.isEmpty();
        }

        /** The differences, the plan and the sources: everything needed to see why a round trip failed. */
        public String explain() {
            StringBuilder out = new StringBuilder("the imported Java schema differs from the database:\n");
            differences.forEach(d -> out.append("  difference: ").append(d).append('\n'));
            report.unreproducible().forEach(u -> out.append("  beyond the plan: ").append(u).append('\n'));
            out.append("plan:\n").append(report.plan().toSql()).append("\nsources:\n");
            files.forEach(f -> out.append("--- ").append(f.path()).append('\n').append(f.content()));
            return out.toString();
        }
    }

    private RoundTrip() {
    }

    /**
     * Makes {@code database} what the Java sources declare, as {@code dibs:migrate} would: compile,
     * load, plan against the database and apply.
     */
    static void createFromJava(ConnectionInfo database, Map<String, String> sources, List<String> packages,
                               List<String> schemas, PostgresServer scratch, Path dir) throws SQLException {
        List<Path> classpath = JavaSources.compile(dir.resolve("given"), sources, "-encoding", "UTF-8");
        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(packages).schemas(schemas).load();
        DriftReport report = DriftDetector.detect(intent, database, () -> scratch, PlanOptions.defaults());
        try (Connection c = database.open()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
    }

    /** Imports {@code database}'s {@code schemas} into {@code dir} and diffs the result against it. */
    public static Result run(ConnectionInfo database, List<String> schemas, PostgresServer scratch, Path dir) {
        Inspection inspected = Inspector.inspect(database, schemas);
        // the whole import, as dibs:import writes it: the records and enums, and the dibs/*.sql files
        ImportResult imported = DatabaseImport.of(inspected, ImportFromDatabase.outsideUses(database, schemas), PACKAGE,
                "the test database");
        List<ImportedFile> files = imported.files();
        List<String> warnings = imported.warnings();
        List<Path> classpath = compile(files, dir.resolve("imported"));
        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of(PACKAGE)).schemas(schemas).load();
        DriftReport report = DriftDetector.detect(intent, database, () -> scratch, PlanOptions.defaults());
        List<String> differences = SchemaComparison.differences(inspected.schema(), report.desired());
        return new Result(files, warnings, report, differences);
    }

    /**
     * Compiles the imported Java sources with the dibs annotation processor, as {@code mvn compile}
     * would, and puts the imported {@code src/main/resources} files (the {@code dibs/*.sql} of the
     * SQL-file half) beside the classes, where the loader finds them on the class path.
     */
    static List<Path> compile(List<ImportedFile> files, Path dir) {
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> resources = new LinkedHashMap<>();
        for (ImportedFile f : files) {
            if (f.path().startsWith("src/main/java/")) {
                sources.put(f.path().substring("src/main/java/".length()), f.content());
            } else if (f.path().startsWith("src/main/resources/")) {
                resources.put(f.path().substring("src/main/resources/".length()), f.content());
            } else {
                throw new IllegalStateException("an imported file outside src/main: " + f.path());
            }
        }
        try {
            // a database without tables imports no class, and javac refuses to compile nothing
            List<Path> classpath = sources.isEmpty() ? List.of(Files.createDirectories(dir.resolve("classes")), JavaSources.dibsApi())
                    : JavaSources.compile(dir, sources, "-encoding", "UTF-8");
            for (Map.Entry<String, String> r : resources.entrySet()) { // the hook for dibs/*.sql
                Path target = classpath.get(0).resolve(r.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, r.getValue());
            }
            return classpath;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
