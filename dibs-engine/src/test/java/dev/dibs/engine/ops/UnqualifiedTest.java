package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first schema's qualifier taken off a statement for tenant-ready migrations: where it names, not where it is text. */
class UnqualifiedTest {

    @Test
    void aQualifiedNameLosesItsSchema() {
        assertThat(Unqualified.sql("CREATE TABLE public.accounts (id bigint, b bigint REFERENCES public.other (id))", "public"))
                .isEqualTo("CREATE TABLE accounts (id bigint, b bigint REFERENCES other (id))");
        assertThat(Unqualified.sql("ALTER TABLE public.\"Order\" ADD CHECK (public.positive(n))", "public"))
                .isEqualTo("ALTER TABLE \"Order\" ADD CHECK (positive(n))");
        assertThat(Unqualified.sql("CREATE INDEX i ON public.t USING btree (name public.text_ops)", "public"))
                .isEqualTo("CREATE INDEX i ON t USING btree (name text_ops)");
        assertThat(Unqualified.sql("CHECK ((NOT ('a'::text OPERATOR(public.~<<) v)))", "public"))
                .isEqualTo("CHECK ((NOT ('a'::text OPERATOR(~<<) v)))");
        assertThat(Unqualified.sql("ALTER TABLE \"My App\".t ADD COLUMN c int", "My App")).isEqualTo("ALTER TABLE t ADD COLUMN c int");
    }

    @Test
    void aRegclassLiteralLosesItButNoOtherString() {
        assertThat(Unqualified.sql("ALTER TABLE public.t ALTER COLUMN n SET DEFAULT nextval('public.numbers'::regclass)", "public"))
                .isEqualTo("ALTER TABLE t ALTER COLUMN n SET DEFAULT nextval('numbers'::regclass)");
        // a serial key's value handed over to its new identity names the table as a regclass literal too
        assertThat(Unqualified.sql("SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('public.s'::regclass::text, 'id'),"
                + " last_value) FROM public.s_id_seq WHERE is_called", "public")).isEqualTo("SELECT pg_catalog.setval("
                + "pg_catalog.pg_get_serial_sequence('s'::regclass::text, 'id'), last_value) FROM s_id_seq WHERE is_called");
        assertThat(Unqualified.sql("COMMENT ON TABLE public.t IS 'copied from public.t'", "public"))
                .isEqualTo("COMMENT ON TABLE t IS 'copied from public.t'");
        assertThat(Unqualified.sql("CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ SELECT count(*) FROM public.t $$", "public"))
                .isEqualTo("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT count(*) FROM public.t $$");
    }

    @Test
    void anotherSchemaAColumnNamedLikeItAndAPartOfALongerNameStay() {
        assertThat(Unqualified.sql("SELECT audit.t.x, r.public, mypublic.y FROM audit.t, r", "public"))
                .isEqualTo("SELECT audit.t.x, r.public, mypublic.y FROM audit.t, r");
        assertThat(Unqualified.sql("SELECT x.public.y FROM x", "public")).isEqualTo("SELECT x.public.y FROM x");
    }

    @Test
    void aPlansStatementsAreRewrittenAndThoseStillNamingTheSchemaInTextAreListed() {
        dev.dibs.engine.plan.Plan plan = new dev.dibs.engine.plan.Plan(java.util.List.of(), java.util.List.of(
                statement("CREATE TABLE public.t (id int)"),
                statement("CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ SELECT count(*) FROM public.t $$"),
                statement("CREATE VIEW public.v AS SELECT id FROM public.t")), java.util.List.of());

        Unqualified.Result result = Unqualified.of(plan, "public");

        assertThat(result.plan().statements()).extracting(dev.dibs.engine.plan.Statement::sql).containsExactly(
                "CREATE TABLE t (id int)", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT count(*) FROM public.t $$",
                "CREATE VIEW v AS SELECT id FROM t");
        assertThat(result.stillNaming()).containsExactly(2);
    }

    private static dev.dibs.engine.plan.Statement statement(String sql) {
        return new dev.dibs.engine.plan.Statement(sql, null, java.util.Set.of(), dev.dibs.engine.plan.TransactionMode.IN_TRANSACTION,
                null);
    }
}
