package dev.dibs.engine.load;

import static dev.dibs.engine.load.ExpressionGuard.expressionProblem;
import static dev.dibs.engine.load.ExpressionGuard.methodProblem;
import static dev.dibs.engine.load.ExpressionGuard.typeProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.ExpressionGuard.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The lexical guard on annotation SQL: no PostgreSQL needed, each trick is one case. */
class ExpressionGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "price >= 0",
            "status <> 'DONE'",
            "name ~ '^\\d{3}$'",
            "note <> 'it''s; -- not a comment'",
            "note <> E'it\\'s; fine'",
            "note <> E'\\'; DROP TABLE victims; --'",
            "body <> $$a; b) c$$",
            "body <> $tag$ $$ ; $tag$",
            "\"Weird; name)\" > 0",
            "U&\"d\\0061t\\+000061\" IS NOT NULL",
            "code <> U&'d\\0061t'",
            "x IN (1, 2, 3) AND (y > 0 OR z[1] = 2)",
            "lower(email) LIKE '%@%'",
            "a$b > 1",
            "data ? 'key'",
            "1.5e-3 < ratio",
            "now() - interval '1 day' < created_at",
            "ARRAY[1, 2] @> ids",
            "'a' || 'b' <> ''",
            "lower(x)\n  <> 'y'",
            "café > 0",
            "x::text <> 'y'",
    })
    void acceptsOneExpression(String text) {
        assertThat(expressionProblem(text, Place.EXPRESSION)).as(text).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "true); CREATE EXTENSION dblink; SELECT (true",
            "true; DROP TABLE victims",
            "true) NOT VALID",
            "true) OR (x",
            "x > 0)",
            "(x > 0",
            "x[1 > 0",
            "f(x]",
            "true -- the closing parenthesis is swallowed",
            "true /* ) */",
            "true /* /* */ ; */",
            "'unterminated",
            "E'\\\\'; DROP TABLE victims; --'",
            "'\\'; DROP TABLE victims; --'",
            "$$; DROP TABLE victims",
            "$a$ x $b$",
            "\"unterminated; name",
            "U&\"x",
            "a$$; DROP TABLE victims; $$",
            "1$$; DROP TABLE victims; $$",
            "€E'\\'; DROP TABLE victims; --'",
            "xE'\\'; DROP TABLE victims'",
            "1E'\\'; DROP TABLE victims'",
            "'x'E'\\'; DROP TABLE victims'",
            "f(x)'y'",
            "a, b",
            "{fn now()}",
            "x \\ y",
            "$1 > 0",
            "x\u000b> 0",
            "x\u0000",
            "",
            "   ",
    })
    void refusesWhatCouldLeaveTheExpression(String text) {
        assertThat(expressionProblem(text, Place.EXPRESSION)).as(text).isNotNull();
    }

    @Test
    void reasonsSayWhatIsWrong() {
        assertThat(expressionProblem("true); DROP TABLE victims; SELECT (true", Place.EXPRESSION))
                .contains("')' closes a parenthesis it did not open");
        assertThat(expressionProblem("true; DROP TABLE victims", Place.EXPRESSION)).contains("';' would end the statement");
        assertThat(expressionProblem("true --", Place.EXPRESSION)).contains("comment");
        assertThat(expressionProblem("'abc", Place.EXPRESSION)).contains("never closed");
        assertThat(expressionProblem("$x$ abc", Place.EXPRESSION)).contains("$x$ is never closed");
        assertThat(expressionProblem("'a\\'", Place.EXPRESSION)).contains("standard_conforming_strings");
    }

    @Test
    void aDefaultMayNotBringAColumnConstraint() {
        assertThat(expressionProblem("0", Place.DEFAULT)).isNull();
        assertThat(expressionProblem("NULL", Place.DEFAULT)).isNull();
        assertThat(expressionProblem("now()", Place.DEFAULT)).isNull();
        assertThat(expressionProblem("'a' || 'b'", Place.DEFAULT)).isNull();
        assertThat(expressionProblem("(x IS NOT NULL)", Place.DEFAULT)).isNull();
        assertThat(expressionProblem("1 NOT NULL", Place.DEFAULT)).contains("column constraint");
        assertThat(expressionProblem("1 CHECK (false)", Place.DEFAULT)).contains("column constraint");
        assertThat(expressionProblem("1 REFERENCES victims", Place.DEFAULT)).contains("column constraint");
        assertThat(expressionProblem("1 CONSTRAINT c UNIQUE", Place.DEFAULT)).contains("column constraint");
        assertThat(expressionProblem("'a' COLLATE \"C\"", Place.DEFAULT)).contains("column constraint");
        assertThat(expressionProblem("1, DROP COLUMN id", Place.DEFAULT)).contains("comma");
    }

    @Test
    void keyListsMayHaveCommasButNothingElse() {
        assertThat(expressionProblem("last_name, (lower(first_name)) DESC", Place.KEY_LIST)).isNull();
        assertThat(expressionProblem("(a)); DROP TABLE victims; --", Place.KEY_LIST)).isNotNull();
        assertThat(expressionProblem("a, (b", Place.KEY_LIST)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"integer", "varchar(80)", "numeric(10, 2)", "timestamp(3) with time zone", "double precision",
            "character varying(20)[]", "text[]", "integer array", "int[3][3]", "app.mood", "\"MyType\"", "\"app\".\"Mood\"[]",
            "interval year to month", "bit varying(8)", "geometry(Point, 4326)", "jsonb"})
    void acceptsTypeNames(String text) {
        assertThat(typeProblem(text)).as(text).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"int; DROP TABLE victims", "int) ; x", "integer REFERENCES victims", "text COLLATE \"C\"",
            "int DEFAULT 1", "varchar(80) CHECK (true)", "varchar((80))", "varchar('80')", "text[1 + 1]", "int -- x",
            "int /* */", "\"int", "a \"b\"", "int NOT NULL", ""})
    void refusesWhatIsNotATypeName(String text) {
        assertThat(typeProblem(text)).as(text).isNotNull();
    }

    @Test
    void accessMethodsArePlainNames() {
        assertThat(methodProblem("btree")).isNull();
        assertThat(methodProblem("GIN")).isNull();
        assertThat(methodProblem("btree (id); DROP TABLE victims; --")).isNotNull();
        assertThat(methodProblem("gist (x)")).isNotNull();
        assertThat(methodProblem("\"btree\"")).isNotNull();
    }
}
