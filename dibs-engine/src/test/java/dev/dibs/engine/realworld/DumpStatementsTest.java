package dev.dibs.engine.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dump splitter follows PostgreSQL's lexer: a semicolon ends a statement only outside quotes and comments. */
class DumpStatementsTest {

    @Test
    void dollarQuotedBodiesStringsIdentifiersAndCommentsKeepTheirSemicolons() {
        String script = """
                CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $_$ BEGIN RETURN 1; END; $_$;
                CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $$ SELECT 'a;b' $$;
                COMMENT ON TABLE "x;y" IS 'it''s; here';
                SELECT E'back\\'slash;';
                /* a /* nested; */ comment; */ SELECT 1;
                -- a line comment; with a semicolon
                SELECT $1;
                """;
        assertThat(DumpStatements.split(script)).containsExactly(
                "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $_$ BEGIN RETURN 1; END; $_$",
                "CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $$ SELECT 'a;b' $$",
                "COMMENT ON TABLE \"x;y\" IS 'it''s; here'",
                "SELECT E'back\\'slash;'",
                "/* a /* nested; */ comment; */ SELECT 1",
                "-- a line comment; with a semicolon\nSELECT $1");
    }

    @Test
    void psqlMetaCommandsCopyDataAndCommentOnlyTextAreNoStatements() {
        String script = """
                \\restrict abc123
                SET search_path = '';
                COPY public.t (a) FROM stdin;
                1;2
                \\.
                CREATE TABLE t2 (a int);
                -- only a comment at the end
                \\unrestrict abc123
                """;
        List<String> statements = DumpStatements.split(script);
        assertThat(statements).containsExactly("SET search_path = ''", "COPY public.t (a) FROM stdin", "CREATE TABLE t2 (a int)");
    }

    @Test
    void aScriptEndingInsideAStatementOrQuoteIsRefused() {
        assertThatThrownBy(() -> DumpStatements.split("CREATE TABLE t (a int)")).hasMessageContaining("no closing semicolon");
        assertThatThrownBy(() -> DumpStatements.split("SELECT 'open;")).hasMessageContaining("unterminated ' quote");
        assertThatThrownBy(() -> DumpStatements.split("SELECT $x$ open;")).hasMessageContaining("unterminated dollar quote $x$");
    }

    @Test
    void theFirstCodeLineNamesAStatementInReports() {
        assertThat(DumpStatements.abbreviate("--\n-- Name: t; Type: TABLE\n--\n\nCREATE TABLE t (\n a int\n)"))
                .isEqualTo("CREATE TABLE t ( …");
    }
}
