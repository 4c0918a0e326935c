package dev.dibs.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.QualifiedName;
import org.junit.jupiter.api.Test;

/** Reading which sequences a default calls, as PostgreSQL prints the call, and nothing else. */
class SequenceCallsTest {

    @Test
    void aSerialDefaultIsOneCallOfAQualifiedName() {
        assertThat(SequenceCalls.serialTarget("nextval('public.t_id_seq'::regclass)"))
                .isEqualTo(new QualifiedName("public", "t_id_seq"));
        assertThat(SequenceCalls.serialTarget("nextval('\"My Schema\".\"Odd\"\"seq\"'::regclass)"))
                .isEqualTo(new QualifiedName("My Schema", "Odd\"seq"));
        assertThat(SequenceCalls.serialTarget("nextval('app.it''s'::regclass)")).as("a quote is not part of a bare name").isNull();
        assertThat(SequenceCalls.serialTarget("nextval('app.\"it''s\"'::regclass)")).isEqualTo(new QualifiedName("app", "it's"));
    }

    @Test
    void anythingMoreOrLessThanThatCallIsNoSerialDefault() {
        assertThat(SequenceCalls.serialTarget("nextval('public.s'::regclass) + 1")).isNull();
        assertThat(SequenceCalls.serialTarget("nextval('public.s'::text)")).isNull();
        assertThat(SequenceCalls.serialTarget("nextval('s'::regclass)")).as("unqualified: a pg_catalog name").isNull();
        assertThat(SequenceCalls.serialTarget("nextval('public.s; DROP TABLE t'::regclass)")).isNull();
        assertThat(SequenceCalls.serialTarget(null)).isNull();
        assertThat(SequenceCalls.serialTarget("'nextval(''public.s''::regclass)'")).as("a string literal").isNull();
    }

    @Test
    void everyCallInALargerExpressionIsFoundOnce() {
        assertThat(SequenceCalls.nextvalTargets("('INV-' || nextval('app.numbers'::regclass)) || nextval('public.b'::regclass)"
                + " || nextval('app.numbers'::regclass)"))
                .containsExactly(new QualifiedName("app", "numbers"), new QualifiedName("public", "b"));
        assertThat(SequenceCalls.nextvalTargets("pg_catalog.nextval('app.n'::regclass)")).containsExactly(new QualifiedName("app", "n"));
        assertThat(SequenceCalls.nextvalTargets("other.nextval('app.n'::regclass)")).as("another schema's function").isEmpty();
        assertThat(SequenceCalls.nextvalTargets("now()")).isEmpty();
    }

    @Test
    void ownersAreWrittenAndReadBackWithTheirQuotes() {
        String owner = SequenceCalls.ownerName("Weird.Table", "col");
        assertThat(owner).isEqualTo("\"Weird.Table\".col");
        assertThat(SequenceCalls.owner(owner)).containsExactly("Weird.Table", "col");
        assertThat(SequenceCalls.owner("a.b.c")).isNull();
    }

    @Test
    void aRenamedSequencesCallsNameItAsPostgresPrintsThemAndNothingElseChanges() {
        QualifiedName from = new QualifiedName("app", "numbers");
        QualifiedName to = new QualifiedName("app", "Invoice No's");
        assertThat(SequenceCalls.renamed("('INV-' || nextval('app.numbers'::regclass)) || nextval('public.numbers'::regclass)", from, to))
                .isEqualTo("('INV-' || nextval('app.\"Invoice No''s\"'::regclass)) || nextval('public.numbers'::regclass)");
        assertThat(SequenceCalls.renamed("'nextval(''app.numbers''::regclass)'", from, to)).as("a string literal").isEqualTo(
                "'nextval(''app.numbers''::regclass)'");
        assertThat(SequenceCalls.renamed("now()", from, to)).isEqualTo("now()");
        assertThat(SequenceCalls.renamed(null, from, to)).isNull();
        String renamed = SequenceCalls.renamed("nextval('app.numbers'::regclass)", from, to);
        assertThat(SequenceCalls.serialTarget(renamed)).as("read back as the new name").isEqualTo(to);
    }
}
