package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.DibsMigration;
import dev.dibs.MigrationContext;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.TransactionMode;
import dev.dibs.engine.testing.JavaSources;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A generated migration, compiled by javac, hands {@code ctx.execute} every statement of its plan
 * byte for byte — whatever the statement holds: trailing spaces and tabs, line breaks of every
 * kind, backslashes, quotes and {@code """}, text that looks like a Java escape, non-ASCII letters
 * and white space, control characters.
 */
class GeneratedStringsPropertyTest {

    private static final List<String> FRAGMENTS = List.of(" ", "  ", "\t", "\n", "\r", "\r\n", "\\", "\"", "\"\"\"", "'",
            "a", "SELECT 1", "CREATE TABLE t (\n  id int\n)", "é", "中文", "\uD83D\uDE00", "\u2003", "\u00A0", "\u2028", "\u3000",
            "\u0000", "\u0001", "\f", "\u000B", "\u001C", "\u007F", "\u0085", "u0041", "\\u0041", "\\s", "s", "n", "{", "}",
            "?", "??", "0", "7", "*/", "//", "/*", "$$");

    @Provide
    Arbitrary<List<String>> statements() {
        Arbitrary<String> statement = Arbitraries.of(FRAGMENTS).list().ofMaxSize(16).map(parts -> String.join("", parts));
        return statement.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 40)
    void generatedMigrationsHandBackEveryStatementExactly(@ForAll("statements") List<String> sqls) throws Exception {
        assertThat(roundTrip(sqls)).containsExactlyElementsOf(sqls);
    }

    @Example
    void awkwardStatementsComeBackExactly() throws Exception {
        List<String> sqls = List.of("ALTER TABLE t ALTER COLUMN c SET DEFAULT 'a \nb'::text", "", "\n", " ", "\n\n ", "x\"", "\"",
                "\"\"", "\"\"\"\"", "  indented\n  both", " \n", "end \\", "tab\t", "\u2003trailing\u2003", "a\r\nb\rc",
                "COMMENT ON TABLE t IS 'caf\u00e9 \uD83D\uDE00'");
        assertThat(roundTrip(sqls)).containsExactlyElementsOf(sqls);
    }

    /** Writes the migration for the statements, compiles it, runs it against a recording context. */
    private static List<String> roundTrip(List<String> sqls) throws Exception {
        Path dir = Files.createTempDirectory("dibs-generated");
        try {
            List<Statement> statements = sqls.stream().map(sql -> new Statement(sql, new SchemaChange.CreateSchema("s"),
                    EnumSet.noneOf(Hazard.class), TransactionMode.IN_TRANSACTION)).toList();
            Plan plan = new Plan(statements.stream().map(Statement::change).toList(), statements, List.of());
            Path file = MigrationGenerator.write(plan, dir.resolve("src"), "g", "strings",
                    ZonedDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC)).get(0);
            String className = file.getFileName().toString().replace(".java", "");
            List<Path> cp = JavaSources.compile(dir.resolve("javac"), Map.of("g/" + file.getFileName(), Files.readString(file)));
            List<String> executed = new ArrayList<>();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {cp.get(0).toUri().toURL()}, DibsMigration.class.getClassLoader())) {
                DibsMigration migration = (DibsMigration) loader.loadClass("g." + className).getConstructor().newInstance();
                migration.migrate(new Recording(executed));
            }
            return executed;
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A context that only records what {@code execute} receives. */
    private record Recording(List<String> executed) implements MigrationContext {
        @Override
        public long execute(String sql, Object... params) {
            executed.add(sql);
            return 0;
        }

        @Override
        public List<Map<String, Object>> query(String sql, Object... params) {
            throw new AssertionError("not generated");
        }

        @Override
        public long backfill(String sql, Object... params) {
            throw new AssertionError("not generated");
        }

        @Override
        public Connection connection() {
            throw new AssertionError("not generated");
        }

        @Override
        public void log(String message) {
            throw new AssertionError("not generated");
        }
    }
}
