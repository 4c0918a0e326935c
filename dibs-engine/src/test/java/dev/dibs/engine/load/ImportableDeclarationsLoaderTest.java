package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What existing databases commonly hold and the annotations now say: {@code @Identity(always)},
 * {@code @PgEnum.Label} for labels no constant can be named, {@code @PgEnum} enums no column uses,
 * and {@code @Pk(name)} for a key that kept the name of a renamed table.
 */
class ImportableDeclarationsLoaderTest {

    @TempDir
    Path dir;

    private LoadedSchema load(String... types) {
        return IntentLoader.builder().classpath(TestSchemas.compile(dir, types)).packages(List.of("e")).load();
    }

    private List<Problem> problems(String... types) {
        List<Path> classpath = TestSchemas.compile(dir, types);
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("e")).load());
        assertThat(e).as("expected the loader to refuse the schema").isNotNull();
        return e.problems();
    }

    @Test
    void identityIsByDefaultUnlessAlways() {
        Table t = load("@Table(\"t\") public record T(@Pk @Identity(always = true) long id, @Identity int n) {}")
                .schema().tables().get(0);
        assertThat(t.column("id").orElseThrow().identity()).isEqualTo(Identity.ALWAYS);
        assertThat(t.column("n").orElseThrow().identity()).isEqualTo(Identity.BY_DEFAULT);
    }

    @Test
    void labelsComeFromPgEnumLabelWhereGivenElseFromTheConstantNames() {
        LoadedSchema s = load("@Table(\"t\") public record T(@Pk int id, Shipping state) {}", """
                @PgEnum("shipping")
                public enum Shipping {
                    @PgEnum.Label("new") NEW,
                    @PgEnum.Label("not shipped") NOT_SHIPPED,
                    @PgEnum.Label("in-progress") @RenamedFrom("busy") IN_PROGRESS,
                    done
                }
                """);
        assertThat(s.schema().enums()).containsExactly(new EnumType(new QualifiedName("public", "shipping"),
                List.of("new", "not shipped", "in-progress", "done"), null));
        assertThat(s.renames().enumLabels()).containsExactly(
                new RenameHints.EnumLabelRename(new QualifiedName("public", "shipping"), "in-progress", "busy"));
    }

    @Test
    void emptyAndDuplicateLabelsAreRefusedNamingTheConstant() {
        List<Problem> found = problems("""
                @PgEnum
                public enum Bad { @PgEnum.Label("") EMPTY, a, @PgEnum.Label("a") ALSO_A, @PgEnum.Label("x") X,
                    @PgEnum.Label("x") OTHER_X }
                """);
        assertThat(found).extracting(Problem::where).containsExactly("e.Bad.EMPTY", "e.Bad.ALSO_A", "e.Bad.OTHER_X");
        assertThat(found.get(0).message()).contains("empty label");
        assertThat(found.get(1).message()).contains("its label 'a' is also the label of a");
        assertThat(found.get(2).message()).contains("its label 'x' is also the label of X");
        assertThat(found.get(2).fix()).contains("@PgEnum.Label");
    }

    @Test
    void aPgEnumNoColumnUsesIsDeclaredAndAPlainEnumIsNot() {
        LoadedSchema s = load("@Table(\"t\") public record T(@Pk int id) {}",
                "/** Spare parts. */ @PgEnum(\"spare\") public enum Spare { A, B }", "public enum Plain { X, Y }");
        assertThat(s.schema().enums()).containsExactly(
                new EnumType(new QualifiedName("public", "spare"), List.of("A", "B"), "Spare parts."));
    }

    @Test
    void aPgEnumNoColumnUsesLivesInPublicUnlessItsSchemaIsGiven() {
        List<Path> classpath = TestSchemas.compile(dir, "@Table(\"t\") public record T(@Pk int id) {}",
                "@PgEnum(\"spare\") public enum Spare { A }",
                "@PgEnum(value = \"level\", schema = \"audit\") public enum Level { LOW }");
        LoadedSchema s = IntentLoader.builder().classpath(classpath).packages(List.of("e")).schemas(List.of("public", "audit")).load();
        assertThat(s.schema().enums()).containsExactlyInAnyOrder(
                new EnumType(new QualifiedName("public", "spare"), List.of("A"), null),
                new EnumType(new QualifiedName("audit", "level"), List.of("LOW"), null));

        // in a schema dibs does not manage, it is refused as a used one is, not left out
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("e")).load());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("e.Level");
            assertThat(p.message()).startsWith("schema \"audit\" is not in schemas (public): ");
        });
    }

    @Test
    void pgEnumOnATypeThatIsNoEnumIsRefused() {
        List<Problem> found = problems("@Table(\"t\") public record T(@Pk int id) {}", "@PgEnum public class NotAnEnum {}");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("e.NotAnEnum");
            assertThat(p.message()).contains("not a Java enum");
        });
    }

    @Test
    void aPrimaryKeyNameMayBeGivenOnOneOfItsMembers() {
        Table t = load("@Table(\"orders\") public record Order(@Pk(name = \"old_orders_pkey\") int id, @Pk int line) {}")
                .schema().tables().get(0);
        assertThat(t.primaryKey().name()).isEqualTo("old_orders_pkey");
        assertThat(t.primaryKey().columns()).containsExactly("id", "line");

        List<Problem> found = problems(
                "@Table(\"orders\") public record Order(@Pk(name = \"a_pkey\") int id, @Pk(name = \"b_pkey\") int line) {}");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("e.Order.line");
            assertThat(p.message()).contains("another name").contains("than @Pk on id");
        });
    }

    @Test
    void aPrimaryKeyNameTakesItsPlaceAmongTheNames() {
        // PostgreSQL names the unique key after the columns, avoiding the relation the primary key's index took
        Table t = load("@Table(\"t\") public record T(@Pk(name = \"t_code_key\") int id, @Unique int code) {}")
                .schema().tables().get(0);
        assertThat(t.primaryKey().name()).isEqualTo("t_code_key");
        assertThat(t.uniques()).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("t_code_key1"));

        List<Problem> found = problems("@Table(\"t\") public record T(@Pk(name = \"" + "k".repeat(64) + "\") int id) {}");
        assertThat(found).singleElement().satisfies(p -> assertThat(p.message()).contains("longer than 63 bytes"));
    }
}
