package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.load.SqlScript.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    private static List<String> statements(String text) throws SqlScript.Unterminated {
        return SqlScript.split(text).stream().map(Piece::sql).toList();
    }

    @Test
    void aSemicolonInAStringWithDoubledQuotesDoesNotEndTheStatement() throws Exception {
        assertThat(statements("COMMENT ON DOMAIN d IS 'it''s; fine';\nCREATE SEQUENCE s;"))
                .containsExactly("COMMENT ON DOMAIN d IS 'it''s; fine'", "CREATE SEQUENCE s");
    }

    @Test
    void anEscapeStringEndsOnlyAtAnUnescapedQuote() throws Exception {
        assertThat(statements("COMMENT ON SEQUENCE s IS E'a\\'; b';\nCREATE SEQUENCE t;"))
                .containsExactly("COMMENT ON SEQUENCE s IS E'a\\'; b'", "CREATE SEQUENCE t");
        // in a standard string the backslash is a character: the quote after it ends the string
        assertThat(statements("COMMENT ON SEQUENCE s IS 'a\\';\nCREATE SEQUENCE t;"))
                .containsExactly("COMMENT ON SEQUENCE s IS 'a\\'", "CREATE SEQUENCE t");
    }

    @Test
    void quotedIdentifiersMayHoldSemicolonsAndQuotes() throws Exception {
        assertThat(statements("CREATE SEQUENCE \"a;\"\"b\";CREATE SEQUENCE c"))
                .containsExactly("CREATE SEQUENCE \"a;\"\"b\"", "CREATE SEQUENCE c");
    }

    @Test
    void dollarQuotedBodiesWithAndWithoutTagsHoldSemicolons() throws Exception {
        String plain = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$";
        String tagged = "CREATE FUNCTION g() RETURNS text LANGUAGE plpgsql AS $body$ BEGIN RETURN '$$;'; END $body$";
        assertThat(statements(plain + ";\n" + tagged + ";\n")).containsExactly(plain, tagged);
        // $1 is a parameter and a$b a name, not the start of a dollar quote
        assertThat(statements("CREATE FUNCTION h(int) RETURNS int LANGUAGE sql RETURN $1 + a$b; CREATE SEQUENCE s"))
                .hasSize(2);
    }

    @Test
    void commentsHideSemicolonsAndBlockCommentsNest() throws Exception {
        assertThat(statements("-- a; comment\nCREATE SEQUENCE s /* x; /* nested; */ still; */ INCREMENT 2;\n"))
                .containsExactly("CREATE SEQUENCE s /* x; /* nested; */ still; */ INCREMENT 2");
    }

    @Test
    void aSqlStandardBodyEndsAtItsEndNotAtCaseEnd() throws Exception {
        String body = """
                CREATE OR REPLACE FUNCTION sign_of(n int) RETURNS text LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN n > 0 THEN 'plus' ELSE 'minus' END;
                  SELECT 'end;';
                END""";
        assertThat(statements(body + ";\nCREATE SEQUENCE after_it;"))
                .containsExactly(body, "CREATE SEQUENCE after_it");
    }

    @Test
    void aBeginOutsideARoutineIsAStatementOfItsOwn() throws Exception {
        assertThat(statements("BEGIN; CREATE SEQUENCE s; COMMIT;")).containsExactly("BEGIN", "CREATE SEQUENCE s", "COMMIT");
    }

    @Test
    void eachStatementKeepsTheLineOfItsFirstWord() throws Exception {
        List<Piece> pieces = SqlScript.split("-- header\n\nCREATE SEQUENCE a;\n/* note\n */\nCREATE FUNCTION f()\n"
                + "RETURNS int LANGUAGE sql AS $$\nSELECT 1;\n$$;   CREATE SEQUENCE b");
        assertThat(pieces).extracting(Piece::line).containsExactly(3, 6, 9);
    }

    @Test
    void anUnclosedQuoteNamesTheLineItOpensOn() {
        SqlScript.Unterminated e = catchThrowableOfType(SqlScript.Unterminated.class,
                () -> SqlScript.split("CREATE SEQUENCE s;\nCOMMENT ON SEQUENCE s IS 'oops;\nCREATE SEQUENCE t;"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("string");
        assertThat(catchThrowableOfType(SqlScript.Unterminated.class,
                () -> SqlScript.split("CREATE FUNCTION f() AS $x$ body")).getMessage()).contains("$x$");
        assertThat(catchThrowableOfType(SqlScript.Unterminated.class,
                () -> SqlScript.split("\n\n/* /* */ CREATE SEQUENCE s;")).line()).isEqualTo(3);
    }

    @Test
    void eachStatementKeepsTheLineCommentsBeforeItButNotThoseInsideIt() throws Exception {
        List<SqlScript.Piece> pieces = SqlScript.split("""
                -- first
                --second
                CREATE SEQUENCE a -- inside
                  START 5;
                /* a block comment is not kept */
                CREATE SEQUENCE b;
                CREATE SEQUENCE c""");
        assertThat(pieces).extracting(SqlScript.Piece::comments)
                .containsExactly(List.of("first", "second"), List.of(), List.of());
        assertThat(pieces).extracting(SqlScript.Piece::line).containsExactly(3, 6, 7);
    }
}
