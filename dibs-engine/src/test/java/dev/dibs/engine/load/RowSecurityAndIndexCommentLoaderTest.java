package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Table(rowLevelSecurity)} and {@code @Index(comment)} reach the model, read from bytecode
 * with the scan restricted to the user's package (so the defaults come from the loader, not dibs-api).
 */
class RowSecurityAndIndexCommentLoaderTest {

    @Test
    void rowLevelSecurityIsReadFromTheTable(@TempDir Path dir) {
        LoadedSchema loaded = load(dir, Map.of(
                "p/Plain.java", "package p; import dev.dibs.*; @Table(\"plain\") public record Plain(@Pk long id) {}",
                "p/Enabled.java", "package p; import dev.dibs.*;"
                        + " @Table(value = \"enabled\", rowLevelSecurity = RowLevelSecurity.ENABLED) public record Enabled(@Pk long id) {}",
                "p/Forced.java", "package p; import dev.dibs.*;"
                        + " @Table(value = \"forced\", rowLevelSecurity = RowLevelSecurity.FORCED) public record Forced(@Pk long id) {}",
                "p/Off.java", "package p; import dev.dibs.*;"
                        + " @Table(value = \"off\", rowLevelSecurity = RowLevelSecurity.DISABLED) public record Off(@Pk long id) {}"));

        assertThat(loaded.schema().tables()).extracting(t -> t.name().name() + " " + t.options().rowSecurity() + " "
                + t.options().forceRowSecurity()).containsExactly("enabled true false", "forced true true", "off false false",
                "plain false false");
    }

    @Test
    void anIndexCommentIsReadOnTheClassAndOnAMember(@TempDir Path dir) {
        LoadedSchema loaded = load(dir, Map.of("p/Doc.java", """
                package p;
                import dev.dibs.*;
                @Table("docs")
                @Index(columns = "title", comment = "finds a doc by title")
                @Index(columns = "title, id")
                public record Doc(@Pk long id, String title, @Index(comment = "it's for sorting") int rank) {}
                """));

        Table docs = loaded.schema().table(new QualifiedName("public", "docs")).orElseThrow();
        assertThat(docs.indexes()).extracting(Index::name, Index::comment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("docs_rank_idx", "it's for sorting"),
                org.assertj.core.groups.Tuple.tuple("docs_title_id_idx", null),
                org.assertj.core.groups.Tuple.tuple("docs_title_idx", "finds a doc by title"));
    }

    private static LoadedSchema load(Path dir, Map<String, String> sources) {
        List<Path> classpath = JavaSources.compile(dir, sources);
        return IntentLoader.builder().classpath(classpath).packages(List.of("p")).load();
    }
}
