package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fields a {@code @Table} class inherits are columns, the superclass's first; a superclass whose
 * bytecode the scan cannot see is refused, never skipped.
 */
@WithPostgres
class InheritedMembersTest {

    @TempDir
    Path dir;

    private static final String BASE = """
            package h.base;
            import dev.dibs.*;
            import java.time.Instant;
            public abstract class BaseEntity {
                public static final int VERSION = 1;
                /** The key. */
                @Pk @Identity long id;
                /** When it was made. */
                @Default("now()") Instant createdAt;
                transient String cache;
            }
            """;

    private static final String ORDER = """
            package h;
            import dev.dibs.*;
            @Table("orders")
            public class Order extends h.base.BaseEntity {
                static int counter;
                String number;
                @Nullable String note;
            }
            """;

    private List<Path> compile(String... pathsAndSources) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            sources.put(pathsAndSources[i], pathsAndSources[i + 1]);
        }
        return JavaSources.compile(dir, sources);
    }

    private static Table table(LoadedSchema loaded, String name) {
        return loaded.schema().table(new QualifiedName("public", name)).orElseThrow();
    }

    private static List<String> columnNames(Table t) {
        return t.columns().stream().map(Column::name).toList();
    }

    @Test
    void superclassFieldsComeFirstAndCarryTheKey() {
        List<Path> classpath = compile("h/base/BaseEntity.java", BASE, "h/Order.java", ORDER);
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("h")).load();
        Table orders = table(loaded, "orders");
        assertThat(columnNames(orders)).containsExactly("id", "created_at", "number", "note");
        assertThat(orders.primaryKey()).isNotNull();
        assertThat(orders.primaryKey().columns()).containsExactly("id");
        Column id = orders.column("id").orElseThrow();
        assertThat(id.identity()).isNotEqualTo(dev.dibs.engine.model.Identity.NONE);
        Column createdAt = orders.column("created_at").orElseThrow();
        assertThat(createdAt.type()).isEqualTo(PgType.parse("timestamptz"));
        assertThat(createdAt.defaultExpression()).isEqualTo("now()");
        assertThat(createdAt.nullable()).isFalse();
    }

    @Test
    void inheritedFieldsKeepTheirJavadocAndSourcePositions() {
        List<Path> classpath = compile("h/base/BaseEntity.java", BASE, "h/Order.java", ORDER);
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("h")).load();
        Table orders = table(loaded, "orders");
        assertThat(orders.column("id").orElseThrow().comment()).isEqualTo("The key.");
        assertThat(orders.column("created_at").orElseThrow().comment()).isEqualTo("When it was made.");
        assertThat(loaded.origins().column(orders.name(), "created_at").orElseThrow().location())
                .satisfies(l -> {
                    assertThat(l.file()).isEqualTo("h/base/BaseEntity.java");
                    assertThat(l.line()).isEqualTo(9);
                });
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void aSuperclassOutsideTheScannedPackagesIsStillRead() {
        // The scan is limited to h.tables; ClassGraph reads superclasses outside it from the classpath.
        List<Path> classpath = compile("h/base/BaseEntity.java", BASE, "h/tables/Order.java",
                ORDER.replace("package h;", "package h.tables;"));
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("h.tables")).load();
        assertThat(columnNames(table(loaded, "orders"))).containsExactly("id", "created_at", "number", "note");
    }

    @Test
    void chainsOfSeveralLevelsAndGenericSuperclasses() {
        List<Path> classpath = compile(
                "g/Keyed.java", """
                        package g;
                        import dev.dibs.*;
                        public abstract class Keyed<K> { @Pk K id; }
                        """,
                "g/Audited.java", """
                        package g;
                        import dev.dibs.*;
                        public abstract class Audited<T, U> extends Keyed<T> { U changedBy; int revision; }
                        """,
                "g/Tag.java", """
                        package g;
                        import dev.dibs.*;
                        @Table("tags")
                        public class Tag extends Audited<java.util.UUID, String> { String label; }
                        """);
        Table tags = table(IntentLoader.builder().classpath(classpath).packages(List.of("g")).load(), "tags");
        assertThat(columnNames(tags)).containsExactly("id", "changed_by", "revision", "label");
        assertThat(tags.column("id").orElseThrow().type()).isEqualTo(PgType.parse("uuid"));
        assertThat(tags.column("changed_by").orElseThrow().type()).isEqualTo(PgType.parse("text"));
        assertThat(tags.primaryKey().columns()).containsExactly("id");
    }

    @Test
    void anUnboundTypeVariableIsAProblemNamingIt() {
        List<Path> classpath = compile(
                "r/Keyed.java", "package r; import dev.dibs.*; public abstract class Keyed<K> { @Pk K id; }",
                "r/Raw.java", "package r; import dev.dibs.*; @Table(\"raw\") @SuppressWarnings(\"rawtypes\") public class Raw extends Keyed {}");
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("r")).load());
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("r.Raw.id");
            assertThat(p.message()).contains("the type variable K of r.Keyed is not bound to a concrete type by r.Raw");
            assertThat(p.fix()).contains("@Column(type =");
        });
    }

    @Test
    void aSuperclassMissingFromTheClasspathIsRefusedNamingBothClassesAndTheFix() throws Exception {
        List<Path> classpath = compile("h/base/BaseEntity.java", BASE, "h/Order.java", ORDER);
        Files.delete(classpath.get(0).resolve("h/base/BaseEntity.class"));
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("h")).load());
        assertThat(e).as("a missing superclass must not be skipped").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("h.Order");
            assertThat(p.message()).contains("extends h.base.BaseEntity").contains("not in the scan");
            assertThat(p.fix()).contains("packages parameter").contains("classpath");
        });
    }

    @Test
    void recordsAndPlainClassesNeedNothingMore() {
        List<Path> classpath = compile(
                "p/R.java", "package p; import dev.dibs.*; @Table(\"r\") public record R(@Pk long id, String name) {}",
                "p/C.java", "package p; import dev.dibs.*; @Table(\"c\") public class C { @Pk long id; }");
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("p")).load();
        assertThat(columnNames(table(loaded, "r"))).containsExactly("id", "name");
        assertThat(columnNames(table(loaded, "c"))).containsExactly("id");
    }

    @Test
    void theDatabaseGetsThePrimaryKeyOfTheSuperclass(TestDatabase db, PostgresServer server) throws Exception {
        List<Path> classpath = compile("h/base/BaseEntity.java", BASE, "h/Order.java", ORDER);
        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of("h")).load();
        DriftReport report = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(db.queryStrings("""
                SELECT a.attname FROM pg_constraint k
                  JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
                 WHERE k.conrelid = 'public.orders'::regclass AND k.contype = 'p'""")).containsExactly("id");
        assertThat(db.queryString("SELECT column_default FROM information_schema.columns "
                + "WHERE table_name = 'orders' AND column_name = 'created_at'")).isEqualTo("now()");
        assertThat(DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults()).hasDrift())
                .as("applying the plan and diffing again gives nothing").isFalse();
    }
}
