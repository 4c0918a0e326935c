package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.inspect.Extension;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The declarations of the SQL files under dibs/ are built in the scratch database around the Java tables. */
@WithPostgres
class SqlFilesCanonicalizerTest {

    @TempDir
    Path dir;

    private static final String INVOICE = """
            @Table("invoice")
            public record Invoice(@Pk long id,
                @Default("nextval('invoice_numbers')") long number,
                @Column(type = "citext") String customer,
                @Column(type = "email") String contact,
                @Column(type = "timestamptz") @Default("now()") java.time.Instant updatedAt) {}
            """;

    private static final String SCHEMA_SQL = """
            -- what the invoice table needs, and what it gets
            CREATE EXTENSION IF NOT EXISTS citext;
            CREATE SEQUENCE invoice_numbers START 1000;
            CREATE DOMAIN email AS citext CHECK (VALUE LIKE '%@%');

            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.updated_at := now(); -- the body is not checked: it may name columns
              RETURN NEW;
            END
            $$;
            CREATE FUNCTION invoice_count() RETURNS bigint LANGUAGE sql
            BEGIN ATOMIC
              SELECT count(*) FROM invoice; -- a SQL-standard body needs the table: built after it
            END;
            CREATE TRIGGER invoice_touch BEFORE UPDATE ON invoice FOR EACH ROW EXECUTE FUNCTION touch();
            ALTER TABLE invoice DISABLE TRIGGER invoice_touch;
            COMMENT ON FUNCTION touch() IS 'sets updated_at';
            ALTER SEQUENCE invoice_numbers OWNED BY invoice.number;
            """;

    private LoadedSchema load(String sql, String... types) throws Exception {
        List<Path> classpath = TestSchemas.compile(dir, types);
        Path file = dir.resolve("classes/dibs/schema.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
        return IntentLoader.builder().classpath(classpath).packages(List.of("e")).load();
    }

    /** What the scratch database held, from the notes or, once a kind is managed, from the schema. */
    private static Set<String> objects(Inspection i) {
        Set<String> out = new TreeSet<>();
        i.notManaged().forEach(n -> out.add(n.kind() + " " + n.schema() + "." + n.name()));
        i.schema().routines().forEach(r -> out.add((r.procedure() ? "procedure " : "function ") + r.name() + "("
                + r.identityArguments() + ")"));
        i.schema().triggers().forEach(t -> out.add("trigger " + t.table() + "." + t.name()));
        i.schema().domains().forEach(d -> out.add("domain " + d.name()));
        i.schema().extensions().forEach(e -> out.add("extension " + e.schema() + "." + e.name()));
        return out;
    }

    @Test
    void buildsWhatTablesNeedBeforeThemAndTheRestAfter(PostgresServer server) throws Exception {
        LoadedSchema intent = load(SCHEMA_SQL, INVOICE);
        Inspection built = Canonicalizer.canonicalize(intent, server, List.of()).inspection();

        Table invoice = built.schema().table(new QualifiedName("public", "invoice")).orElseThrow();
        assertThat(invoice.column("number").map(Column::defaultExpression))
                .contains("nextval('public.invoice_numbers'::regclass)");
        assertThat(invoice.column("customer").orElseThrow().type().name()).isEqualTo("citext");
        assertThat(invoice.column("contact").orElseThrow().type()).satisfies(t -> {
            assertThat(t.schema()).isEqualTo("public");
            assertThat(t.name()).isEqualTo("email");
        });
        assertThat(objects(built)).contains("function public.touch()", "function public.invoice_count()",
                "domain public.email", "trigger public.invoice.invoice_touch", "extension public.citext");
    }

    @Test
    void functionBodiesAreNotCheckedSoAJavaCheckMayUseOneThatReadsATable(PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                CREATE FUNCTION first_of_its_kind(n bigint) RETURNS boolean LANGUAGE sql
                  AS 'SELECT NOT EXISTS (SELECT 1 FROM ledger l WHERE l.id < n)';
                """, "@Table(\"ledger\") @Check(\"first_of_its_kind(id) OR id > 0\") public record Ledger(@Pk long id) {}");
        Table ledger = Canonicalizer.canonicalize(intent, server, List.of()).inspection().schema()
                .table(new QualifiedName("public", "ledger")).orElseThrow();
        assertThat(ledger.checks()).singleElement().satisfies(k ->
                assertThat(k.expression()).contains("first_of_its_kind(id)"));
    }

    /**
     * A function or domain of the SQL files may take a Java enum type, and a Java table's check or
     * column use it: the enum types are built before the declarations (as dibs:import writes such a
     * project, found by an import hunt: "function public.is_happy(public.mood) does not exist").
     */
    /**
     * A Java table's row type taken by a function of the files, which a Java index calls, and by
     * another Java table's column: the function waits for the tables and comes before their indexes;
     * the table whose column takes a row type comes after the table it is (albums sorts first).
     */
    @Test
    void aJavaTablesRowTypeServesAFunctionAJavaIndexCallsAndAnotherTablesColumn(PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                CREATE FUNCTION full_name(p people) RETURNS text LANGUAGE sql IMMUTABLE RETURN p.first || ' ' || p.last;
                """, """
                @Table("people") @Index(name = "people_full_name", columns = "(full_name(people))")
                public record Person(@Pk long id, String first, String last) {}""",
                "@Table(\"albums\") public record Album(@Pk long id, @Column(type = \"people\") String who,"
                        + " @Column(type = \"people[]\") String crowd) {}");
        Schema built = Canonicalizer.canonicalize(intent, server, List.of()).inspection().schema();
        assertThat(built.table(new QualifiedName("public", "people")).orElseThrow().indexes()).singleElement()
                .satisfies(i -> assertThat(i.name()).isEqualTo("people_full_name"));
        Table snapshots = built.table(new QualifiedName("public", "albums")).orElseThrow();
        assertThat(snapshots.column("who").orElseThrow().type().sql()).isEqualTo("public.people");
        assertThat(snapshots.column("crowd").orElseThrow().type().sql()).isEqualTo("public.people[]");
    }

    @Test
    void aFunctionAndADomainOverAJavaEnumServeAJavaTable(PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                CREATE FUNCTION is_happy(m mood) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN m = 'HAPPY';
                CREATE DOMAIN cheerful AS mood CHECK (VALUE <> 'SAD');
                """, "public enum Mood { HAPPY, SAD }",
                "@Table(\"diary\") @Check(\"is_happy(mood)\") public record Diary(@Pk long id, Mood mood,"
                        + " @Column(type = \"cheerful\") Mood later) {}");
        Table diary = Canonicalizer.canonicalize(intent, server, List.of()).inspection().schema()
                .table(new QualifiedName("public", "diary")).orElseThrow();
        assertThat(diary.checks()).singleElement().satisfies(k -> assertThat(k.expression()).contains("is_happy(mood)"));
        assertThat(diary.column("later").orElseThrow().type().sql()).isEqualTo("public.cheerful");
    }

    @Test
    void aStatementPostgresRejectsNamesFileLineAndPositionAndLeavesNothing(PostgresServer server, TestDatabase db)
            throws Exception {
        LoadedSchema intent = load("""
                CREATE SEQUENCE fine;

                CREATE FUNCTION broken() RETURNS int LANGUAGE sql
                AS 'SELECT 1' STIRCT;
                CREATE TRIGGER t BEFORE UPDATE ON invoice FOR EACH ROW EXECUTE FUNCTION no_such_function();
                """, INVOICE.replace("@Column(type = \"email\") String contact,", "")
                .replace("@Column(type = \"citext\") String customer,", "")
                .replace("@Default(\"nextval('invoice_numbers')\") long number,", ""));
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> Canonicalizer.canonicalize(intent, server, List.of()));
        assertThat(e.getMessage()).startsWith("The SQL files under dibs/ have 1 problem:");
        Problem p = e.problems().get(0);
        assertThat(p.where()).isEqualTo("dibs/schema.sql line 3 (in " + dir.resolve("classes") + ")");
        assertThat(p.message()).startsWith("PostgreSQL " + server.majorVersion() + " rejects function broken: syntax error")
                .endsWith("(at line 4, column 15)");
        assertThat(db.queryStrings("SELECT datname FROM pg_database WHERE datname LIKE 'dibs_scratch%'")).isEmpty();
    }

    @Test
    void refusedStatementsStopTheLoadSoNothingOfTheFilesRuns(TestDatabase db) throws Exception {
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class, () -> load("""
                CREATE FUNCTION marker() RETURNS int LANGUAGE sql RETURN 1;
                DO $$ BEGIN EXECUTE 'CREATE TABLE hacked (x int)'; END $$;
                """, INVOICE));
        assertThat(e.problems()).extracting(Problem::where).containsExactly("dibs/schema.sql line 2 (in "
                + dir.resolve("classes") + ")");
        assertThat(db.queryStrings("SELECT datname FROM pg_database WHERE datname LIKE 'dibs_scratch%'")).isEmpty();
        assertThat(db.hasTable("hacked")).isFalse();
    }

    @Test
    void aDeclaredExtensionTheScratchServerLacksIsNamedWithItsLine(PostgresServer server) throws Exception {
        LoadedSchema intent = load("\nCREATE EXTENSION dibs_no_such_extension;\n", "@Table(\"t\") public record T(@Pk long id) {}");
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> Canonicalizer.canonicalize(intent, server, List.of()));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).startsWith("dibs/schema.sql line 2");
            assertThat(p.message()).contains("the extension dibs_no_such_extension is not available on " + server.description());
        });
    }

    @Test
    void onlyTheTargetsExtensionsOutsideTheManagedSchemasArePreCreated(PostgresServer server) throws Exception {
        LoadedSchema inPublic = load("", "@Table(\"t\") public record T(@Pk long id, @Column(type = \"citext\") String s) {}");
        // citext in public is managed: the files say whether it is wanted, and they do not
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> Canonicalizer.canonicalize(inPublic, server, List.of(new Extension("citext", "public"))));
        assertThat(e.getMessage()).contains("type \"citext\" does not exist");
        // in a schema dibs does not manage it is taken as given
        LoadedSchema elsewhere = load("",
                "@Table(\"t\") public record T(@Pk long id, @Column(type = \"extensions.citext\") String s) {}");
        assertThat(Canonicalizer.canonicalize(elsewhere, server, List.of(new Extension("citext", "extensions")))
                .inspection().schema().tables()).hasSize(1);
    }

    @Test
    void theScratchDatabaseStaysOffTheTargetWithFilesPresent(TestDatabase db, PostgresServer shared) throws Exception {
        LoadedSchema intent = load(SCHEMA_SQL, INVOICE);
        List<Integer> asked = new ArrayList<>();
        try (ScratchServers.Choice choice = ScratchServers.forTarget(db.info(), major -> {
            asked.add(major);
            return PostgresServers.existing(shared.admin());
        })) {
            Canonicalizer.canonicalize(intent, choice.server(), List.of());
        }
        assertThat(asked).as("the embedded server of the target's version").containsExactly(db.majorVersion());
        assertThat(db.queryStrings("SELECT proname FROM pg_proc WHERE proname IN ('touch', 'invoice_count')")).isEmpty();
        assertThat(db.hasTable("invoice")).isFalse();
    }

    /**
     * A type name longer than 63 bytes, quoted or not, is cut by PostgreSQL wherever it reads one: the
     * column's type as the Java schema reads the annotation names the domain the files created under
     * the cut name, and a database made from the same declarations reads the same, so nothing differs.
     */
    @Test
    void aTypeNameLongerThanPostgresKeepsNamesTheDomainItResolvesTo(PostgresServer server, TestDatabase db) throws Exception {
        String quoted = "Amount In The Currency Of The Invoice, Rounded To Cents, Never Negative Or Zero";
        String plain = "amount_in_the_currency_of_the_invoice_rounded_to_cents_never_negative";
        String declarations = "CREATE DOMAIN \"" + quoted + "\" AS numeric(12,2) CHECK (VALUE > 0);\n"
                + "CREATE DOMAIN " + plain + " AS numeric(12,2);\n";
        LoadedSchema intent = load(declarations, "@Table(\"priced\") public record Priced(@Pk long id,"
                + " @Column(type = \"\\\"" + quoted + "\\\"\") java.math.BigDecimal total,"
                + " @Column(type = \"" + plain.toUpperCase(java.util.Locale.ROOT) + "\") java.math.BigDecimal net) {}");
        Table priced = Canonicalizer.canonicalize(intent, server, List.of()).inspection().schema()
                .table(new QualifiedName("public", "priced")).orElseThrow();
        String cutQuoted = dev.dibs.engine.naming.Identifiers.truncated(quoted);
        String cutPlain = plain.substring(0, 63);
        assertThat(priced.column("total").orElseThrow().type().name()).isEqualTo(cutQuoted);
        assertThat(priced.column("net").orElseThrow().type().name()).isEqualTo(cutPlain);

        // the Java schema's own reading of the annotation names the type PostgreSQL resolved
        Table declared = intent.schema().table(new QualifiedName("public", "priced")).orElseThrow();
        assertThat(declared.column("total").orElseThrow().type().name()).isEqualTo(cutQuoted);
        assertThat(declared.column("net").orElseThrow().type().name()).isEqualTo(cutPlain);

        db.execute(declarations + "CREATE TABLE priced (id bigint PRIMARY KEY, total public.\"" + quoted + "\" NOT NULL,"
                + " net " + plain + " NOT NULL)");
        try (java.sql.Connection c = db.connect()) {
            Schema live = Inspector.inspect(c, List.of("public")).schema();
            assertThat(Planner.plan(live, Canonicalizer.canonicalize(intent, server), intent.renames(), PlanOptions.defaults())
                    .changes()).isEmpty();
        }
    }

    /**
     * A foreign key between types dibs does not judge (a domain) is PostgreSQL's to accept: when it
     * refuses, the failure names the statement, the table and what PostgreSQL said, before anything
     * runs on the target.
     */
    @Test
    void aForeignKeyPostgresCannotCompareIsNamedWithWhatItSaid(PostgresServer server) throws Exception {
        LoadedSchema intent = load("CREATE DOMAIN org_ref AS uuid;\n", "@Table(\"orgs\") public record Org(@Pk long id) {}",
                "@Table(\"members\") public record Member(@Pk long id, @Column(type = \"org_ref\") @References(\"orgs.id\") String orgId) {}");
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> Canonicalizer.canonicalize(intent, server, List.of()));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("e.Member foreign key members_org_id_fkey");
            assertThat(p.message()).contains("foreign key constraint \"members_org_id_fkey\" cannot be implemented",
                    // PostgreSQL's detail: which columns, of which types (worded a little apart by version)
                    "(Key columns \"org_id\" ", " are of incompatible types: ", "org_ref and bigint.)",
                    "ALTER TABLE public.members ADD CONSTRAINT members_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs (id)");
            assertThat(p.fix()).startsWith("give the referencing and referenced columns types PostgreSQL can compare");
        });
    }

    /**
     * A function PostgreSQL runs while building (an immutable call with constant arguments is folded
     * when an index is created) runs as the scratch database's own role, not as a superuser: it
     * cannot run a program on the machine or read the server's files.
     */
    @Test
    void whatTheBuildRunsHasNoSuperuserPowers(PostgresServer server) throws Exception {
        Path trace = dir.resolve("ran");
        LoadedSchema intent = load("""
                CREATE FUNCTION who() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT current_user::text $$;
                CREATE FUNCTION boom_v() RETURNS int LANGUAGE plpgsql AS $$ BEGIN
                  EXECUTE format('COPY (SELECT 1) TO PROGRAM %%L', 'touch %s'); RETURN 0; END $$;
                CREATE FUNCTION boom(i int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN PERFORM public.boom_v(); RETURN i; END $$;
                CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a WITH NO DATA;
                CREATE INDEX mv_boom ON mv ((a + boom(7)));
                """.formatted(trace), "@Table(\"t\") public record T(@Pk int id) {}");

        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> Canonicalizer.canonicalize(intent, server, List.of()));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("rejects materialized view index", "COPY to or from an external program"));
        assertThat(trace).doesNotExist();
    }

    /**
     * A C function loads a library into the server (its validator opens the file even with bodies
     * unchecked): the role that builds may not use the language, so no file is ever opened.
     */
    @Test
    void aCFunctionIsRefusedBeforeItsLibraryIsOpened(PostgresServer server) throws Exception {
        LoadedSchema intent = load("CREATE FUNCTION native_helper() RETURNS int LANGUAGE c AS '/nonexistent/evil.so', 'f';\n",
                "@Table(\"t\") public record T(@Pk int id) {}");

        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> Canonicalizer.canonicalize(intent, server, List.of()));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("permission denied for language c").doesNotContain("could not access file"));
    }

    /**
     * PostgreSQL prints a body it parsed from its own print otherwise than the body as written
     * ({@code SELECT 'x'} → {@code SELECT 'x'::text} → {@code SELECT 'x'::text AS text}): the desired
     * state holds the print a database the plan wrote has, so a second plan is empty.
     */
    @Test
    void anSqlStandardBodyIsComparedAsADatabaseThePlanWroteHoldsIt(PostgresServer server, TestDatabase db) throws Exception {
        LoadedSchema intent = load("CREATE FUNCTION k() RETURNS text LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT 'x'; END;\n",
                "@Table(\"t\") public record T(@Pk int id) {}");
        Schema desired = Canonicalizer.canonicalize(intent, server);
        assertThat(desired.routines()).singleElement().satisfies(r -> assertThat(r.body()).contains("SELECT 'x'::text AS text"));

        try (java.sql.Connection c = db.connect()) {
            dev.dibs.engine.plan.PlanApplier.apply(c, Planner.plan(Inspector.inspect(c, List.of("public")).schema(), desired,
                    intent.renames(), PlanOptions.defaults()), null, dev.dibs.engine.plan.PlanListener.NONE);
            assertThat(Planner.plan(Inspector.inspect(c, List.of("public")).schema(), desired, intent.renames(),
                    PlanOptions.defaults()).changes()).isEmpty();
        }
    }

    /** A function whose body reads a view the files declare after it is built once the view is: the files' order is free. */
    @Test
    void aBodyReadingAViewDeclaredLaterIsBuiltAfterIt(PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(a) FROM big);
                CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM big; END;
                CREATE VIEW big AS SELECT id, a FROM t WHERE a > 6;
                """, "@Table(\"t\") public record T(@Pk int id, int a) {}");

        Schema built = Canonicalizer.canonicalize(intent, server);

        assertThat(built.routines()).extracting(r -> r.name().name()).containsExactlyInAnyOrder("total", "cnt");
        assertThat(built.views()).singleElement().satisfies(v -> assertThat(v.name().name()).isEqualTo("big"));
    }

    /** The role that builds is no superuser, and what it built is inspected as built. */
    @Test
    void theBuildRunsAsARoleOfItsOwn(PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                CREATE FUNCTION builder_is_superuser() RETURNS boolean LANGUAGE sql IMMUTABLE
                    AS $$ SELECT current_setting('is_superuser')::boolean $$;
                """, "@Table(\"t\") @Check(\"builder_is_superuser() IS NOT TRUE\") public record T(@Pk int id) {}");

        Table t = Canonicalizer.canonicalize(intent, server, List.of()).inspection().schema().tables().get(0);

        assertThat(t.checks()).singleElement().satisfies(k -> assertThat(k.expression()).contains("builder_is_superuser()"));
    }
}
