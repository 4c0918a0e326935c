package dev.dibs.engine.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "lower(email)            ; lower",
        "(lower(email))          ; lower",
        "public.lower(email)     ; lower",
        "email                   ; email",
        "email::text             ; email",
        "lower(email)::text      ; lower",
        "'x'::text               ; text",
        "a + b                   ; expr",
        "(a + b)                 ; expr",
        "coalesce(a, b)          ; coalesce",
        "CASE WHEN a THEN 1 END  ; case",
        "a || b::text            ; expr",
    })
    void figuresIndexExpressionNamesLikePostgres(String expression, String name) {
        assertThat(ExpressionNames.indexExpressionName(expression)).isEqualTo(name);
    }

    @Test
    void findsReferencedColumnsOutsideLiteralsCallsAndCasts() {
        List<String> columns = List.of("age", "name", "text", "lower");
        assertThat(ExpressionNames.referencedColumns("age >= 0", columns)).containsExactly("age");
        assertThat(ExpressionNames.referencedColumns("name <> 'age' AND lower(name) <> ''", columns)).containsExactly("name");
        assertThat(ExpressionNames.referencedColumns("age::text <> \"name\"", columns)).containsExactly("age", "name");
        assertThat(ExpressionNames.referencedColumns("now() > '2020-01-01'", columns)).isEmpty();
        assertThat(ExpressionNames.referencedColumns("$$age$$ = 'x' -- age", columns)).isEmpty();
    }
}
