package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Table(inherits)}: a child has its parents' columns first (their keys, identities and
 * comments not), then its own; a parent that is no {@code @Table}, a partitioned one, the table
 * itself or one below it, and a field of a parent column's name with another type are refused,
 * naming the class and the fix.
 */
class InheritsAnnotationsTest {

    @TempDir
    Path dir;

    private static final String HEADER = "package v;\nimport dev.dibs.*;\n";

    private List<Path> compile(String body) {
        return JavaSources.compile(dir, Map.of("v/P.java", HEADER + body));
    }

    private LoadedSchema load(String body) {
        return IntentLoader.builder().classpath(compile(body)).packages(List.of("v")).load();
    }

    private List<Problem> problems(String body) {
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class, () -> load(body));
        assertThat(e).as("expected the loader to refuse %s", body).isNotNull();
        return e.problems();
    }

    private static final String PARENT = """
            @Table("favorites")
            /** The parent. */
            record P(@Pk @Identity long id, long userId, @Default("now()") java.time.OffsetDateTime createdAt) {}
            """;

    @Test
    void aChildHasItsParentsColumnsFirstThenItsOwn() {
        LoadedSchema loaded = load(PARENT + """
                @Table(value = "favorites_0", inherits = "favorites")
                @Check(name = "even", value = "user_id % 2 = 0")
                @Index(columns = "user_id")
                record C(@Nullable String note) {}
                @Table(value = "favorites_00", inherits = "public.favorites_0")
                record G(long extra) {}
                """);
        Table child = loaded.schema().table(new QualifiedName("public", "favorites_0")).orElseThrow();
        assertThat(child.options().inherits()).containsExactly(new QualifiedName("public", "favorites"));
        assertThat(child.columns()).extracting(Column::name).containsExactly("id", "user_id", "created_at", "note");
        Column id = child.column("id").orElseThrow();
        assertThat(id.isIdentity()).isFalse();
        assertThat(id.nullable()).isFalse();
        assertThat(id.defaultExpression()).isNull();
        assertThat(child.column("created_at").orElseThrow().defaultExpression()).isEqualTo("now()");
        assertThat(child.primaryKey()).isNull();
        assertThat(child.indexes()).hasSize(1);
        Table grandchild = loaded.schema().table(new QualifiedName("public", "favorites_00")).orElseThrow();
        assertThat(grandchild.columns()).extracting(Column::name).containsExactly("id", "user_id", "created_at", "note", "extra");
    }

    @Test
    void aFieldOfAParentColumnsNameMergesWithItWhenOfItsType() {
        LoadedSchema loaded = load(PARENT + """
                @Table(value = "favorites_0", inherits = "favorites")
                record C(@Pk long id, @Default("7") long userId) {}
                """);
        Table child = loaded.schema().table(new QualifiedName("public", "favorites_0")).orElseThrow();
        assertThat(child.columns()).extracting(Column::name).containsExactly("id", "user_id", "created_at");
        assertThat(child.column("user_id").orElseThrow().defaultExpression()).isEqualTo("7");
        assertThat(child.primaryKey().columns()).containsExactly("id");
    }

    @Test
    void refusesAParentThatIsNoTableOrTheTableItself() {
        List<Problem> unknown = problems(PARENT + """
                @Table(value = "c", inherits = "nothing")
                record C(long a) {}
                @Table(value = "d", inherits = "d")
                record D(long a) {}
                """);
        assertThat(unknown).hasSize(2);
        assertThat(unknown.get(0).where()).isEqualTo("v.C");
        assertThat(unknown.get(0).message()).contains("@Table(inherits = \"nothing\") names no @Table class");
        assertThat(unknown.get(0).fix()).contains("\"schema.table\"");
        assertThat(unknown.get(1).message()).contains("names the table itself");
    }

    @Test
    void refusesAPartitionedParentOrChild() {
        List<Problem> partitioned = problems("""
                @Table(value = "events", partitionBy = "LIST (kind)")
                record E(String kind) {}
                @Table(value = "c", inherits = "events")
                record C(long a) {}
                """);
        assertThat(partitioned).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("names the partitioned table public.events");
            assertThat(p.fix()).contains("@Partition");
        });
    }

    @Test
    void refusesAPartitionedChild() {
        List<Problem> partitionedChild = problems(PARENT + """
                @Table(value = "c", inherits = "favorites", partitionBy = "LIST (user_id)")
                record C(long a) {}
                """);
        assertThat(partitionedChild).singleElement().satisfies(p -> assertThat(p.message()).contains("cannot be partitioned"));
    }

    @Test
    void refusesALoop() {
        List<Problem> loop = problems("""
                @Table(value = "a", inherits = "b")
                record A(long x) {}
                @Table(value = "b", inherits = "a")
                record B(long y) {}
                """);
        assertThat(loop).isNotEmpty();
        assertThat(loop.get(0).message()).contains("inherit from itself");
    }

    @Test
    void refusesAFieldOfAnotherTypeThanTheParentsColumn() {
        List<Problem> retyped = problems(PARENT + """
                @Table(value = "c", inherits = "favorites")
                record C(String userId) {}
                """);
        assertThat(retyped).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("v.C.userId");
            assertThat(p.message()).contains("column user_id is text, but the parent gives it as bigint");
        });
    }
}
