package dev.dibs.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import org.junit.jupiter.api.Test;

/**
 * Statements the scratch database and sequence options are written with: every name read from a
 * database goes through the quoting, so none escapes it, and a sequence name that is not a name is
 * never spliced.
 */
class SqlNamesTest {

    private static final QualifiedName HOSTILE = new QualifiedName("app\"; DROP SCHEMA x; --", "t\"; DROP TABLE y; --");

    @Test
    void reprintStatementsQuoteTheTableAndName() {
        assertThat(Sql.createIndexAs("r", HOSTILE, "UNIQUE USING btree (a)"))
                .isEqualTo("CREATE UNIQUE INDEX r ON \"app\"\"; DROP SCHEMA x; --\".\"t\"\"; DROP TABLE y; --\" USING btree (a)");
        assertThat(Sql.addConstraint(HOSTILE, "r", "CHECK ((a > 0))"))
                .startsWith("ALTER TABLE \"app\"\"; DROP SCHEMA x; --\".\"t\"\"; DROP TABLE y; --\" ADD CONSTRAINT r ");
        assertThat(Sql.createExtension("pg\"trgm", "ext; x")).isEqualTo(
                "CREATE SCHEMA IF NOT EXISTS \"ext; x\";\nCREATE EXTENSION IF NOT EXISTS \"pg\"\"trgm\" WITH SCHEMA \"ext; x\" CASCADE");
    }

    @Test
    void aSequenceIsNamedOnlyWhenItsDefaultNamesOneSequence() {
        QualifiedName t = new QualifiedName("public", "t");
        Column serial = new Column("id", PgType.parse("integer"), false, "nextval('public.t_id_seq'::regclass)", Identity.NONE,
                null, null, false, "AS bigint");
        assertThat(Sql.alterSequence(t, serial)).startsWith("ALTER SEQUENCE public.t_id_seq AS bigint ");
        Column smuggled = new Column("id", PgType.parse("integer"), false,
                "nextval('public.s; DROP TABLE t; --'::regclass)", Identity.NONE, null, null, false, "AS bigint");
        assertThat(Sql.alterSequence(t, smuggled)).isNull();
        Column identity = new Column("id", PgType.parse("bigint"), false, null, Identity.BY_DEFAULT, null, null, false, "START WITH 5");
        assertThat(Sql.alterSequence(t, identity))
                .isEqualTo("ALTER SEQUENCE public.t_id_seq START WITH 5 AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE");
    }
}
