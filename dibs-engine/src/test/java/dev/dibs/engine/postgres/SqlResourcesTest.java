package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.naming.SqlTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SqlResourcesTest {

    @Test
    void commentsGoAndWhatLooksLikeOneInsideALiteralStays() {
        String sql = """
                -- every table
                SELECT c.relname, -- its name
                       '-- not a comment' AS a, 'it''s -- kept' AS b,
                       $body$ -- kept $body$ AS c, "odd--name" AS d
                  -- a line
                  FROM pg_catalog.pg_class c
                 WHERE c.relname NOT LIKE '\\_\\_dibs\\_%'   AND c.oid = ANY (?::pg_catalog.oid[])
                """;

        assertThat(SqlResources.withoutComments(sql)).isEqualTo("""
                SELECT c.relname,
                '-- not a comment' AS a, 'it''s -- kept' AS b,
                $body$ -- kept $body$ AS c, "odd--name" AS d
                FROM pg_catalog.pg_class c
                WHERE c.relname NOT LIKE '\\_\\_dibs\\_%' AND c.oid = ANY (?::pg_catalog.oid[])""");
    }

    @Test
    void tokensThatTouchStayTouchingAndAFileOfCommentsIsEmpty() {
        assertThat(SqlResources.withoutComments("a.b::text[]||'x'")).isEqualTo("a.b::text[]||'x'");
        assertThat(SqlResources.withoutComments("1 - -1")).isEqualTo("1 - -1");
        assertThat(SqlResources.withoutComments("x--\ny")).isEqualTo("x\ny");
        assertThat(SqlResources.withoutComments("-- only a comment\n")).isEmpty();
        assertThat(SqlResources.withoutComments("${indnullsnotdistinct} AS n")).isEqualTo("${indnullsnotdistinct} AS n");
    }

    /**
     * Where the tokenizer could end a literal elsewhere than PostgreSQL does (a backslash before a quote,
     * an escape only in E'' strings) or a comment too early (block comments nest), nothing is stripped.
     */
    @Test
    void textTheTokenizerMightMisreadIsSentAsWritten() {
        String backslash = "SELECT 'a\\' AS x, '-- kept' AS y -- a comment\n";
        String nested = "SELECT 1 /* outer /* inner */ still a comment */ AS x -- a comment\n";

        assertThat(SqlResources.withoutComments(backslash)).isEqualTo(backslash);
        assertThat(SqlResources.withoutComments(nested)).isEqualTo(nested);
    }

    /** Where a dollar sign starts a body and where it is part of a name or follows a number or another body, as the tokenizer reads it. */
    @Test
    void dollarSignsAreReadAsTheTokenizerReadsThem() {
        for (String sql : List.of("SELECT 1$$ -- kept  $$", "SELECT $a$x$a$$b$ y  -- kept $b$ AS z", "SELECT a$b$ -- gone\n, c",
                "SELECT x.${placeholder} -- gone\n", "SELECT e'it''s' -- gone\n, $1", "SELECT ' NOT VALID$' -- gone\n")) {
            String sent = SqlResources.withoutComments(sql);
            assertThat(tokens(sent)).as(sql).isEqualTo(tokens(sql));
        }
        assertThat(SqlResources.withoutComments("SELECT 1$$ -- kept  $$")).isEqualTo("SELECT 1$$ -- kept  $$");
        assertThat(SqlResources.withoutComments("SELECT a$b$ -- gone\n, c")).isEqualTo("SELECT a$b$\n, c");
    }

    private static List<String> tokens(String sql) {
        return SqlTokens.tokenizeWithPositions(sql).stream().map(t -> sql.substring(t.start(), t.end())).toList();
    }

    /** Every SQL file the engine sends keeps its tokens, in order, character for character: only comments and spacing go. */
    @Test
    void everyResourceKeepsItsTokens() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/resources"))) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String sent = SqlResources.withoutComments(text);
            assertThat(tokens(sent)).as(file.toString()).isEqualTo(tokens(text));
            assertThat(sent).as(file.toString()).doesNotContain("--").hasSizeLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void theInspectionsLongestQueryLosesItsProse() {
        String unmanaged = SqlResources.load(dev.dibs.engine.inspect.Inspection.class, "unmanaged");
        // 61 KB as written; its parts for kinds a database lacks are cut besides (inspect/CatalogSqlKindsTest)
        assertThat(unmanaged).doesNotContain("--").startsWith("WITH ext AS (\nSELECT d.classid").hasSizeLessThan(45_000); // 44.4 KB since session 61 (which inheritance children are managed); 43.6 KB since session 58 (why an index is INVALID: a failed build, a running one, an ON ONLY partitioned index); 43.1 KB since session 53 (a history table named by schema and name); 42.5 KB since session 51 (a partition's attached index copies judged against their table's index); 41.7 KB since the notes of session 46 (inheritance definitions and security labels among them, cut for most databases)
    }

    /** The one test of which inheritance children are managed is shared: each query that includes it names its alias. */
    @Test
    void theManagedChildTestIsIncludedForTheAliasGiven() {
        String sql = SqlResources.withIncludes("SELECT 1 FROM pg_catalog.pg_class r WHERE ${managed_child:r} AND true");
        assertThat(sql).startsWith("SELECT 1 FROM pg_catalog.pg_class r WHERE \n").endsWith("\n AND true")
                .contains("WHERE h.inhrelid = r.oid", "AND (r.relkind <> 'r'", "NOT pn.nspname = ANY (?::text[])")
                .doesNotContain("the_table", "${");
        assertThat(SqlResources.load(dev.dibs.engine.inspect.Inspection.class, "managed-tables")).contains("h.inhrelid = c.oid")
                .doesNotContain("${managed_child");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqlResources.withIncludes("x ${managed_child:r.oid} y"))
                .hasMessageContaining("plain alias");
    }
}
