package dev.dibs.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.QualifiedName;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The labels an expression casts, as PostgreSQL prints defaults, checks and predicates. */
class EnumLiteralsTest {

    private static final QualifiedName MOOD = new QualifiedName("public", "mood");

    @Test
    void readsScalarAndArrayLiteralsOfEachType() {
        assertThat(EnumLiterals.in("'happy'::public.mood")).isEqualTo(Map.of(MOOD, Set.of("happy")));
        assertThat(EnumLiterals.in("(m = ANY (ARRAY['b'::public.mood, 'it''s'::public.mood]))")).isEqualTo(Map.of(MOOD, Set.of("b", "it's")));
        assertThat(EnumLiterals.in("'{a,\"b c\",NULL,\"NULL\",\"q\\\"x\"}'::public.mood[]"))
                .isEqualTo(Map.of(MOOD, Set.of("a", "b c", "NULL", "q\"x")));
        assertThat(EnumLiterals.in("'x'::public.\"Other\"")).isEqualTo(Map.of(new QualifiedName("public", "Other"), Set.of("x")));
    }

    @Test
    void readsNothingElse() {
        assertThat(EnumLiterals.in(null)).isEmpty();
        assertThat(EnumLiterals.in("'a'::text")).isEmpty(); // an unqualified cast is a built-in type's
        assertThat(EnumLiterals.in("now()")).isEmpty();
        assertThat(EnumLiterals.in("'{{a,b},{c,d}}'::public.mood[]")).isEqualTo(Map.of(MOOD, Set.of())); // two dimensions: not read
        assertThat(EnumLiterals.in("E'a'::public.mood")).isEmpty(); // an escape string is not how PostgreSQL prints a label
    }

    @Test
    void findsEveryCastToAQualifiedTypeWhateverItsValue() {
        assertThat(EnumLiterals.castTypes("((new.s)::public.mood IS DISTINCT FROM 'a'::public.\"Other\")"))
                .containsExactly(MOOD, new QualifiedName("public", "Other"));
        assertThat(EnumLiterals.castTypes("(NULL::public.mood[] IS NULL) AND (x)::text = 'b'"))
                .containsExactly(MOOD);
        assertThat(EnumLiterals.castTypes("'a::public.mood'::text")).isEmpty(); // inside a string
        assertThat(EnumLiterals.castTypes("(x)::integer")).isEmpty(); // a built-in type prints unqualified
        assertThat(EnumLiterals.castTypes(null)).isEmpty();
    }
}
