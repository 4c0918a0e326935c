package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.diff.CollationRefused;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collations the SQL files declare ({@code CREATE COLLATION}), used by Java columns through
 * {@code @Column(collation)}: built in the scratch database before the tables, found by the bare name
 * in the table's schema (or as {@code schema.name}), planned onto a database and kept there.
 */
@WithPostgres
class SqlFilesCollationsTest {

    @TempDir
    Path dir;

    private static final String COLLATIONS = """
            CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
            COMMENT ON COLLATION case_insensitive IS 'ignores case';
            CREATE COLLATION IF NOT EXISTS extra."numeric" (provider = icu, locale = 'en-u-kn-true');
            """;

    private static final String USERS = """
            @Table("users")
            public record User(@Pk long id,
                @Column(collation = "case_insensitive") @Unique String email,
                @Column(collation = "extra.numeric") String code,
                @Column(collation = "C") String plain,
                @Column(collation = "en_US.utf8x") String unknown) {}
            """;

    private LoadedSchema load(String sql, String type) throws Exception {
        List<Path> classpath = TestSchemas.compile(dir, type);
        Path file = dir.resolve("classes/dibs/00-collations.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
        return IntentLoader.builder().classpath(classpath).packages(List.of("e")).schemas(List.of("public", "extra")).load();
    }

    @Test
    void aColumnNamesADeclaredCollationByItsBareNameOrSchemaAndName() throws Exception {
        LoadedSchema intent = load(COLLATIONS, USERS);

        var users = intent.schema().table(new QualifiedName("public", "users")).orElseThrow();
        assertThat(users.columns()).extracting(Column::name, Column::collation).contains(
                org.assertj.core.groups.Tuple.tuple("email", new QualifiedName("public", "case_insensitive")),
                org.assertj.core.groups.Tuple.tuple("code", new QualifiedName("extra", "numeric")),
                org.assertj.core.groups.Tuple.tuple("plain", Column.builtinCollation("C")),
                // a dotted name no file declares stays one of pg_catalog (libc locales are named so)
                org.assertj.core.groups.Tuple.tuple("unknown", Column.builtinCollation("en_US.utf8x")));
    }

    @Test
    void declaredCollationsAreCreatedBeforeTheColumnsUsingThemAndKept(PostgresServer server, TestDatabase db) throws Exception {
        LoadedSchema intent = load(COLLATIONS, USERS.replace(",\n    @Column(collation = \"en_US.utf8x\") String unknown", ""));
        Schema desired = Canonicalizer.canonicalize(intent, server);
        assertThat(desired.collations()).extracting(c -> c.name() + " " + CollationRefused.describe(c) + " " + c.comment())
                .containsExactly("extra.numeric icu locale en-u-kn-true null",
                        "public.case_insensitive icu locale und-u-ks-level2, not deterministic ignores case");

        try (Connection c = db.connect()) {
            c.createStatement().execute("CREATE SCHEMA extra");
            Plan plan = Planner.plan(Inspector.inspect(c, List.of("public", "extra")).schema(), desired, intent.renames(),
                    PlanOptions.defaults());
            List<String> sql = plan.statements().stream().map(Statement::sql).toList();
            assertThat(sql.indexOf("CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2',"
                    + " deterministic = false)")).isNotNegative().isLessThan(indexOfTable(sql));
            assertThat(sql.indexOf("CREATE COLLATION extra.\"numeric\" (provider = icu, locale = 'en-u-kn-true')"))
                    .isNotNegative().isLessThan(indexOfTable(sql));
            PlanApplier.apply(c, plan, null, PlanListener.NONE);
            assertThat(Planner.plan(Inspector.inspect(c, List.of("public", "extra")).schema(), desired, intent.renames(),
                    PlanOptions.defaults()).changes()).isEmpty();
        }
        // the collation does what it says: the unique email ignores case
        db.execute("INSERT INTO users VALUES (1, 'Ann@example.com', '10', 'b')");
        assertThat(db.queryString("SELECT count(*) FROM users WHERE email = 'ANN@EXAMPLE.COM'")).isEqualTo("1");
        assertThat(db.queryString("SELECT string_agg(attname || '=' || COALESCE(n.nspname || '.' || c.collname, '-'), ', '"
                + " ORDER BY attname) FROM pg_attribute a LEFT JOIN pg_collation c ON c.oid = a.attcollation AND a.attcollation <> 100"
                + " LEFT JOIN pg_namespace n ON n.oid = c.collnamespace WHERE attrelid = 'users'::regclass AND attnum > 0"))
                .isEqualTo("code=extra.numeric, email=public.case_insensitive, id=-, plain=pg_catalog.C");
    }

    /** PostgreSQL alters no collation's definition and drops none in use: a redefinition under a column is refused, naming it. */
    @Test
    void aRedefinitionUnderAColumnIsRefusedBeforeAnythingRuns(PostgresServer server, TestDatabase db) throws Exception {
        db.execute("CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);"
                + " CREATE TABLE users (id bigint PRIMARY KEY, email text COLLATE case_insensitive)");
        LoadedSchema intent = load("CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level1', deterministic = false);",
                "@Table(\"users\") public record User(@Pk long id, @Column(collation = \"case_insensitive\") String email) {}");
        Schema desired = Canonicalizer.canonicalize(intent, server);
        try (Connection c = db.connect()) {
            Schema current = Inspector.inspect(c, List.of("public")).schema();
            CollationRefused e = catchThrowableOfType(CollationRefused.class,
                    () -> Planner.plan(current, desired, intent.renames(), PlanOptions.defaults()));
            assertThat(e).hasMessage("dibs cannot change the collation public.case_insensitive from icu locale und-u-ks-level2,"
                    + " not deterministic to icu locale und-u-ks-level1, not deterministic: PostgreSQL cannot alter a collation's"
                    + " provider, locale, rules or determinism, and cannot drop it while column public.users.email uses it; so"
                    + " nothing was planned. Either keep its definition, or declare the new one as a collation under another name"
                    + " and move them to it (one plan creates it, moves them and drops the old one).");
        }
    }

    private static int indexOfTable(List<String> sql) {
        for (int i = 0; i < sql.size(); i++) {
            if (sql.get(i).startsWith("CREATE TABLE public.users")) {
                return i;
            }
        }
        throw new AssertionError("no CREATE TABLE public.users in " + sql);
    }
}
