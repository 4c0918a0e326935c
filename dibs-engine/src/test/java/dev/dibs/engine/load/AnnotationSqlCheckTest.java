package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every annotation whose text becomes SQL is checked at load time, and the problem names its member. */
class AnnotationSqlCheckTest {

    @TempDir
    Path dir;

    private List<Problem> problems(String type) {
        List<Path> classpath = TestSchemas.compile(dir, type);
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("e")).load());
        assertThat(e).as("expected the loader to refuse the schema").isNotNull();
        return e.problems();
    }

    @Test
    void eachPlaceIsCheckedAndNamed() {
        List<Problem> found = problems("""
                @Table("t")
                @Check("true) NOT VALID; SELECT (true")
                @Index(columns = "(lower(name)); DROP TABLE victims; --")
                @Index(columns = "name", where = "true; DROP TABLE victims")
                @Index(columns = "name", using = "btree (id); DROP TABLE victims; --")
                public record T(@Pk long id, String name,
                    @Default("0; DROP TABLE victims") int a,
                    @GeneratedAs("a) STORED, b int GENERATED ALWAYS AS (1") int b,
                    @Column(type = "int; DROP TABLE victims") int c,
                    @Default("1 REFERENCES victims") int d,
                    @Index(where = "$$ ; $$ <> ''); DROP TABLE victims; SELECT (1") String e) {}
                """);
        assertThat(found).extracting(Problem::where).containsExactlyInAnyOrder(
                "e.T", "e.T", "e.T", "e.T", "e.T.a", "e.T.b", "e.T.c", "e.T.d", "e.T.e"); // one problem each
        assertThat(found).extracting(Problem::message).anySatisfy(m -> assertThat(m).startsWith("@Check \"true) NOT VALID"))
                .anySatisfy(m -> assertThat(m).startsWith("@Index(columns = …) \"(lower(name)); DROP"))
                .anySatisfy(m -> assertThat(m).startsWith("@Index(where = …) \"true; DROP"))
                .anySatisfy(m -> assertThat(m).startsWith("@Index(using = \"btree (id); DROP"))
                .anySatisfy(m -> assertThat(m).startsWith("@Default \"0; DROP"))
                .anySatisfy(m -> assertThat(m).startsWith("@GeneratedAs \"a) STORED"))
                .anySatisfy(m -> assertThat(m).startsWith("@Column(type = \"int; DROP TABLE victims\") is not a type name"))
                .anySatisfy(m -> assertThat(m).contains("would add a column constraint"));
    }

    @Test
    void soundTextsWithSemicolonsInLiteralsLoad() {
        LoadedSchema schema = IntentLoader.builder().classpath(TestSchemas.compile(dir, """
                @Table("t")
                @Check("note <> 'a; b) -- c' AND note <> $$x;y$$")
                @Index(columns = "(lower(note)) DESC, id", where = "note <> E'it\\\\'s'", using = "BTREE")
                public record T(@Pk long id, @Default("';'") String note, @Column(type = "varchar(80)[]") String[] tags,
                    @GeneratedAs("length(note)") int size) {}
                """)).packages(List.of("e")).load();
        assertThat(schema.schema().tables()).singleElement().satisfies(t -> {
            assertThat(t.checks()).singleElement().satisfies(c -> assertThat(c.expression()).contains("'a; b) -- c'"));
            assertThat(t.indexes()).singleElement().satisfies(i -> assertThat(i.predicate()).isEqualTo("note <> E'it\\'s'"));
        });
    }

    @Test
    void controlCharactersInTheTextAreShownEscaped() {
        List<Problem> found = problems("""
                @Table("t") @Check("true;\\n[INFO] dibs: no differences")
                public record T(@Pk long id) {}
                """);
        assertThat(found).singleElement().satisfies(p -> assertThat(p.message()).doesNotContain("\n")
                .contains("true;\\n[INFO]"));
    }
}
