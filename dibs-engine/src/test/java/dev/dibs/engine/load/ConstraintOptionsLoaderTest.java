package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key options ({@code nullsNotDistinct}, {@code include}, {@code with}, {@code deferrable}),
 * {@code @Check(noInherit)} and {@code @Exclusion} are read into the model; their texts are refused
 * when they could carry SQL of their own, each problem naming the class or member and the fix.
 */
class ConstraintOptionsLoaderTest {

    @TempDir
    Path dir;

    private Table load(String type) {
        LoadedSchema schema = IntentLoader.builder().classpath(TestSchemas.compile(dir, type)).packages(List.of("e")).load();
        return schema.schema().tables().get(0);
    }

    private List<Problem> problems(String type) {
        List<Path> classpath = TestSchemas.compile(dir, type);
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("e")).load());
        assertThat(e).as("expected the loader to refuse the schema").isNotNull();
        return e.problems();
    }

    @Test
    void everyOptionReachesTheModel() {
        Table t = load("""
                @Table("rooms")
                @UniqueConstraint(columns = "code", nullsNotDistinct = true, include = "floor",
                    with = "FillFactor = 70, deduplicate_items=OFF", deferrable = Deferrable.DEFERRED)
                @Check(name = "rooms_floor_check", value = "floor >= 0", noInherit = true)
                @Check(value = "floor < 100", validate = false)
                @Exclusion(name = "rooms_no_overlap", value = " USING gist (during WITH &&) WHERE (floor > 0) ")
                public record Room(@Pk(include = "note", with = "fillfactor=80", deferrable = Deferrable.IMMEDIATE) int id,
                    @Unique(deferrable = Deferrable.IMMEDIATE) @Nullable String code, int floor, @Nullable String note,
                    @Nullable @Column(type = "int4range") String during) {}
                """);

        assertThat(t.primaryKey()).isEqualTo(new PrimaryKey("rooms_pkey", List.of("id"), List.of("note"), List.of("fillfactor=80"),
                Deferrability.INITIALLY_IMMEDIATE));
        assertThat(t.uniques()).containsExactly(
                new UniqueConstraint("rooms_code_floor_key", List.of("code"), true, List.of("floor"),
                        List.of("deduplicate_items=off", "fillfactor=70"), Deferrability.INITIALLY_DEFERRED),
                new UniqueConstraint("rooms_code_key", List.of("code"), false, List.of(), List.of(),
                        Deferrability.INITIALLY_IMMEDIATE));
        assertThat(t.checks()).containsExactlyInAnyOrder(new Check("rooms_floor_check", "floor >= 0", true, true, true),
                new Check("rooms_floor_check1", "floor < 100", false, true, false));
        assertThat(t.exclusions()).containsExactly(
                new Exclusion("rooms_no_overlap", "EXCLUDE USING gist (during WITH &&) WHERE (floor > 0)"));
    }

    @Test
    void theOptionsOfACompositeKeyMayStandOnOneMemberButMustNotDisagree() {
        Table t = load("""
                @Table("pairs")
                public record Pair(@Pk int a, @Pk(deferrable = Deferrable.DEFERRED) int b) {}
                """);
        assertThat(t.primaryKey().columns()).containsExactly("a", "b");
        assertThat(t.primaryKey().deferrability()).isEqualTo(Deferrability.INITIALLY_DEFERRED);

        List<Problem> found = problems("""
                @Table("pairs")
                public record Pair(@Pk(with = "fillfactor=70") int a, @Pk(with = "fillfactor=80") int b) {}
                """);
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("e.Pair.b");
            assertThat(p.message()).contains("than @Pk on a");
            assertThat(p.fix()).contains("one @Pk member only");
        });
    }

    @Test
    void hostileExclusionsAndStorageParametersAreRefusedAndNamed() {
        List<Problem> found = problems("""
                @Table("t")
                @Exclusion(name = "t_a", value = "USING gist (during WITH &&); DROP TABLE victims; --")
                @Exclusion(name = "t_b", value = "USING gist (during WITH &&), ADD COLUMN evil int")
                @Exclusion(name = "t_c", value = "USING gist (during WITH &&)) INHERITS (victims")
                @Exclusion(name = "t_d", value = "EXCLUDE USING gist (during WITH &&)")
                @Exclusion(name = "t_e", value = "CHECK (false)")
                @UniqueConstraint(columns = "id", with = "fillfactor=70); DROP TABLE victims; --")
                public record T(@Pk(with = "fillfactor=70 --") int id, @Unique(with = "fillfactor") int n,
                    @Nullable @Column(type = "int4range") String during) {}
                """);
        assertThat(found).extracting(Problem::where).containsExactlyInAnyOrder("e.T", "e.T", "e.T", "e.T", "e.T", "e.T",
                "e.T.id", "e.T.n");
        assertThat(found).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("@Exclusion(name = \"t_a\"").contains("';' would end the statement"))
                .anySatisfy(m -> assertThat(m).startsWith("@Exclusion(name = \"t_b\"").contains("comma"))
                .anySatisfy(m -> assertThat(m).startsWith("@Exclusion(name = \"t_c\"").contains("did not open"))
                .anySatisfy(m -> assertThat(m).startsWith("@Exclusion(name = \"t_d\"").contains("starts with EXCLUDE"))
                .anySatisfy(m -> assertThat(m).startsWith("@Exclusion(name = \"t_e\"").contains("does not start with USING"))
                .anySatisfy(m -> assertThat(m).startsWith("@UniqueConstraint(with = \"fillfactor=70); DROP"))
                .anySatisfy(m -> assertThat(m).startsWith("@Pk(with = \"fillfactor=70 --\")"))
                .anySatisfy(m -> assertThat(m).startsWith("@Unique(with = \"fillfactor\")"));
        assertThat(found).filteredOn(p -> p.message().contains("(with = ")).allSatisfy(p ->
                assertThat(p.fix()).contains("fillfactor=70"));
    }

    @Test
    void anIncludeColumnMustExist() {
        List<Problem> found = problems("""
                @Table("t")
                @UniqueConstraint(columns = "id", include = "nope")
                public record T(@Pk int id) {}
                """);
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("e.T");
            assertThat(p.message()).contains("include = \"nope\"").contains("\"nope\"");
        });
    }
}
