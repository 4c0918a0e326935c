package dev.dibs.engine.ops;

import static dev.dibs.engine.ops.ReferenceComparisons.compareWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan that PostgreSQL will refuse because of a view, materialized view, rule or relation dibs
 * does not manage is said before anything runs, naming the statement and what is in the way — and
 * each warning is proven right by applying the plan anyway.
 */
@WithPostgres
class PlanBlockersTest {

    private static final List<String> PUBLIC = List.of("public");

    @TempDir
    Path dir;


    /** The type of {@code relation.column} once {@code report}'s plan is applied. */
    private static String typeAfterApplying(TestDatabase target, DriftReport report, String relation, String column) throws SQLException {
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        return target.queryString("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '" + relation
                + "'::regclass AND attname = '" + column + "'");
    }

    private static void assertRefused(TestDatabase target, DriftReport report, String postgresSays) throws SQLException {
        try (Connection c = target.connect()) {
            assertThatThrownBy(() -> PlanApplier.apply(c, report.plan(), null, PlanListener.NONE)).hasMessageContaining(postgresSays);
        }
    }

    @Test
    void viewsOnADroppedColumnAreNamedBeforeThePlanRuns(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE products (id int PRIMARY KEY, name text, old_code text);
                CREATE SCHEMA reports; -- not compared: its views are not dibs's
                CREATE VIEW reports.product_codes AS SELECT id, old_code FROM products;
                CREATE MATERIALIZED VIEW reports.code_counts AS SELECT old_code, count(*) FROM products GROUP BY old_code;
                CREATE VIEW reports.product_names AS SELECT id, name FROM products;
                """);

        DriftReport report = compareWith(target, server, "CREATE TABLE products (id int PRIMARY KEY, name text)");

        assertThat(report.warnings()).containsExactly("PostgreSQL will refuse \"ALTER TABLE ONLY public.products DROP COLUMN old_code\":"
                + " materialized view reports.code_counts, view reports.product_codes use column public.products.old_code, and dibs"
                + " does not manage them. Drop or change them first (by hand, or in a migration), then plan again; as it"
                + " is, the plan fails there and is rolled back.");
        assertRefused(target, report, "cannot drop column old_code of table products because other objects depend on it");
    }

    /**
     * A parent's children in the compared schemas are managed: the plan drops them first (no blocker).
     * One in a schema not compared is not dibs's: PostgreSQL would refuse the parent's drop, so the
     * plan is refused before it runs, naming the child.
     */
    @Test
    void anInheritanceChildOutsideTheComparedSchemasBlocksItsParentsDrop(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE favorites (id int PRIMARY KEY, user_id int);
                CREATE TABLE favorites_0 () INHERITS (favorites);
                CREATE TABLE keep (id int PRIMARY KEY);
                """);
        DriftReport managed = compareWith(target, server, "CREATE TABLE keep (id int PRIMARY KEY)");
        assertThat(managed.warnings()).isEmpty();
        assertThat(managed.plan().toSql()).containsSubsequence("DROP TABLE public.favorites_0;", "DROP TABLE public.favorites;");

        target.execute("CREATE SCHEMA archive; CREATE TABLE archive.favorites_old () INHERITS (favorites)");
        DriftReport report = compareWith(target, server, "CREATE TABLE keep (id int PRIMARY KEY)");

        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w).startsWith(
                "PostgreSQL will refuse \"DROP TABLE public.favorites\": table archive.favorites_old uses table public.favorites,"));
        assertRefused(target, report, "cannot drop table favorites because other objects depend on it");
    }

    /** PostgreSQL adds no identity column to a table with children: refused before anything is planned, naming them and the way out. */
    @Test
    void anIdentityColumnAddedToAParentWithChildrenIsRefused(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE TABLE favorites (id int PRIMARY KEY); CREATE TABLE favorites_0 () INHERITS (favorites)");

        assertThatThrownBy(() -> compareWith(target, server, """
                CREATE TABLE favorites (id int PRIMARY KEY, n bigint GENERATED BY DEFAULT AS IDENTITY);
                CREATE TABLE favorites_0 () INHERITS (favorites);
                """)).isInstanceOf(dev.dibs.engine.diff.InheritanceRefused.class)
                .hasMessageContaining("dibs cannot add identity column n to table public.favorites: it has inheritance children"
                        + " (public.favorites_0)")
                .hasMessageContaining("so nothing was planned");
        assertThat(target.queryString("SELECT count(*) FROM pg_attribute WHERE attrelid = 'favorites'::regclass AND attname = 'n'"))
                .isEqualTo("0");
    }

    /**
     * PostgreSQL renames or retypes a column through a parent only where no table below has it from
     * another parent too: refused before anything is planned (also an enum's conversion), naming the
     * child and the way out; a child that leaves the other parent in the same plan does so first.
     */
    @Test
    void aColumnAChildHasFromTwoParentsIsRefusedUnlessTheChildLeavesOne(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
                CREATE TABLE feelings (id int NOT NULL, n int, m mood);
                CREATE TABLE moods (id int NOT NULL, n int, m mood);
                CREATE TABLE feelings_0 () INHERITS (feelings, moods);
                INSERT INTO feelings_0 VALUES (1, 2, 'happy');
                """);
        // what PostgreSQL says to the statement dibs would otherwise write
        assertThatThrownBy(() -> target.execute("ALTER TABLE feelings ALTER COLUMN n TYPE bigint"))
                .hasMessageContaining("cannot alter inherited column \"n\"");

        assertThatThrownBy(() -> compareWith(target, server, """
                CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
                CREATE TABLE feelings (id int NOT NULL, n bigint, m mood);
                CREATE TABLE moods (id int NOT NULL, n bigint, m mood);
                CREATE TABLE feelings_0 () INHERITS (feelings, moods);
                """)).isInstanceOf(dev.dibs.engine.diff.InheritanceRefused.class)
                .hasMessageMatching("dibs cannot change the type of column public\\.(feelings|moods)\\.n: public\\.feelings_0 has it"
                        + " from public\\.(moods|feelings) too, .*\\(\"cannot alter inherited column\"\\).*")
                .hasMessageContaining("so nothing was planned");
        assertThatThrownBy(() -> compareWith(target, server, """
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                CREATE TABLE feelings (id int NOT NULL, n int, m mood);
                CREATE TABLE moods (id int NOT NULL, n int, m mood);
                CREATE TABLE feelings_0 () INHERITS (feelings, moods);
                """)).isInstanceOf(dev.dibs.engine.diff.InheritanceRefused.class)
                .hasMessageMatching("dibs cannot convert column public\\.(feelings|moods)\\.m to the re-created enum type"
                        + " public\\.mood: public\\.feelings_0 has it from public\\.(moods|feelings) too, .*");

        DriftReport leaving = compareWith(target, server, """
                CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
                CREATE TABLE feelings (id int NOT NULL, n bigint, m mood);
                CREATE TABLE moods (id int NOT NULL, n bigint, m mood);
                CREATE TABLE feelings_0 () INHERITS (feelings);
                """);
        assertThat(leaving.warnings()).isEmpty();
        assertThat(typeAfterApplying(target, leaving, "public.feelings_0", "n")).isEqualTo("bigint");
        assertThat(target.queryString("SELECT count(*) FROM pg_inherits WHERE inhrelid = 'feelings_0'::regclass")).isEqualTo("1");
    }

    /**
     * A child dibs does not manage (in a schema it does not compare) that has a retyped column from two
     * parents: PostgreSQL retypes it through neither, so the plan is refused before it runs, naming it.
     */
    @Test
    void anUnmanagedChildHavingARetypedColumnFromTwoParentsIsNamed(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE a (id int NOT NULL, k int);
                CREATE TABLE b (k int);
                CREATE SCHEMA archive; -- not compared
                CREATE TABLE archive.c () INHERITS (a, b);
                CREATE TABLE archive.d () INHERITS (a);
                """);

        DriftReport report = compareWith(target, server, """
                CREATE TABLE a (id int NOT NULL, k bigint);
                CREATE TABLE b (k int);
                """);

        assertThat(report.warnings()).singleElement().asString().startsWith("PostgreSQL will refuse \"ALTER TABLE public.a ALTER"
                + " COLUMN k TYPE bigint USING k::bigint\": table archive.c (it has the column from another parent too: take it out of one) uses column"
                + " public.a.k, and dibs does not manage it.");
        assertRefused(target, report, "cannot alter inherited column \"k\"");
    }

    @Test
    void aViewOnADroppedTableOrARetypedColumnIsNamedToo(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE legacy (id int PRIMARY KEY);
                CREATE SCHEMA reports;
                CREATE VIEW reports.legacy_ids AS SELECT id FROM legacy;
                CREATE TABLE amounts (id int PRIMARY KEY, cents int);
                CREATE VIEW reports.big AS SELECT id FROM amounts WHERE cents > 100;
                """);

        DriftReport report = compareWith(target, server, "CREATE TABLE amounts (id int PRIMARY KEY, cents bigint)");

        assertThat(report.warnings()).hasSize(2);
        assertThat(report.warnings().get(0)).startsWith("PostgreSQL will refuse \"ALTER TABLE public.amounts ALTER COLUMN cents"
                + " TYPE bigint USING cents::bigint\": view reports.big uses column public.amounts.cents, and dibs does not manage it.");
        assertThat(report.warnings().get(1)).startsWith("PostgreSQL will refuse \"DROP TABLE public.legacy\": view"
                + " reports.legacy_ids uses table public.legacy");
        assertRefused(target, report, "view reports.big depends on column \"cents\"");
    }

    /**
     * PostgreSQL retypes a column in every table below its own (inheritance children, partitions): a view
     * dibs does not manage on such a copy is named before anything runs, said of the retyped column and the copy; a
     * managed one on a child's copy is taken around it, no blocker.
     */
    @Test
    void aViewOnAChildsOrPartitionsCopyOfARetypedColumnIsNamed(TestDatabase target, PostgresServer server) throws Exception {
        String desiredChildren = """
                CREATE TABLE amounts_2024 () INHERITS (amounts);
                CREATE TABLE amounts_2024_q1 () INHERITS (amounts_2024);
                CREATE VIEW child_big AS SELECT id FROM amounts_2024 WHERE cents > 100;
                """;
        target.execute("""
                CREATE TABLE amounts (id int PRIMARY KEY, cents int);
                CREATE TABLE ledger (id int NOT NULL, cents int) PARTITION BY RANGE (id);
                CREATE TABLE ledger_1 PARTITION OF ledger FOR VALUES FROM (0) TO (100);
                CREATE SCHEMA reports; -- not compared: its views are not dibs's
                """ + desiredChildren + """
                CREATE VIEW reports.q1_big AS SELECT id FROM amounts_2024_q1 WHERE cents > 100;
                CREATE VIEW reports.ledger_1_big AS SELECT id FROM ledger_1 WHERE cents > 100;
                """);

        String desired = """
                CREATE TABLE amounts (id int PRIMARY KEY, cents bigint);
                CREATE TABLE ledger (id int NOT NULL, cents bigint) PARTITION BY RANGE (id);
                CREATE TABLE ledger_1 PARTITION OF ledger FOR VALUES FROM (0) TO (100);
                """ + desiredChildren;
        DriftReport report = compareWith(target, server, desired);

        assertThat(report.warnings()).hasSize(2);
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).startsWith("PostgreSQL will refuse \"ALTER TABLE public.amounts"
                + " ALTER COLUMN cents TYPE bigint USING cents::bigint\": view reports.q1_big (on the copy in public.amounts_2024_q1) uses column public.amounts.cents,"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).startsWith("PostgreSQL will refuse \"ALTER TABLE public.ledger"
                + " ALTER COLUMN cents TYPE bigint USING cents::bigint\": view reports.ledger_1_big (on the copy in public.ledger_1) uses column public.ledger.cents,"));
        assertThat(report.warnings()).noneMatch(w -> w.contains("child_big"));
        assertRefused(target, report, "depends on column \"cents\"");

        target.execute("DROP VIEW reports.q1_big, reports.ledger_1_big");
        DriftReport clear = compareWith(target, server, desired);
        assertThat(clear.warnings()).isEmpty();
        assertThat(typeAfterApplying(target, clear, "public.amounts_2024_q1", "cents")).isEqualTo("bigint");
    }

    /** A partitioned table's column is dropped from its partitions too: a view dibs does not manage on a partition's copy is named. */
    @Test
    void aViewOnAPartitionsCopyOfADroppedColumnIsNamed(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE ledger (id int NOT NULL, old_code text) PARTITION BY RANGE (id);
                CREATE TABLE ledger_1 PARTITION OF ledger FOR VALUES FROM (0) TO (100);
                CREATE SCHEMA reports;
                CREATE VIEW reports.codes AS SELECT id, old_code FROM ledger_1;
                """);

        DriftReport report = compareWith(target, server, """
                CREATE TABLE ledger (id int NOT NULL) PARTITION BY RANGE (id);
                CREATE TABLE ledger_1 PARTITION OF ledger FOR VALUES FROM (0) TO (100);
                """);

        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w).startsWith("PostgreSQL will refuse"
                + " \"ALTER TABLE public.ledger DROP COLUMN old_code\": view reports.codes (on the copy in public.ledger_1) uses column public.ledger.old_code,"));
        assertRefused(target, report, "view reports.codes depends on column old_code of table ledger_1");
    }

    @Test
    void functionsAndForeignKeysFromOtherSchemasAreNamedButTheComparedSchemasOwnKeysAreNot(TestDatabase target,
                                                                                          PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE accounts (id int PRIMARY KEY, balance int);
                CREATE TABLE entries (id int PRIMARY KEY, account_id int REFERENCES accounts);
                CREATE SCHEMA audit;
                CREATE TABLE audit.log (account_id int REFERENCES public.accounts);
                CREATE FUNCTION audit.total_balance() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT sum(balance) FROM public.accounts; END;
                """);

        DriftReport report = compareWith(target, server, "CREATE TABLE entries (id int PRIMARY KEY, account_id int)");

        assertThat(report.warnings()).singleElement().asString().startsWith("PostgreSQL will refuse \"DROP TABLE public.accounts\":"
                + " foreign key audit.log.log_account_id_fkey, function audit.total_balance() use table public.accounts, and dibs"
                + " does not manage them.");
        assertRefused(target, report, "cannot drop table accounts because other objects depend on it");
    }

    @Test
    void aForeignKeyFromAnotherSchemaDoesNotBlockATypeChangePostgresRebuildsIt(TestDatabase target, PostgresServer server)
            throws Exception {
        target.execute("""
                CREATE TABLE accounts (id int PRIMARY KEY);
                CREATE SCHEMA audit;
                CREATE TABLE audit.log (account_id int REFERENCES public.accounts);
                INSERT INTO accounts VALUES (1); INSERT INTO audit.log VALUES (1);
                """);

        DriftReport report = compareWith(target, server, "CREATE TABLE accounts (id bigint PRIMARY KEY)");

        assertThat(report.plan().toSql()).contains("ALTER COLUMN id TYPE bigint");
        assertThat(report.warnings()).isEmpty();
        assertThat(typeAfterApplying(target, report, "public.accounts", "id")).isEqualTo("bigint");
    }

    @Test
    void aViewOnAColumnOfARecreatedEnumIsNamedAtTheColumnsConversion(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
                CREATE TABLE people (id int PRIMARY KEY, mood mood);
                CREATE SCHEMA reports;
                CREATE VIEW reports.moods AS SELECT id, mood FROM people;
                """);

        DriftReport report = compareWith(target, server,
                "CREATE TYPE mood AS ENUM ('happy', 'sad'); CREATE TABLE people (id int PRIMARY KEY, mood mood)");

        assertThat(report.warnings()).singleElement().asString().startsWith("PostgreSQL will refuse \"ALTER TABLE public.people"
                + " ALTER COLUMN mood TYPE public.mood").contains(": view reports.moods uses column public.people.mood");
        assertRefused(target, report, "cannot alter type of a column used by a view or rule");
    }

    /**
     * The statement is found by the column it converts, not by its text: here the conversion of
     * {@code a} restores a default whose label reads like the conversion of {@code b}.
     */
    @Test
    void aColumnsConversionIsFoundByItsTargetNotByTextAnotherStatementAlsoHolds(TestDatabase target, PostgresServer server)
            throws Exception {
        target.execute("""
                CREATE TYPE mood AS ENUM ('happy', 'ALTER COLUMN b TYPE ', 'meh');
                CREATE TABLE people (id int PRIMARY KEY, a mood DEFAULT 'ALTER COLUMN b TYPE ', b mood);
                CREATE SCHEMA reports;
                CREATE VIEW reports.moods AS SELECT id, b FROM people;
                """);

        DriftReport report = compareWith(target, server, """
                CREATE TYPE mood AS ENUM ('happy', 'ALTER COLUMN b TYPE ');
                CREATE TABLE people (id int PRIMARY KEY, a mood DEFAULT 'ALTER COLUMN b TYPE ', b mood)""");

        assertThat(report.warnings()).singleElement().asString().startsWith("PostgreSQL will refuse \"ALTER TABLE public.people"
                + " ALTER COLUMN b TYPE public.mood").contains(": view reports.moods uses column public.people.b");
        assertRefused(target, report, "cannot alter type of a column used by a view or rule");
    }

    @Test
    void aNewTableWhoseNameAViewHasIsNamed(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE TYPE invoices AS (id int)"); // a view would be dibs's own, dropped by the plan

        DriftReport report = compareWith(target, server, "CREATE TABLE invoices (id int PRIMARY KEY)");

        assertThat(report.warnings()).singleElement().asString().startsWith(
                "PostgreSQL will refuse \"CREATE TABLE public.invoices (").contains(": a composite type named public.invoices already exists (id integer),"
                + " and dibs does not manage composite types. Drop or rename it first");
        assertRefused(target, report, "relation \"invoices\" already exists");
    }

    @Test
    void theJavaSchemaGetsTheSameWarningAndUnrelatedViewsGiveNone(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL, draft text);
                CREATE SCHEMA reports; -- not compared: its views are not dibs's
                CREATE VIEW reports.drafts AS SELECT id, draft FROM notes;
                CREATE VIEW reports.bodies AS SELECT id, body FROM notes;
                """);
        LoadedSchema intent = IntentLoader.builder().classpath(TestSchemas.compile(dir, """
                @Table("notes")
                public record Note(@Pk int id, String body, @Nullable String summary) {}
                """)).packages(List.of("e")).schemas(PUBLIC).load();

        DriftReport report = DriftDetector.detect(intent, target.info(), () -> PostgresServers.existing(server.admin()), PlanOptions.defaults());

        assertThat(report.warnings()).singleElement().asString()
                .startsWith("PostgreSQL will refuse \"ALTER TABLE ONLY public.notes DROP COLUMN draft\": view reports.drafts uses");

        // renamed in the same plan: the catalog still knows the table by its old name
        LoadedSchema renamed = IntentLoader.builder().classpath(TestSchemas.compile(dir.resolve("renamed"), """
                @Table("memos")
                @RenamedFrom("notes")
                public record Memo(@Pk int id, String body) {}
                """)).packages(List.of("e")).schemas(PUBLIC).load();
        assertThat(DriftDetector.detect(renamed, target.info(), () -> PostgresServers.existing(server.admin()), PlanOptions.defaults()).warnings())
                .singleElement().asString()
                .startsWith("PostgreSQL will refuse \"ALTER TABLE ONLY public.memos DROP COLUMN draft\": view reports.drafts uses column"
                        + " public.notes.draft");

        target.execute("DROP VIEW reports.drafts");
        DriftReport after = DriftDetector.detect(intent, target.info(), () -> PostgresServers.existing(server.admin()), PlanOptions.defaults());
        assertThat(after.warnings()).as("a view on a column that stays is no obstacle").isEmpty();
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, after.plan(), null, PlanListener.NONE);
        }
    }

    /**
     * The reference has a trigram index from pg_trgm, the target lacks the extension: the index
     * cannot be built there. Foretold, and -Ddibs.apply refuses the plan before anything runs;
     * applying it anyway proves PostgreSQL refuses it.
     */
    @Test
    void anIndexTheTargetLacksAnOperatorClassForIsRefusedBeforeAnythingRuns(TestDatabase target, PostgresServer server)
            throws Exception {
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text)");
        // in a schema dibs does not manage, the extension is not the plan's to create
        String reference = """
                CREATE SCHEMA ext;
                CREATE EXTENSION pg_trgm WITH SCHEMA ext;
                CREATE TABLE users (id int PRIMARY KEY, email text, name text);
                CREATE INDEX users_email_trgm ON users USING gin (email ext.gin_trgm_ops);""";

        DriftReport report = compareWith(target, server, reference);

        assertThat(report.refusals()).singleElement().asString()
                .startsWith("PostgreSQL will refuse \"CREATE INDEX users_email_trgm ON public.users USING gin (email")
                .contains("index public.users_email_trgm", "access method gin", "rolled back");
        assertThat(report.warnings()).containsAll(report.refusals());
        assertThatThrownBy(() -> RefusalGuard.check(report)).isInstanceOf(DibsException.class)
                .hasMessageStartingWith("Refused to apply the plan; nothing was applied: PostgreSQL would refuse a statement of it on "
                        + target.info().describe() + ":\n  - PostgreSQL will refuse \"CREATE INDEX users_email_trgm");
        assertThat(target.queryString("SELECT count(*) FROM pg_attribute WHERE attrelid = 'users'::regclass AND attname = 'name'"))
                .as("nothing ran").isEqualTo("0");
        assertRefused(target, report, "schema \"ext\" does not exist");

        target.execute("CREATE SCHEMA ext; CREATE EXTENSION pg_trgm WITH SCHEMA ext; CREATE EXTENSION btree_gin");
        DriftReport ready = compareWith(target, server, reference);
        assertThat(ready.refusals()).isEmpty();
        RefusalGuard.check(ready);
    }

    @Test
    void anExtensionThePlanCreatesFirstMeetsTheNeedsOfTheIndexUsingIt(TestDatabase target, PostgresServer server)
            throws Exception {
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text)");

        DriftReport report = compareWith(target, server, """
                CREATE EXTENSION pg_trgm WITH SCHEMA public;
                CREATE EXTENSION hstore WITH SCHEMA public;
                CREATE TABLE users (id int PRIMARY KEY, email text, attrs hstore);
                CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops);
                CREATE INDEX users_attrs ON users USING gin (attrs);""");

        assertThat(report.plan().toSql()).startsWith("CREATE EXTENSION hstore WITH SCHEMA public VERSION ");
        assertThat(report.refusals()).isEmpty();
        RefusalGuard.check(report);
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT count(*) FROM pg_indexes WHERE tablename = 'users'")).isEqualTo("3");
    }

    /** A key without a class of its own needs a default class: btree_gist's for GiST on integers, created first. */
    @Test
    void anExtensionThePlanCreatesFirstMeetsTheDefaultClassOfAKeyWithoutOne(TestDatabase target, PostgresServer server)
            throws Exception {
        target.execute("CREATE TABLE changesets (id int PRIMARY KEY, min_lat int, max_lat int)");

        DriftReport report = compareWith(target, server, """
                CREATE EXTENSION btree_gist WITH SCHEMA public;
                CREATE TABLE changesets (id int PRIMARY KEY, min_lat int, max_lat int);
                CREATE INDEX changesets_bbox_idx ON changesets USING gist (min_lat, max_lat);""");

        assertThat(report.plan().toSql()).startsWith("CREATE EXTENSION btree_gist WITH SCHEMA public VERSION ");
        assertThat(report.refusals()).isEmpty();
        RefusalGuard.check(report);
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT indexdef FROM pg_indexes WHERE indexname = 'changesets_bbox_idx'"))
                .contains("USING gist (min_lat, max_lat)");
    }

    /**
     * An extension installed from its script before PostgreSQL had extensions leaves loose functions
     * that make CREATE EXTENSION fail: a loose function is a function dibs manages, so the plan drops
     * it before it creates the extension, which brings it back as its own.
     */
    @Test
    void aLooseFunctionOfAnExtensionIsDroppedBeforeTheExtensionIsCreated(TestDatabase target, PostgresServer server)
            throws Exception {
        target.execute("CREATE FUNCTION public.show_limit() RETURNS real LANGUAGE sql AS 'SELECT 0.3::real'");

        DriftReport report = compareWith(target, server, "CREATE EXTENSION pg_trgm WITH SCHEMA public");

        assertThat(report.refusals()).isEmpty();
        String sql = report.plan().toSql();
        assertThat(sql.indexOf("DROP FUNCTION public.show_limit()")).isNotNegative()
                .isLessThan(sql.indexOf("CREATE EXTENSION pg_trgm WITH SCHEMA public VERSION "));
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT count(*) FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid "
                + "WHERE p.proname = 'show_limit' AND d.deptype = 'e'")).isEqualTo("1");
    }

    /** A loose function something dibs does not manage uses stays: CREATE EXTENSION would fail, and the drop is refused by name. */
    @Test
    void aLooseFunctionAViewUsesIsNamedBeforeAnythingRuns(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE FUNCTION public.show_limit() RETURNS real LANGUAGE sql AS 'SELECT 0.3::real';
                CREATE SCHEMA reports;
                CREATE VIEW reports.trgm_limit AS SELECT public.show_limit() AS l;""");

        DriftReport report = compareWith(target, server, "CREATE EXTENSION pg_trgm WITH SCHEMA public");

        assertThat(report.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("PostgreSQL will refuse \"DROP FUNCTION public.show_limit()\":").contains("view reports.trgm_limit"));
        assertRefused(target, report, "show_limit");
    }

    /**
     * A view dibs manages (in the compared schemas, in the desired state too) over a column the plan
     * retypes or drops is dropped before and created again after: nothing is in the way.
     */
    @Test
    void aManagedViewOnARetypedOrDroppedColumnIsNoBlocker(TestDatabase target, PostgresServer server) throws Exception {
        String views = """
                CREATE VIEW big AS SELECT id FROM amounts WHERE cents > 100;
                CREATE MATERIALIZED VIEW counted AS SELECT count(*) AS n FROM amounts;""";
        target.execute("CREATE TABLE amounts (id int PRIMARY KEY, cents int, note text);"
                + "CREATE VIEW noted AS SELECT id FROM amounts WHERE note IS NOT NULL;" + views);

        DriftReport report = compareWith(target, server, "CREATE TABLE amounts (id int PRIMARY KEY, cents bigint);"
                + "CREATE VIEW noted AS SELECT id FROM amounts;" + views);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.plan().toSql()).contains("DROP VIEW public.big;", "DROP VIEW public.noted;", "CREATE VIEW public.big AS");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'public.big'::regclass AND attname = 'id'")).isEqualTo("integer");
    }

    /**
     * A managed trigger whose WHEN clause or UPDATE OF list uses a column the plan retypes or drops is
     * dropped before and created again after (as triggers.md says): nothing is in the way. A trigger
     * the plan keeps on another table of the compared schema still is.
     */
    @Test
    void aManagedTriggerOnARetypedOrDroppedColumnIsNoBlocker(TestDatabase target, PostgresServer server) throws Exception {
        String function = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;";
        target.execute(function + "CREATE TABLE t (id int PRIMARY KEY, v int, w int, s text);"
                + "CREATE TRIGGER t_w BEFORE UPDATE OF v ON t FOR EACH ROW WHEN (OLD.v IS DISTINCT FROM NEW.v) EXECUTE FUNCTION f();"
                + "CREATE TRIGGER t_s BEFORE UPDATE OF s ON t FOR EACH ROW EXECUTE FUNCTION f();");

        DriftReport report = compareWith(target, server, function + "CREATE TABLE t (id int PRIMARY KEY, v bigint, w int);"
                + "CREATE TRIGGER t_w BEFORE UPDATE OF v ON t FOR EACH ROW WHEN (OLD.v IS DISTINCT FROM NEW.v) EXECUTE FUNCTION f();");

        assertThat(report.warnings()).isEmpty();
        assertThat(report.refusals()).isEmpty();
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryStrings("SELECT tgname FROM pg_trigger WHERE tgrelid = 'public.t'::regclass ORDER BY 1"))
                .containsExactly("t_w");
    }

    /**
     * A partition key calling a function whose body the plan replaces: rows stay where the old body
     * put them, which no plan can change, so the report says so (and the plan still applies); a
     * function the plan drops to create again is refused before anything runs, naming the key.
     */
    @Test
    void aPartitionKeyCallingAReplacedFunctionIsWarnedOfAndOneCallingARecreatedOneRefused(TestDatabase target, PostgresServer server)
            throws Exception {
        String table = "CREATE TABLE t (id int NOT NULL, a int NOT NULL) PARTITION BY RANGE (public.bucket(a));"
                + "CREATE TABLE t_low PARTITION OF t FOR VALUES FROM (MINVALUE) TO (10);"
                + "CREATE TABLE t_high PARTITION OF t FOR VALUES FROM (10) TO (MAXVALUE);";
        target.execute("CREATE FUNCTION bucket(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;" + table
                + "INSERT INTO t VALUES (1, 5);");

        DriftReport replaced = compareWith(target, server,
                "CREATE FUNCTION bucket(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x * 3 $$;" + table);

        assertThat(replaced.warnings()).anySatisfy(w -> assertThat(w).contains("function public.bucket(x integer)")
                .contains("the partition key of public.t calls").contains("rows stay in the partitions the old version chose"));
        assertThat(replaced.refusals()).as("PostgreSQL runs every statement: dibs:sql -Ddibs.apply applies it").isEmpty();
        RefusalGuard.check(replaced);
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, replaced.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryStrings("SELECT tableoid::regclass || ' ' || a FROM t")).containsExactly("t_low 5");

        assertThatThrownBy(() -> compareWith(target, server,
                "CREATE FUNCTION bucket(y int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT y * 3 $$;" + table))
                .hasMessageContaining("the partition key of public.t").hasMessageContaining("public.bucket(x integer)");
    }

    /** The same for a partition's own key: its rows stay in the partitions below it, and a re-created function is refused. */
    @Test
    void aSubPartitionKeyCallingAReplacedFunctionIsWarnedOfAndOneCallingARecreatedOneRefused(TestDatabase target, PostgresServer server)
            throws Exception {
        String table = "CREATE TABLE t (id int NOT NULL, a int NOT NULL) PARTITION BY LIST (id);"
                + "CREATE TABLE t_1 PARTITION OF t FOR VALUES IN (1) PARTITION BY RANGE (public.bucket(a));"
                + "CREATE TABLE t_1_low PARTITION OF t_1 FOR VALUES FROM (MINVALUE) TO (10);"
                + "CREATE TABLE t_1_high PARTITION OF t_1 FOR VALUES FROM (10) TO (MAXVALUE);";
        target.execute("CREATE FUNCTION bucket(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;" + table
                + "INSERT INTO t VALUES (1, 5);");

        DriftReport replaced = compareWith(target, server,
                "CREATE FUNCTION bucket(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x * 3 $$;" + table);

        assertThat(replaced.warnings()).anySatisfy(w -> assertThat(w).contains("function public.bucket(x integer)")
                .contains("the partition key of public.t_1 calls").contains("rows stay in the partitions the old version chose"));
        assertThat(replaced.refusals()).isEmpty();

        assertThatThrownBy(() -> compareWith(target, server,
                "CREATE FUNCTION bucket(y int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT y * 3 $$;" + table))
                .hasMessageContaining("the partition key of partition public.t_1 of public.t")
                .hasMessageContaining("public.bucket(x integer)");
    }

    /**
     * A generated column computed from a column the plan retypes is dropped before and added back
     * after, with the index and check on it: no blocker, and its values are computed again.
     */
    @Test
    void aGeneratedColumnOnARetypedColumnIsReCreatedAroundItAndNoBlocker(TestDatabase target, PostgresServer server)
            throws Exception {
        target.execute("CREATE TABLE t (id int PRIMARY KEY, price int NOT NULL,"
                + " doubled int GENERATED ALWAYS AS (price * 2) STORED CONSTRAINT t_doubled_check CHECK (doubled >= 0));"
                + "CREATE INDEX t_doubled_idx ON t (doubled); INSERT INTO t VALUES (1, 21);");

        DriftReport report = compareWith(target, server, "CREATE TABLE t (id int PRIMARY KEY, price bigint NOT NULL,"
                + " doubled bigint GENERATED ALWAYS AS (price * 2) STORED CONSTRAINT t_doubled_check CHECK (doubled >= 0));"
                + "CREATE INDEX t_doubled_idx ON t (doubled);");

        assertThat(report.warnings()).isEmpty();
        assertThat(report.refusals()).isEmpty();
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryStrings("SELECT doubled || ' ' || pg_typeof(doubled) FROM t")).containsExactly("42 bigint");
        assertThat(target.queryStrings("SELECT conname FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'c'"
                + " UNION ALL SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 't'::regclass AND NOT indisprimary"))
                .containsExactly("t_doubled_check", "t_doubled_idx");
        assertThat(compareWith(target, server, "CREATE TABLE t (id int PRIMARY KEY, price bigint NOT NULL,"
                + " doubled bigint GENERATED ALWAYS AS (price * 2) STORED CONSTRAINT t_doubled_check CHECK (doubled >= 0));"
                + "CREATE INDEX t_doubled_idx ON t (doubled);").plan().statements()).isEmpty();
    }

    /**
     * Managed functions whose SQL-standard bodies read a column the plan retypes or drops go around
     * it (dropped and created again, or replaced first by a body that no longer reads it): no blocker.
     */
    @Test
    void managedBodiesReadingARetypedOrDroppedColumnAreNoBlockers(TestDatabase target, PostgresServer server) throws Exception {
        String same = "CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(price) FROM t);";
        target.execute("CREATE TABLE t (id int PRIMARY KEY, price int NOT NULL, old text); INSERT INTO t VALUES (1, 5, 'x');"
                + "CREATE FUNCTION has_old() RETURNS boolean LANGUAGE sql STABLE RETURN (SELECT bool_or(old IS NOT NULL) FROM t);"
                + same);
        String wanted = "CREATE TABLE t (id int PRIMARY KEY, price bigint NOT NULL);"
                + "CREATE FUNCTION has_old() RETURNS boolean LANGUAGE sql STABLE RETURN (SELECT count(*) > 0 FROM t);" + same;

        DriftReport report = compareWith(target, server, wanted);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.refusals()).isEmpty();
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryStrings("SELECT total() || ' ' || has_old() || ' ' || pg_typeof(price) FROM t"))
                .containsExactly("5 true bigint");
        assertThat(compareWith(target, server, wanted).plan().statements()).isEmpty();
    }

    /** Managed routines using an enum type the plan creates again go around it: no blocker, and they use the new type. */
    @Test
    void managedRoutinesUsingARecreatedEnumAreNoBlockers(TestDatabase target, PostgresServer server) throws Exception {
        String functions = "CREATE FUNCTION label(x prio) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'prio ' || x $$;"
                + "CREATE FUNCTION is_high(x prio) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN x = 'high';";
        target.execute("CREATE TYPE prio AS ENUM ('low', 'mid', 'high'); CREATE TABLE q (id int PRIMARY KEY, p prio);"
                + "INSERT INTO q VALUES (1, 'high');" + functions);
        String wanted = "CREATE TYPE prio AS ENUM ('high', 'low'); CREATE TABLE q (id int PRIMARY KEY, p prio);" + functions;

        DriftReport report = compareWith(target, server, wanted);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.refusals()).isEmpty();
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryStrings("SELECT label(p) || ' ' || is_high(p) FROM q")).containsExactly("prio high true");
        assertThat(compareWith(target, server, wanted).plan().statements()).isEmpty();
    }

    /** A managed function over a domain the plan creates again (another base type) goes around it: no blocker. */
    @Test
    void managedRoutinesUsingARecreatedDomainAreNoBlockers(TestDatabase target, PostgresServer server) throws Exception {
        String function = "CREATE FUNCTION twice(x amount) RETURNS amount LANGUAGE sql IMMUTABLE RETURN x * 2;";
        target.execute("CREATE DOMAIN amount AS integer CHECK (VALUE > 0);" + function);
        String wanted = "CREATE DOMAIN amount AS bigint CHECK (VALUE > 0);" + function;

        DriftReport report = compareWith(target, server, wanted);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.refusals()).isEmpty();
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryStrings("SELECT format_type(typbasetype, NULL) || ' ' || twice(4::amount) FROM pg_type"
                + " WHERE typname = 'amount'")).containsExactly("bigint 8");
        assertThat(compareWith(target, server, wanted).plan().statements()).isEmpty();
    }

    /** A function outside the compared schemas whose body reads a retyped column is named before anything runs. */
    @Test
    void anUnmanagedBodyReadingARetypedColumnIsNamed(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE TABLE t (id int PRIMARY KEY, price int NOT NULL); CREATE SCHEMA other;"
                + "CREATE FUNCTION other.total() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(price) FROM public.t);");

        DriftReport report = compareWith(target, server, "CREATE TABLE t (id int PRIMARY KEY, price bigint NOT NULL);");

        assertThat(report.warnings()).singleElement().asString()
                .contains("function other.total()", "column public.t.price", "ALTER TABLE public.t ALTER COLUMN price TYPE bigint");
        assertRefused(target, report, "cannot alter type of a column used by a function or procedure");
    }

    /** A managed view calling a function the plan re-creates is dropped before and created after: no blocker. */
    @Test
    void aManagedViewCallingAReCreatedFunctionIsNoBlocker(TestDatabase target, PostgresServer server) throws Exception {
        String view = "CREATE VIEW hello AS SELECT greet('x') AS g;";
        target.execute("CREATE FUNCTION greet(who text DEFAULT 'you') RETURNS text LANGUAGE sql AS $$ SELECT 'hello ' || who $$;"
                + view);

        DriftReport report = compareWith(target, server,
                "CREATE FUNCTION greet(who text) RETURNS text LANGUAGE sql AS $$ SELECT 'hello ' || who $$;" + view);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.plan().toSql()).contains("DROP VIEW public.hello;", "DROP FUNCTION public.greet(who text);");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT g FROM hello")).isEqualTo("hello x");
    }

    /**
     * A policy, a trigger's condition and a domain's check and default calling a function whose
     * argument is renamed (dropped and created again) are taken around it by the plan: no blocker,
     * and the plan applies.
     */
    @Test
    void policiesTriggerConditionsAndDomainsCallingAReCreatedFunctionAreNoBlockers(TestDatabase target, PostgresServer server)
            throws Exception {
        String rest = "CREATE DOMAIN pos AS integer CHECK (positive(VALUE));"
                + "CREATE DOMAIN flag AS boolean DEFAULT positive(1);"
                + "CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
                + "CREATE TABLE t (id integer PRIMARY KEY, n pos, m integer, f flag);"
                + "CREATE TRIGGER t_stamp BEFORE UPDATE ON t FOR EACH ROW WHEN (positive(NEW.m)) EXECUTE FUNCTION stamp();"
                + "ALTER TABLE t ENABLE ROW LEVEL SECURITY;"
                + "CREATE POLICY only_positive ON t USING (positive(m));";
        target.execute("CREATE FUNCTION positive(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > 0;" + rest
                + "INSERT INTO t VALUES (1, 2, 3);");

        DriftReport report = compareWith(target, server,
                "CREATE FUNCTION positive(w integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN w > 0;" + rest);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.plan().toSql()).contains("DROP FUNCTION public.positive(v integer);", "DROP POLICY only_positive ON public.t;");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT pg_get_function_identity_arguments('positive'::regproc)")).isEqualTo("w integer");
    }

    private static final String PATTERN_OPERATOR = """
            CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
                AS $$ SELECT textregexeq($2, $1) $$;
            CREATE FUNCTION public.reverse_texticregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
                AS $$ SELECT texticregexeq($2, $1) $$;
            """;

    /**
     * An operator created again (another function) while an index and a check of a table the plan
     * keeps use it: PostgreSQL refuses its drop, and dibs says so before anything runs.
     */
    @Test
    void anOperatorCreatedAgainUnderAnIndexAndACheckIsNamedBeforeAnythingRuns(TestDatabase target, PostgresServer server)
            throws Exception {
        String table = """
                CREATE TABLE public.tags (id int PRIMARY KEY, name text,
                    CONSTRAINT tags_pattern CHECK (name IS NULL OR NOT ('^x' OPERATOR(public.~<<) name)));
                CREATE INDEX tags_patterns ON public.tags (id) WHERE '^a' OPERATOR(public.~<<) name;
                """;
        target.execute(PATTERN_OPERATOR + "CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text,"
                + " RIGHTARG = text);" + table);

        DriftReport report = compareWith(target, server, PATTERN_OPERATOR + "CREATE OPERATOR public.~<< (FUNCTION ="
                + " public.reverse_texticregexeq, LEFTARG = text, RIGHTARG = text);" + table);

        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("PostgreSQL will refuse \"DROP OPERATOR public.~<< (text, text)\": ")
                .contains("index tags_patterns", "constraint tags_pattern on table tags", "use it")
                .contains("(ALTER OPERATOR cannot change the function it calls)"));
        assertRefused(target, report, "cannot drop operator");
    }

    /**
     * An operator dropped for good goes after the tables whose indexes and checks use it, and before
     * the function it calls: neither is in the way, so no warning, and the plan runs.
     */
    @Test
    void anOperatorDroppedWithTheTablesUsingItAndItsFunctionIsNoBlocker(TestDatabase target, PostgresServer server)
            throws Exception {
        target.execute(PATTERN_OPERATOR + """
                CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
                CREATE TABLE public.tags (id int PRIMARY KEY, name text CHECK (NOT ('^x' OPERATOR(public.~<<) name)));
                CREATE INDEX tags_patterns ON public.tags (id) WHERE '^a' OPERATOR(public.~<<) name;
                CREATE TABLE public.kept (id int PRIMARY KEY);
                """);

        DriftReport report = compareWith(target, server, "CREATE TABLE public.kept (id int PRIMARY KEY);");

        assertThat(report.warnings()).isEmpty();
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT count(*) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace")).isEqualTo("0");
        assertThat(target.queryString("SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace")).isEqualTo("0");
    }

    /**
     * A domain whose check uses an operator and a function whose SQL-standard body does, both dropped
     * with it: the plan drops the operator after them, so they are no blocker, and the plan runs. An
     * aggregate using it (SORTOP), which dibs does not manage, is one, named before anything runs.
     */
    @Test
    void anOperatorDroppedAfterTheDomainAndFunctionUsingItIsNoBlockerButAnAggregateIs(TestDatabase target, PostgresServer server)
            throws Exception {
        String operator = PATTERN_OPERATOR + """
                CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
                CREATE DOMAIN public.tag AS text CONSTRAINT tag_pattern CHECK (NOT ('\\s' OPERATOR(public.~<<) VALUE));
                CREATE FUNCTION public.starts_with_a(t text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN '^a' OPERATOR(public.~<<) t;
                CREATE TABLE public.kept (id int PRIMARY KEY);
                """;
        target.execute(operator);

        DriftReport report = compareWith(target, server, "CREATE TABLE public.kept (id int PRIMARY KEY);");

        assertThat(report.warnings()).isEmpty();
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT count(*) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace")).isEqualTo("0");

        target.execute(operator.replace("CREATE TABLE public.kept (id int PRIMARY KEY);", "")
                + "CREATE AGGREGATE public.last_pattern(text) (SFUNC = pg_catalog.textcat, STYPE = text, SORTOP = OPERATOR(public.~<<));");
        DriftReport withAggregate = compareWith(target, server, "CREATE TABLE public.kept (id int PRIMARY KEY);");
        assertThat(withAggregate.warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("PostgreSQL will refuse \"DROP OPERATOR public.~<< (text, text)\": ")
                .contains("function last_pattern(text) uses it").doesNotContain("starts_with_a", "tag_pattern"));
    }
}
