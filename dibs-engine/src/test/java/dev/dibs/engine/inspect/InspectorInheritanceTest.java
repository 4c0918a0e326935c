package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An inheritance child of managed tables is a managed table: its parents in PostgreSQL's order, all
 * its columns, its own checks only (those it has from a parent are the parent's, also one merged
 * with its own), its own keys, indexes, triggers and policies; no note. A child below a table of a
 * schema not compared, at any level, stays a note.
 */
@WithPostgres
class InspectorInheritanceTest {

    private static final QualifiedName PARENT = new QualifiedName("public", "favorites");

    @Test
    void aChildOfManagedTablesIsAManagedTable(TestDatabase db) throws Exception {
        db.execute("""
                CREATE TABLE favorites (id int PRIMARY KEY, user_id int NOT NULL CHECK (user_id > 0), note text);
                CREATE TABLE tagged (tag text NOT NULL DEFAULT 'x', CONSTRAINT tagged_tag_check CHECK (tag <> '') NO INHERIT);
                CREATE TABLE favorites_0 (extra int, CONSTRAINT favorites_0_user_id_check CHECK (user_id % 2 = 0),
                                          CONSTRAINT favorites_user_id_check CHECK (user_id > 0))
                    INHERITS (favorites, tagged);
                ALTER TABLE favorites_0 ADD PRIMARY KEY (id);
                CREATE INDEX favorites_0_user ON favorites_0 (user_id);
                ALTER TABLE ONLY favorites_0 ALTER COLUMN note SET DEFAULT 'n';
                CREATE TABLE favorites_00 () INHERITS (favorites_0);
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER favorites_0_touch BEFORE UPDATE ON favorites_0 FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE POLICY favorites_0_own ON favorites_0 USING (extra > 0);
                """);
        Inspection inspection = inspect(db);

        Table child = inspection.schema().table(new QualifiedName("public", "favorites_0")).orElseThrow();
        assertThat(child.options().inherits()).containsExactly(PARENT, new QualifiedName("public", "tagged"));
        assertThat(child.columns()).extracting(Column::name).containsExactly("id", "user_id", "note", "tag", "extra");
        assertThat(child.column("note").orElseThrow().defaultExpression()).isEqualTo("'n'::text");
        assertThat(child.column("tag").orElseThrow().defaultExpression()).isEqualTo("'x'::text");
        // favorites_user_id_check is the parent's merged with the child's own, which stays when the parent's goes;
        // tagged's NO INHERIT one is not the child's
        assertThat(child.checks()).extracting(Check::name).containsExactly("favorites_0_user_id_check", "favorites_user_id_check");
        // the grandchild has both only from its parent
        assertThat(inspection.schema().table(new QualifiedName("public", "favorites_00")).orElseThrow().checks()).isEmpty();
        assertThat(child.primaryKey().columns()).containsExactly("id");
        assertThat(child.indexes()).extracting(i -> i.name()).containsExactly("favorites_0_user");
        assertThat(inspection.schema().table(new QualifiedName("public", "favorites_00")).orElseThrow().options().inherits())
                .containsExactly(child.name());
        assertThat(inspection.schema().table(PARENT).orElseThrow().options().inherits()).isEmpty();
        assertThat(inspection.schema().triggers()).extracting(t -> t.table().name() + "." + t.name()).containsExactly("favorites_0.favorites_0_touch");
        assertThat(inspection.schema().policies()).extracting(p -> p.table().name() + "." + p.name()).containsExactly("favorites_0.favorites_0_own");
        assertThat(inspection.notManaged()).isEmpty();
    }

    @Test
    void aChildBelowATableOfASchemaNotComparedStaysANote(TestDatabase db) throws Exception {
        db.execute("""
                CREATE SCHEMA outside;
                CREATE TABLE outside.base (id int);
                CREATE TABLE middle (extra int) INHERITS (outside.base);
                CREATE TABLE bottom () INHERITS (middle);
                CREATE TABLE plain (id int);
                """);
        Inspection inspection = inspect(db);

        assertThat(inspection.schema().tables()).extracting(t -> t.name().name()).containsExactly("plain");
        assertThat(inspection.notManaged()).filteredOn(n -> n.kind().equals("inheritance")).extracting(n -> n.name())
                .containsExactlyInAnyOrder("middle", "bottom");
    }

    private static Inspection inspect(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, List.of("public"));
        }
    }
}
