package dev.dibs.engine.ops;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan using a type, index access method or operator class the target lacks is foretold as a
 * refusal, naming the statement, what is missing and the extension that provides it; with the
 * extension created, the same plan gives no warning (the catalog is asked, nothing is assumed).
 */
@WithPostgres
class CatalogNeedsTest {

    private static final Table USERS = table("users").columns(col("id", "integer"), col("email", "text"), col("tags", "bigint"))
            .pk("users_pkey", "id").build();

    private static List<String> refusals(TestDatabase target, Schema desired) {
        Plan plan = Planner.plan(schema(USERS), desired, RenameHints.none());
        return PlanBlockers.find(target.info(), 17, List.of("public"), plan, List.of(), desired).refusals();
    }

    private static Schema withIndex(Index index) {
        return schema(USERS.withIndexes(List.of(index)));
    }

    @Test
    void anOperatorClassOfAnExtensionNotCreatedIsNamedWithTheExtension(TestDatabase target) throws Exception {
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text, tags bigint)");
        Schema desired = withIndex(new Index("users_email_trgm", List.of(new IndexKey("email", null, false, false, "gin_trgm_ops", null)),
                false, null, "gin", List.of()));

        assertThat(refusals(target, desired)).singleElement().asString()
                .startsWith("PostgreSQL will refuse \"CREATE INDEX users_email_trgm ON public.users USING gin (email")
                .contains(": the operator class gin_trgm_ops for access method gin of index public.users_email_trgm does not"
                        + " exist in the database. The extension pg_trgm provides it, and the server has it but the database has"
                        + " not installed it: run CREATE EXTENSION pg_trgm first (by hand, or in a migration), then plan again;"
                        + " as it is, the plan fails there and is rolled back.");

        target.execute("CREATE EXTENSION pg_trgm");
        assertThat(refusals(target, desired)).isEmpty();
    }

    /** Built concurrently, the index is refused after the plan's transaction has committed: the refusal says so. */
    @Test
    void aConcurrentBuildRefusedFailsAfterTheTransactionCommits(TestDatabase target) throws Exception {
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text, tags bigint)");
        Schema desired = withIndex(new Index("users_email_trgm", List.of(new IndexKey("email", null, false, false, "gin_trgm_ops", null)),
                false, null, "gin", List.of()));
        Plan plan = Planner.plan(schema(USERS), desired, RenameHints.none(), new dev.dibs.engine.plan.PlanOptions(true, true));

        assertThat(PlanBlockers.find(target.info(), 17, List.of("public"), plan, List.of(), desired).refusals()).singleElement()
                .asString().startsWith("PostgreSQL will refuse \"CREATE INDEX CONCURRENTLY users_email_trgm ON public.users")
                .endsWith("; as it is, the plan's transaction commits, then that build fails after it.");
    }

    /** A trigger's function dibs does not create: the target must have it, or CREATE TRIGGER is refused. */
    @Test
    void aTriggerFunctionTheTargetLacksIsNamed(TestDatabase target) throws Exception {
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text, tags bigint)");
        Trigger touch = new Trigger(USERS.name(), "users_touch",
                "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.touch()",
                "public.touch()", "O", null);
        Trigger builtIn = new Trigger(USERS.name(), "users_same", "CREATE TRIGGER users_same BEFORE UPDATE ON public.users"
                + " FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()",
                "pg_catalog.suppress_redundant_updates_trigger()", "O", null);
        Schema desired = schema(USERS).withTriggers(List.of(touch, builtIn));

        assertThat(refusals(target, desired)).singleElement().asString()
                .startsWith("PostgreSQL will refuse \"CREATE TRIGGER users_touch BEFORE UPDATE ON public.users")
                .contains("trigger users_touch on public.users calls the function public.touch, which does not exist in the database");

        target.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
        assertThat(refusals(target, desired)).isEmpty();
    }

    @Test
    void aKeyWithoutADefaultClassForTheMethodIsNamed(TestDatabase target) throws Exception {
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text, tags bigint)");
        Schema desired = withIndex(new Index("users_tags_idx", List.of(IndexKey.column("tags")), false, null, "gin", List.of()));

        assertThat(refusals(target, desired)).singleElement().asString()
                .contains(": index public.users_tags_idx indexes column public.users.tags of type bigint, which has no default"
                        + " operator class for access method gin in the database. The extension btree_gin provides it");
        // the classes PostgreSQL would pick: its own (text for btree), through a binary cast, or polymorphic (arrays for gin)
        Table typed = table("users").columns(col("id", "integer"), col("email", "text"), col("tags", "bigint"),
                col("code", "varchar(20)"), col("labels", "text[]")).pk("users_pkey", "id").build();
        target.execute("ALTER TABLE users ADD COLUMN code varchar(20), ADD COLUMN labels text[]");
        Schema fine = schema(typed.withIndexes(List.of(
                new Index("users_code_idx", List.of(IndexKey.column("code")), false, null, "btree", List.of()),
                new Index("users_labels_idx", List.of(IndexKey.column("labels")), false, null, "gin", List.of()))));
        assertThat(PlanBlockers.find(target.info(), 17, List.of("public"), Planner.plan(schema(typed), fine, RenameHints.none()),
                List.of(), fine).refusals()).isEmpty();

        target.execute("CREATE EXTENSION btree_gin");
        assertThat(refusals(target, desired)).isEmpty();
    }

    /** PostgreSQL cuts a quoted name of more than 63 bytes, and finds the operator class under the cut name. */
    @Test
    void aQuotedOperatorClassNameLongerThanPostgreSQLKeepsIsLookedUpAsItCutsIt(TestDatabase target) throws Exception {
        String kept = "o".repeat(63);
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text, tags bigint);"
                + " CREATE OPERATOR CLASS \"" + kept + "\" FOR TYPE bigint USING btree AS OPERATOR 1 <, OPERATOR 2 <=,"
                + " OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 btint8cmp(bigint, bigint)");
        Schema desired = withIndex(new Index("users_tags_idx", List.of(new IndexKey("tags", null, false, false,
                "public.\"" + kept + "_and_more\"", null)), false, null, "btree", List.of()));

        assertThat(refusals(target, desired)).isEmpty();
        try (java.sql.Connection c = target.connect()) { // and PostgreSQL does build it so
            dev.dibs.engine.plan.PlanApplier.apply(c, Planner.plan(schema(USERS), desired, RenameHints.none()), null,
                    dev.dibs.engine.plan.PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT opcname FROM pg_index i JOIN pg_opclass o ON o.oid = i.indclass[0]"
                + " WHERE i.indexrelid = 'users_tags_idx'::regclass")).isEqualTo(kept);
    }

    /** A table is a type too: a column of the row type of a table the plan creates (or renames) asks the target for nothing. */
    @Test
    void theRowTypeOfATableThePlanCreatesOrRenamesIsNoMissingType(TestDatabase target) throws Exception {
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text, tags bigint)");
        Table notes = table("notes").columns(col("id", "integer"), col("body", "text")).pk("notes_pkey", "id").build();
        Table cards = table("cards").columns(col("id", "integer"), col("note", "public.notes"), col("owner", "public.people"))
                .pk("cards_pkey", "id").build();
        Table people = table("people").columns(col("id", "integer"), col("email", "text"), col("tags", "bigint"))
                .pk("users_pkey", "id").build();
        Schema desired = schema(people, notes, cards);
        RenameHints renamed = new RenameHints(List.of(new RenameHints.TableRename(people.name(), "users")), List.of(), List.of());
        Plan plan = Planner.plan(schema(USERS), desired, renamed);

        assertThat(PlanBlockers.find(target.info(), 17, List.of("public"), plan, List.of(), desired).refusals()).isEmpty();
        try (java.sql.Connection c = target.connect()) { // and PostgreSQL does build it so
            dev.dibs.engine.plan.PlanApplier.apply(c, plan, null, dev.dibs.engine.plan.PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT atttypid::regtype::text FROM pg_attribute WHERE attrelid = 'cards'::regclass"
                + " AND attname = 'owner'")).isEqualTo("people");
        // a type nobody creates is still asked for
        Table orphan = cards.withColumns(List.of(col("id", "integer"), col("note", "public.missing")));
        assertThat(refusals(target, schema(USERS, orphan))).singleElement().asString()
                .contains("the type public.missing of column public.cards.note does not exist in the database");
    }

    @Test
    void aMissingTypeOrAccessMethodIsNamed(TestDatabase target) throws Exception {
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text, tags bigint)");
        Table notes = table("notes").columns(col("id", "integer"), col("body", "citext")).build()
                .withIndexes(List.of(new Index("notes_id_idx", List.of(IndexKey.column("id")), false, null, "bloom", List.of())));
        Schema desired = schema(USERS, notes);

        List<String> refusals = refusals(target, desired);

        assertThat(refusals).hasSize(2);
        assertThat(refusals.get(0)).startsWith("PostgreSQL will refuse \"CREATE TABLE public.notes (")
                .contains(": the type citext of column public.notes.body does not exist in the database. The extension citext"
                        + " provides it, and the server has it but the database has not installed it");
        assertThat(refusals.get(1)).startsWith("PostgreSQL will refuse \"CREATE INDEX notes_id_idx ON public.notes USING bloom")
                .contains(": the index access method bloom of index public.notes_id_idx does not exist in the database."
                        + " The extension bloom provides it");

        target.execute("CREATE EXTENSION citext; CREATE EXTENSION bloom");
        assertThat(refusals(target, desired)).isEmpty();
    }

    /**
     * A column's collation of pg_catalog that the target's server lacks (its locales are not the scratch
     * server's: an ICU or operating-system one) is named, for a new table, a new column and a changed one.
     */
    @Test
    void aCollationTheTargetLacksIsNamed(TestDatabase target) throws Exception {
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text, tags bigint)");
        Table notes = table("notes").columns(col("id", "integer"), col("body", "text")).build();
        Schema lacking = schema(USERS.withColumns(USERS.columns().stream()
                        .map(c -> c.name().equals("email") ? c.withCollation(dev.dibs.engine.model.Column.builtinCollation("klingon-x-icu")) : c).toList()),
                notes.withColumns(notes.columns().stream().map(c -> c.name().equals("body") ? c.withCollation(dev.dibs.engine.model.Column.builtinCollation("tlh_KL.utf8")) : c)
                        .toList()));

        List<String> refusals = refusals(target, lacking);

        assertThat(refusals).hasSize(2);
        assertThat(refusals).anySatisfy(r -> assertThat(r)
                .startsWith("PostgreSQL will refuse \"ALTER TABLE public.users ALTER COLUMN email TYPE text COLLATE pg_catalog.\"klingon-x-icu\"")
                .contains(": the collation klingon-x-icu of column public.users.email does not exist in the database (for its encoding)"));
        assertThat(refusals).anySatisfy(r -> assertThat(r).startsWith("PostgreSQL will refuse \"CREATE TABLE public.notes (")
                .contains(": the collation tlh_KL.utf8 of column public.notes.body does not exist in the database"));

        Schema present = schema(USERS.withColumns(USERS.columns().stream()
                .map(c -> c.name().equals("email") ? c.withCollation(dev.dibs.engine.model.Column.builtinCollation("C")) : c).toList()));
        assertThat(refusals(target, present)).isEmpty();
    }

    /** A collation the plan creates is there for the column taking it; one of another schema the target lacks is named. */
    @Test
    void aCollationThePlanCreatesIsNotAskedForAndAnotherSchemasIsNamed(TestDatabase target) throws Exception {
        target.execute("CREATE TABLE users (id int PRIMARY KEY, email text, tags bigint)");
        QualifiedName ci = new QualifiedName("public", "case_insensitive");
        Schema created = schema(USERS.withColumns(USERS.columns().stream()
                .map(c -> c.name().equals("email") ? c.withCollation(ci) : c).toList()))
                .withCollations(List.of(new dev.dibs.engine.model.Collation(ci, "icu", "und-u-ks-level2", null, null, false, null, null)));
        assertThat(refusals(target, created)).isEmpty();

        Schema elsewhere = schema(USERS.withColumns(USERS.columns().stream()
                .map(c -> c.name().equals("email") ? c.withCollation(new QualifiedName("util", "case_insensitive")) : c).toList()));
        assertThat(refusals(target, elsewhere)).singleElement().satisfies(r -> assertThat(r)
                .contains("COLLATE util.case_insensitive")
                .contains(": the collation util.case_insensitive of column public.users.email does not exist in the database (for its"
                        + " encoding), and the plan does not create it"));
    }
}
