package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operator classes, collations, NULLS NOT DISTINCT and storage parameters as Java declares them:
 * read into the model as written, and anything that is not one of them refused with its class and
 * attribute named, before any SQL exists.
 */
class IndexAndStorageOptionsTest {

    @TempDir
    Path dir;

    private List<Path> compile(String body) {
        String name = body.replaceAll("(?s).*?record (\\w+).*", "$1");
        return JavaSources.compile(dir, Map.of("o/" + name + ".java", "package o;\nimport dev.dibs.*;\n" + body));
    }

    private Table load(String body) {
        return IntentLoader.builder().classpath(compile(body)).packages(List.of("o")).load().schema().tables().get(0);
    }

    private List<Problem> problems(String body) {
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(compile(body)).packages(List.of("o")).load());
        assertThat(e).as("expected the loader to reject the schema").isNotNull();
        return e.problems();
    }

    @Test
    void keysKeepTheirCollationAndOperatorClassAsWritten() {
        Table t = load("""
                @Table(value = "docs", unlogged = true, with = "fillfactor=50, Autovacuum_Vacuum_Scale_Factor=0.005, toast.autovacuum_enabled=false")
                @Index(name = "docs_body", columns = "body gist_trgm_ops(siglen = 32)", using = "gist")
                @Index(name = "docs_title", columns = "title COLLATE \\"C\\" text_pattern_ops DESC NULLS LAST, (lower(title)) text_pattern_ops")
                @Index(name = "docs_code", columns = "code", unique = true, nullsNotDistinct = true, with = "fillfactor=70")
                record Doc(@Pk int id, String body, String title, String code) {}
                """);
        assertThat(t.options().unlogged()).isTrue();
        assertThat(t.options().storage())
                .containsExactly("autovacuum_vacuum_scale_factor=0.005", "fillfactor=50", "toast.autovacuum_enabled=false");
        assertThat(t.index("docs_body").orElseThrow().keys())
                .containsExactly(new IndexKey("body", null, false, false, "gist_trgm_ops(siglen = 32)", null));
        assertThat(t.index("docs_title").orElseThrow().keys()).containsExactly(
                new IndexKey("title", null, true, false, "text_pattern_ops", "\"C\""),
                new IndexKey(null, "lower(title)", false, false, "text_pattern_ops", null));
        Index code = t.index("docs_code").orElseThrow();
        assertThat(code.nullsNotDistinct()).isTrue();
        assertThat(code.options()).containsExactly("fillfactor=70");
    }

    @Test
    void operatorClassParametersAreNameConstantPairsOnly() {
        List<Problem> found = problems("""
                @Table("a") @Index(columns = "b gist_trgm_ops(siglen = (SELECT 1))", using = "gist")
                record A(@Pk int id, String b) {}
                """);
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("o.A");
            assertThat(p.message()).contains("@Index(columns = \"b gist_trgm_ops(siglen = (SELECT 1))\")");
        });
    }

    @Test
    void anythingAfterTheOperatorClassButSortOptionsIsRefused() {
        List<Problem> found = problems("""
                @Table("a") @Index(columns = "b text_pattern_ops extra") record A(@Pk int id, String b) {}
                """);
        assertThat(found).singleElement().satisfies(p -> assertThat(p.message())
                .contains("unsupported key option \"extra\"").contains("COLLATE name, an operator class"));
    }

    @Test
    void collateNeedsAName() {
        List<Problem> found = problems("""
                @Table("a") @Index(columns = "b COLLATE") record A(@Pk int id, String b) {}
                """);
        assertThat(found).singleElement().satisfies(p -> assertThat(p.message()).contains("COLLATE in \"b COLLATE\" must be followed by a name"));
    }

    @Test
    void nullsNotDistinctNeedsAUniqueIndex() {
        List<Problem> found = problems("""
                @Table("a") @Index(columns = "b", nullsNotDistinct = true) record A(@Pk int id, String b) {}
                """);
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("nullsNotDistinct = true but is not unique");
            assertThat(p.fix()).contains("unique = true");
        });
    }

    @Test
    void storageParametersThatAreNotNameValueAreRefused() {
        List<Problem> found = problems("""
                @Table(value = "a", with = "fillfactor=70) ; DROP TABLE a; --")
                @Index(columns = "b", with = "fill factor=70")
                record A(@Pk int id, String b) {}
                """);
        assertThat(found).extracting(Problem::message).containsExactlyInAnyOrder(
                "@Table(with = \"fillfactor=70) ; DROP TABLE a; --\"): the value of fillfactor is neither a number, a word nor a quoted string.",
                "@Index(with = \"fill factor=70\"): \"fill factor\" is not a parameter name.");
        assertThat(found).allSatisfy(p -> assertThat(p.fix()).contains("name=value"));
    }
}
