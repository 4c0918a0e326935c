package dev.dibs.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.QualifiedName;
import org.junit.jupiter.api.Test;

/** Which expressions use an operator: as PostgreSQL prints them under search_path pg_catalog, OPERATOR(schema.symbol). */
class OperatorUsesTest {

    private static final QualifiedName PATTERN = new QualifiedName("public", "~<<");

    @Test
    void anExpressionUsesAnOperatorByItsExplicitForm() {
        assertThat(OperatorUses.uses("CHECK ((NOT ('\\s'::text OPERATOR(public.~<<) VALUE)))", PATTERN)).isTrue();
        assertThat(OperatorUses.uses("(OPERATOR(public.~<<) x)", PATTERN)).isTrue();
        // another symbol that begins the same, another schema, the built-in operator of the same symbol
        assertThat(OperatorUses.uses("(a OPERATOR(public.~<<=) b)", PATTERN)).isFalse();
        assertThat(OperatorUses.uses("(a OPERATOR(other.~<<) b)", PATTERN)).isFalse();
        assertThat(OperatorUses.uses("(a ~<< b)", PATTERN)).isFalse();
        assertThat(OperatorUses.uses(null, PATTERN)).isFalse();
        // in a string literal or a comment it is text, not a use; a real use after it counts
        assertThat(OperatorUses.uses("(note <> 'a OPERATOR(public.~<<) b'::text)", PATTERN)).isFalse();
        assertThat(OperatorUses.uses("a /* OPERATOR(public.~<<) */ > b", PATTERN)).isFalse();
        assertThat(OperatorUses.uses("((note <> 'OPERATOR(public.~<<)'::text) AND (a OPERATOR(public.~<<) b))", PATTERN)).isTrue();
    }

    @Test
    void aSchemaThatNeedsQuotesIsMatchedQuoted() {
        QualifiedName quoted = new QualifiedName("My Schema", "===");
        assertThat(OperatorUses.uses("(a OPERATOR(\"My Schema\".===) b)", quoted)).isTrue();
        assertThat(OperatorUses.uses("(a OPERATOR(My Schema.===) b)", quoted)).isFalse();
    }
}
