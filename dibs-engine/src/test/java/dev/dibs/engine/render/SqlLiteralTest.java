package dev.dibs.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A literal written by dibs (a comment from Javadoc, an enum label) reads the same whatever the server's settings. */
@WithPostgres
class SqlLiteralTest {

    @Test
    void aBackslashCannotEndTheLiteralWhereStandardConformingStringsIsOff(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE victims (id int); CREATE TABLE t (id int)");
        String comment = "Path C:\\'; DROP TABLE victims; --";
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET standard_conforming_strings = off");
            s.execute("COMMENT ON TABLE t IS " + Sql.literal(comment));
        }
        assertThat(db.hasTable("victims")).isTrue();
        assertThat(db.queryString("SELECT obj_description('t'::regclass, 'pg_class')")).isEqualTo(comment);
        assertThat(Sql.literal("it's")).isEqualTo("'it''s'");
    }
}
