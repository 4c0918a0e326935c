package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An existing column made {@code NOT NULL} gets its rows read once, under the validation's lock
 * (SHARE UPDATE EXCLUSIVE, which lets reads and writes go on) rather than under SET NOT NULL's ACCESS
 * EXCLUSIVE: a check {@code (name IS NOT NULL)} added {@code NOT VALID} in the plan's transaction,
 * validated after it commits, then, in one last transaction, {@code SET NOT NULL} (which the valid
 * check spares from reading the rows) and the drop of the check.
 */
@WithPostgres
class NotNullAfterValidationTest {

    @TempDir
    Path dir;

    private static final String BEFORE = """
            CREATE TABLE items (id int PRIMARY KEY, name text, note text);
            INSERT INTO items SELECT i, 'item ' || i, NULL FROM generate_series(1, 2000) i;
            """;

    private static final String AFTER = """
            @Table("items") public record Item(@Pk int id, String name, @Nullable String note) {}
            """;

    private Plan plan(TestDatabase db, PostgresServer server, PlanOptions options) throws Exception {
        PlanHarness harness = new PlanHarness(db, server, dir);
        LoadedSchema intent = harness.load(AFTER);
        return Planner.plan(harness.inspect(), Canonicalizer.canonicalize(intent, server), intent.renames(), options,
                server.majorVersion());
    }

    @Test
    void theRowsAreReadByTheValidationAloneAndSetNotNullReadsNone(TestDatabase db, PostgresServer server) throws Exception {
        db.execute(BEFORE);
        Plan plan = plan(db, server, PlanOptions.defaults());
        assertThat(plan.statements()).extracting(s -> s.mode() + " " + s.sql() + " " + s.hazards()).containsExactly(
                "IN_TRANSACTION ALTER TABLE public.items ADD CONSTRAINT items_name_dibs_not_null CHECK (name IS NOT NULL) NOT VALID"
                        + " [ACQUIRES_ACCESS_EXCLUSIVE_LOCK]",
                "AFTER_TRANSACTION ALTER TABLE public.items VALIDATE CONSTRAINT items_name_dibs_not_null [VALIDATES_EXISTING_ROWS]",
                "AFTER_VALIDATIONS ALTER TABLE public.items ALTER COLUMN name SET NOT NULL [ACQUIRES_ACCESS_EXCLUSIVE_LOCK]",
                "AFTER_VALIDATIONS ALTER TABLE public.items DROP CONSTRAINT items_name_dibs_not_null [ACQUIRES_ACCESS_EXCLUSIVE_LOCK]");
        assertThat(plan.toSql()).contains("-- after the validations commit, in one last transaction with the others so marked: the"
                + " validated check proves no row holds NULL, so SET NOT NULL reads none\nALTER TABLE public.items ALTER COLUMN name"
                + " SET NOT NULL;");

        // as each statement starts: the locks the applying session holds on items; for a statement in a
        // transaction, how often it read the rows of items
        List<String> seen = apply(db, plan);
        assertThat(seen).containsExactly(
                "IN_TRANSACTION locks [] reads 0",
                "AFTER_TRANSACTION locks []",
                "AFTER_VALIDATIONS locks [] reads 0",
                "AFTER_VALIDATIONS locks [AccessExclusiveLock] reads 0");
        assertThat(db.queryString("SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'public.items'::regclass"
                + " AND attname = 'name'")).isEqualTo("true");
        assertThat(db.queryString("SELECT count(*) FROM pg_constraint WHERE conrelid = 'public.items'::regclass AND contype = 'c'"))
                .isEqualTo("0");
        assertThat(plan(db, server, PlanOptions.defaults()).isEmpty()).isTrue();
    }

    @Test
    void withoutTheSeparateValidationSetNotNullReadsTheRowsInThePlansTransaction(TestDatabase db, PostgresServer server)
            throws Exception {
        db.execute(BEFORE);
        Plan plan = plan(db, server, new PlanOptions(false, false));
        assertThat(plan.statements()).extracting(s -> s.mode() + " " + s.sql()).containsExactly(
                "IN_TRANSACTION ALTER TABLE public.items ALTER COLUMN name SET NOT NULL");

        // the measure of the test above, which would see this read
        assertThat(apply(db, plan)).containsExactly("IN_TRANSACTION locks [] reads 1");
    }

    /**
     * {@code dibs:generate} writes the validation, SET NOT NULL and the drop into one migration, run in
     * one transaction: SET NOT NULL after the validation in the same transaction reads no row either.
     */
    @Test
    void inOneTransactionAfterTheValidationAsTheGeneratedMigrationRunsThemSetNotNullReadsNoRow(TestDatabase db, PostgresServer server)
            throws Exception {
        db.execute(BEFORE);
        Plan plan = plan(db, server, PlanOptions.defaults());
        List<Path> written = dev.dibs.engine.ops.MigrationGenerator.write(plan, dir.resolve("generated"), "m", "name_required",
                java.time.ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, java.time.ZoneOffset.UTC));
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("V20261207090000_NameRequired.java",
                "V20261207090001_NameRequiredValidate.java");
        String validate = java.nio.file.Files.readString(written.get(1));
        assertThat(validate).containsSubsequence("VALIDATE CONSTRAINT items_name_dibs_not_null", "ALTER COLUMN name SET NOT NULL",
                "DROP CONSTRAINT items_name_dibs_not_null").contains("then it sets NOT NULL where a validated check proves no row holds"
                + " NULL (no row is read again), and drops those checks.");

        List<String> reads = new ArrayList<>();
        try (Connection c = db.connect(); var jdbc = c.createStatement()) {
            jdbc.execute(plan.statements().get(0).sql());
            c.setAutoCommit(false);
            for (Statement s : plan.statements().subList(1, plan.statements().size())) {
                long before = scans(c);
                jdbc.execute(s.sql());
                reads.add(s.mode() + " reads " + (scans(c) - before));
            }
            c.commit();
        }
        assertThat(reads).containsExactly("AFTER_TRANSACTION reads 1", "AFTER_VALIDATIONS reads 0", "AFTER_VALIDATIONS reads 0");
        assertThat(db.queryString("SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'public.items'::regclass"
                + " AND attname = 'name'")).isEqualTo("true");
    }

    @Test
    void aNullLeftFailsTheValidationNamingTheColumnAndTheNextPlanTriesAgain(TestDatabase db, PostgresServer server)
            throws Exception {
        db.execute(BEFORE + "UPDATE items SET name = NULL WHERE id = 7;");
        Plan plan = plan(db, server, PlanOptions.defaults());

        ApplyException e;
        try (Connection c = db.connect()) {
            e = catchThrowableOfType(ApplyException.class, () -> PlanApplier.apply(c, plan, "5s", PlanListener.NONE));
        }
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("ALTER TABLE public.items VALIDATE CONSTRAINT items_name_dibs_not_null")
                .contains("this constraint stays NOT VALID (PostgreSQL checks the rows written from now on, not those already there);"
                        + " public.items.name stays nullable; the columns' SET NOT NULL, which waits for the validations, did not run.")
                .contains("Rows already there hold NULL in public.items.name (new ones cannot): fill or remove them, then apply"
                        + " again: the next plan drops this check and sets NOT NULL again.");
        assertThat(db.queryString("SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'public.items'::regclass"
                + " AND attname = 'name'")).isEqualTo("false");
        assertThat(db.queryString("SELECT conname || ' ' || convalidated FROM pg_constraint WHERE conrelid = 'public.items'::regclass"
                + " AND contype = 'c'")).isEqualTo("items_name_dibs_not_null false");

        db.execute("UPDATE items SET name = 'seven' WHERE id = 7");
        Plan again = plan(db, server, PlanOptions.defaults());
        // the check left behind goes; another, under a name the table has not taken, stands in for NOT NULL
        assertThat(again.statements()).extracting(Statement::sql).contains(
                "ALTER TABLE public.items DROP CONSTRAINT items_name_dibs_not_null",
                "ALTER TABLE public.items ADD CONSTRAINT items_name_dibs_not_null1 CHECK (name IS NOT NULL) NOT VALID",
                "ALTER TABLE public.items ALTER COLUMN name SET NOT NULL");
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, again, "5s", PlanListener.NONE);
        }
        assertThat(db.queryString("SELECT count(*) FROM pg_constraint WHERE conrelid = 'public.items'::regclass AND contype = 'c'"))
                .isEqualTo("0");
        assertThat(plan(db, server, PlanOptions.defaults()).isEmpty()).isTrue();
    }

    /**
     * A column of a composite type keeps SET NOT NULL in the transaction: {@code (c IS NOT NULL)} of a
     * row value is false when any field is NULL, so a check standing for NOT NULL would refuse the row
     * {@code (1, NULL)}, which NOT NULL accepts (compared with a reference database: the type is one
     * dibs does not manage).
     */
    @Test
    void aCompositeColumnKeepsSetNotNullInTheTransaction(PostgresServer server) throws Exception {
        String type = "CREATE TYPE address AS (street int, city text);";
        TestDatabase target = new TestDatabase(server.createDatabase("nn_target"));
        TestDatabase reference = new TestDatabase(server.createDatabase("nn_reference"));
        target.execute(type + " CREATE TABLE places (id int PRIMARY KEY, at address); INSERT INTO places VALUES (1, ROW(1, NULL))");
        reference.execute(type + " CREATE TABLE places (id int PRIMARY KEY, at address NOT NULL)");

        Plan plan = dev.dibs.engine.ops.DatabaseComparison.compare(target.info(), reference.info(), List.of("public"),
                PlanOptions.defaults()).plan();

        assertThat(plan.statements()).extracting(s -> s.mode() + " " + s.sql()).containsExactly(
                "IN_TRANSACTION ALTER TABLE public.places ALTER COLUMN at SET NOT NULL");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, plan, "5s", PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'public.places'::regclass"
                + " AND attname = 'at'")).isEqualTo("true");
        // what the check would have said of the row NOT NULL accepts
        assertThat(target.queryString("SELECT (at IS NOT NULL)::text FROM places")).isEqualTo("false");
    }

    /**
     * Applies {@code plan}: per statement, its mode, the locks held on items as it starts and, for a
     * statement in a transaction, how often it read the rows of items (the transaction's count of scans
     * before and after it: PostgreSQL reports them only once the transaction ends, so no count moves
     * in between but the statement's own; an autocommitted statement's may be reported at any moment).
     */
    private static List<String> apply(TestDatabase db, Plan plan) throws SQLException {
        List<String> seen = new ArrayList<>();
        long[] before = new long[1];
        try (Connection c = db.connect(); Connection watch = db.connect()) {
            int pid = SessionLocks.pid(c);
            PlanApplier.apply(c, plan, "5s", new PlanListener() {
                @Override
                public void starting(int number, int total, Statement statement) {
                    seen.add(statement.mode() + " locks " + SessionLocks.on(watch, pid, "public.items"));
                    before[0] = scans(c);
                }

                @Override
                public void finished(int number, int total, Statement statement, java.time.Duration took) {
                    if (statement.mode() != TransactionMode.AFTER_TRANSACTION) {
                        int last = seen.size() - 1;
                        seen.set(last, seen.get(last) + " reads " + (scans(c) - before[0]));
                    }
                }
            });
        }
        return seen;
    }

    private static long scans(Connection c) {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT pg_stat_get_xact_numscans('public.items'::regclass)")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
