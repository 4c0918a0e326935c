package dev.dibs.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.ops.ImportFromDatabase;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What dibs:import refuses (naming each object, writing nothing) and what it only warns about. */
@WithPostgres
class DatabaseImportTest {

    private static ImportResult importOf(TestDatabase db) {
        Inspection inspection = Inspector.inspect(db.info(), List.of("public"));
        return DatabaseImport.of(inspection, "com.acme.db", "database t");
    }

    @Test
    void objectsNoRecordOrFileCanSayAreRefusedEachNamed(TestDatabase db) throws Exception {
        db.execute("""
                CREATE TYPE address AS (street text, city text);
                CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS $$SELECT 1$$;
                CREATE VIEW v AS SELECT f() AS one;
                COMMENT ON COLUMN v.one IS 'always one';
                CREATE RULE no_insert AS ON INSERT TO v DO INSTEAD NOTHING;
                CREATE TYPE "Shelly";
                """);

        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class, () -> importOf(db));

        assertThat(e.objects()).containsExactly(
                "composite type public.address: street text, city text — dibs cannot declare a composite type.",
                "rule public.v.no_insert: CREATE RULE no_insert AS ON INSERT TO public.v DO INSTEAD NOTHING; — dibs cannot"
                        + " declare a rule.",
                "shell type public.Shelly: CREATE TYPE \"Shelly\"; (a name alone, never defined) — dibs cannot declare a shell type.",
                "view column comment public.v.one: always one — dibs cannot declare a view column comment.");
        assertThat(e.getMessage()).startsWith("dibs:import cannot declare 4 objects of database t in Java records or"
                + " dibs/*.sql files; nothing was written:\n  1. composite type public.address")
                .contains("\nFix: drop or change these objects in the database");
    }

    /** Problems of both halves (a record cannot say one, no file can declare the other) come in one failure. */
    @Test
    void problemsOfRecordsAndOfSqlFilesAreOneFailure(TestDatabase db) throws Exception {
        db.execute("""
                CREATE TYPE address AS (street text, city text);
                CREATE TABLE empty ();
                """);

        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class, () -> importOf(db));

        assertThat(e.objects()).hasSize(2).satisfiesExactly(
                o -> assertThat(o).startsWith("composite type public.address"),
                o -> assertThat(o).startsWith("table public.empty: it has no columns"));
        assertThat(e.getMessage()).startsWith("dibs:import cannot declare 2 objects of database t")
                .contains("\n  2. table public.empty: it has no columns");
    }

    /**
     * {@code @Column(collation = "C")} names the table schema's own collation {@code C} first: a column of
     * pg_catalog's {@code "C"} beside one of that name could not be written, so the import names it.
     */
    @Test
    void aCollationOfPgCatalogHiddenByOneOfTheTablesSchemaIsRefused(TestDatabase db) throws Exception {
        db.execute("""
                CREATE COLLATION public."C" (provider = icu, locale = 'de-DE');
                CREATE TABLE labels (id integer PRIMARY KEY, byte_order text COLLATE pg_catalog."C", german text COLLATE public."C");
                """);

        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class, () -> importOf(db));

        assertThat(e.objects()).singleElement().satisfies(o -> assertThat(o).startsWith(
                "table public.labels, column byte_order: its collation is pg_catalog's C, and the table's schema has a collation of"
                        + " that name too"));
    }

    /**
     * What the model does not hold is refused, naming the table and column or key, never dropped:
     * column storage and compression (statistics of a table dibs does not manage), a foreign key's MATCH FULL, as well as a column
     * collation on a table dibs does not manage (a managed table's is @Column(collation), of pg_catalog or of a collation
     * CREATE COLLATION made, which an SQL file declares) and an inheritance child.
     */
    @Test
    void whatTheModelDoesNotHoldIsRefusedNamingTableAndColumn(TestDatabase db) throws Exception {
        db.execute("""
                CREATE COLLATION public.c_copy FROM "C";
                CREATE TABLE parents (id integer PRIMARY KEY, a text, b text, c text, d text COLLATE "C", e text COLLATE c_copy);
                ALTER TABLE parents ALTER COLUMN a SET STORAGE EXTERNAL;
                ALTER TABLE parents ALTER COLUMN b SET COMPRESSION pglz;
                ALTER TABLE parents ALTER COLUMN c SET STATISTICS 500;
                CREATE TABLE kids (x integer, y integer, FOREIGN KEY (x, y) REFERENCES kids_target (p, q) MATCH FULL)
                """.replace("CREATE TABLE kids", "CREATE TABLE kids_target (p integer, q integer, PRIMARY KEY (p, q));"
                + " CREATE TABLE kids"));
        // a child of a table the import leaves out (a child of an imported one is imported: @Table(inherits))
        db.execute("CREATE SCHEMA outside; CREATE TABLE outside.parents (id integer PRIMARY KEY, d text COLLATE \"C\");"
                + " CREATE TABLE heirs (extra integer) INHERITS (outside.parents); ALTER TABLE heirs ALTER COLUMN extra SET STATISTICS 300");
        db.execute("""
                CREATE TABLE ev (at date, kind text, note text) PARTITION BY RANGE (at);
                CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                ALTER TABLE ev ALTER COLUMN kind SET STATISTICS 300;
                ALTER TABLE ev_1 ALTER COLUMN kind SET STATISTICS 10;
                ALTER TABLE ev_1 ALTER COLUMN note SET STATISTICS 20;
                """);

        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class, () -> importOf(db));

        assertThat(e.objects()).anySatisfy(o -> assertThat(o).startsWith("column option public.parents.a: SET STORAGE EXTERNAL"))
                .anySatisfy(o -> assertThat(o).startsWith("column option public.parents.b: SET COMPRESSION pglz"))
                // a managed table's statistics target is @Column(statistics); a table dibs does not manage keeps the note
                .noneSatisfy(o -> assertThat(o).contains("parents.c"))
                .anySatisfy(o -> assertThat(o).startsWith("column option public.heirs.extra: SET STATISTICS 300"))
                // a partition's target other than its table's
                .anySatisfy(o -> assertThat(o).startsWith("column option public.ev_1.kind: SET STATISTICS 10 (its table public.ev has 300)"))
                .anySatisfy(o -> assertThat(o).startsWith("column option public.ev_1.note: SET STATISTICS 20 (its table public.ev has the default)"))
                .anySatisfy(o -> assertThat(o).startsWith("foreign key option public.kids.kids_x_y_fkey: MATCH FULL"))
                .noneSatisfy(o -> assertThat(o).contains("parents.d"))
                // a collation CREATE COLLATION made, and a managed table's column of it, are declared (SQL file, @Column)
                .noneSatisfy(o -> assertThat(o).contains("parents.e"))
                .noneSatisfy(o -> assertThat(o).contains("c_copy:"))
                .anySatisfy(o -> assertThat(o).startsWith("column collation public.heirs.d: COLLATE C"))
                .anySatisfy(o -> assertThat(o).startsWith("inheritance public.heirs: inherits from outside.parents"))
                .noneSatisfy(o -> assertThat(o).contains("kids_target"));
    }

    @Test
    void privilegesAndObjectsOfTheWholeDatabaseAreWarnedAboutNotRefused(TestDatabase db) throws Exception {
        db.execute("""
                CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS $$SELECT 1$$;
                REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;
                CREATE FUNCTION ignore_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
                -- as a label provider (an anonymiser) writes one: none is loaded here
                SET allow_system_table_mods = on;
                INSERT INTO pg_seclabel VALUES ('f()'::regprocedure, 'pg_proc'::regclass, 0, 'anon', 'TRUSTED');
                RESET allow_system_table_mods;
                """);
        String trigger = "dibs_import_" + Long.toUnsignedString(System.nanoTime(), 36);
        db.execute("CREATE EVENT TRIGGER " + trigger + " ON ddl_command_end EXECUTE FUNCTION ignore_ddl()");
        try {
            ImportResult result = importOf(db);

            assertThat(result.files()).extracting(ImportedFile::path).containsExactly("src/main/resources/dibs/04-functions.sql");
            assertThat(result.warnings()).anySatisfy(w -> assertThat(w).startsWith("not imported: privileges public.function f()")
                    .contains("dibs does not manage privileges"));
            assertThat(result.warnings()).anySatisfy(w -> assertThat(w).startsWith("not imported: security label public.f(): anon on function:"
                    + " TRUSTED").contains("dibs does not manage security labels"));
            assertThat(result.warnings()).anySatisfy(w -> assertThat(w).startsWith("not imported: event trigger *." + trigger)
                    .contains("belongs to the whole database"));
        } finally {
            db.execute("DROP EVENT TRIGGER " + trigger); // an event trigger is the server's, not the test database's alone
        }
    }

    /** What dibs writes no clause for is warned about (a rebuilt database has the default), a partition's own RLS refused. */
    @Test
    void physicalOptionsAreWarnedAboutAndAPartitionsOwnRowSecurityRefused(TestDatabase db) throws Exception {
        db.execute("""
                CREATE TABLE t (id int PRIMARY KEY, a int);
                CREATE INDEX t_a1 ON t ((a + 1));
                ALTER TABLE t REPLICA IDENTITY FULL;
                ALTER INDEX t_a1 ALTER COLUMN 1 SET STATISTICS 3000;
                CREATE UNLOGGED SEQUENCE s;
                """);
        ImportResult result = importOf(db);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).startsWith("not imported: table option public.t: REPLICA IDENTITY FULL")
                        .contains("dibs writes no clause for it"))
                .anySatisfy(w -> assertThat(w).startsWith("not imported: index statistics public.t_a1: column 1 SET STATISTICS 3000"))
                .anySatisfy(w -> assertThat(w).startsWith("not imported: sequence option public.s: UNLOGGED"));

        db.execute("""
                CREATE TABLE p (id int, v text) PARTITION BY RANGE (id);
                CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
                ALTER TABLE p1 ENABLE ROW LEVEL SECURITY;
                """);
        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class, () -> importOf(db));
        assertThat(e.objects()).anySatisfy(o -> assertThat(o).startsWith("partition option public.p1: ENABLE ROW LEVEL SECURITY"));
    }

    @Test
    void anExtensionOutsideTheSchemasIsAWarningAndNotWritten(TestDatabase db) throws Exception {
        db.execute("""
                CREATE SCHEMA ext;
                CREATE EXTENSION citext WITH SCHEMA ext;
                CREATE DOMAIN email AS ext.citext;
                """);

        ImportResult result = importOf(db);

        assertThat(result.files()).extracting(ImportedFile::path).containsExactly("src/main/resources/dibs/03-domains.sql");
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("not imported: extension citext in schema ext, outside the managed schemas"));
    }

    /**
     * What a managed object uses in a schema left out of schemas is refused, each use named (a
     * project would build databases lacking it); an extension's objects are not, wherever it is
     * installed, arrays of its types included, nor is a foreign key refused twice.
     */
    @Test
    void whatManagedObjectsUseInOtherSchemasIsRefusedButNotAnExtensionsObjects(TestDatabase db) throws Exception {
        db.execute("""
                CREATE SCHEMA ext;
                CREATE EXTENSION citext WITH SCHEMA ext;
                CREATE SCHEMA other;
                CREATE TYPE other.addr AS (street text, city text);
                CREATE TYPE other.color AS ENUM ('red', 'green');
                CREATE FUNCTION other.twice(integer) RETURNS integer IMMUTABLE LANGUAGE sql AS 'SELECT $1 * 2';
                CREATE FUNCTION other.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
                CREATE SEQUENCE other.ids;
                CREATE TABLE other.owners (id integer PRIMARY KEY);
                CREATE TABLE f1 (id integer PRIMARY KEY DEFAULT nextval('other.ids'), a other.addr, c other.color[],
                                 n integer DEFAULT other.twice(2), e ext.citext, es ext.citext[],
                                 owner integer REFERENCES other.owners);
                CREATE INDEX f1_twice ON f1 (other.twice(n));
                CREATE TRIGGER f1_touch BEFORE UPDATE ON f1 FOR EACH ROW EXECUTE FUNCTION other.touch();
                CREATE VIEW v AS SELECT id FROM f1 WHERE n > (SELECT count(*) FROM other.owners);
                """);

        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class,
                () -> ImportFromDatabase.run(db.info(), List.of("public"), "com.acme.db"));

        String tail = ", in schema other outside schemas (now public): a database built from the project would lack it.";
        assertThat(e.objects()).filteredOn(o -> o.contains(" outside schemas ")).containsExactly(
                "default value for public.f1.id uses sequence other.ids" + tail + " Add other to schemas to import both,"
                        + " or move sequence other.ids into a managed schema.",
                "default value for public.f1.n uses function other.twice(integer)" + tail
                        + " Add other to schemas to import both, or move function other.twice(integer) into a managed schema.",
                "index public.f1_twice uses function other.twice(integer)" + tail
                        + " Add other to schemas to import both, or move function other.twice(integer) into a managed schema.",
                "table column public.f1.a uses type other.addr" + tail
                        + " Add other to schemas to import both, or move type other.addr into a managed schema.",
                "table column public.f1.c uses type other.color" + tail
                        + " Add other to schemas to import both, or move type other.color into a managed schema.",
                "trigger f1_touch on public.f1 uses function other.touch()" + tail
                        + " Add other to schemas to import both, or move function other.touch() into a managed schema.",
                "view public.v uses table other.owners" + tail
                        + " Add other to schemas to import both, or move table other.owners into a managed schema.");
        // the foreign key is the record writer's to refuse, once
        assertThat(e.objects()).filteredOn(o -> o.contains("owners")).hasSize(2)
                .anySatisfy(o -> assertThat(o).startsWith("view public.v"));
    }

    @Test
    void anEmptyDatabaseIsRefusedAsNothingToImport(TestDatabase db) {
        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class, () -> importOf(db));

        assertThat(e.getMessage()).startsWith("dibs:import found nothing to import in database t: schemas public hold no table")
                .contains("Fix: point url at the database to import");
        assertThat(e.objects()).isEmpty();
    }
}
