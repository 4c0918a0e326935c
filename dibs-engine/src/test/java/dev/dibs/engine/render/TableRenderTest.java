package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.DELETES_DATA;
import static dev.dibs.engine.plan.Hazard.REWRITES_TABLE;
import static dev.dibs.engine.plan.Hazard.VALIDATES_EXISTING_ROWS;
import static dev.dibs.engine.render.Rendering.EXISTING;
import static dev.dibs.engine.render.Rendering.creating;
import static dev.dibs.engine.render.Rendering.inTx;
import static dev.dibs.engine.render.Rendering.render;
import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.fk;
import static dev.dibs.engine.testing.Models.generated;
import static dev.dibs.engine.testing.Models.index;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.table;
import static dev.dibs.engine.testing.Models.withComment;
import static dev.dibs.engine.testing.Models.withDefault;
import static dev.dibs.engine.testing.Models.withIdentity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.CreateSchema;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropSchema;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.SetTableComment;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.plan.StatementTarget;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SQL and hazards for schemas, tables and columns. */
class TableRenderTest {

    @Test
    void createTableHoldsColumnsKeysAndChecksCommentsFollow() {
        Table users = table("users").columns(withIdentity(notNull("id", "bigint"), Identity.ALWAYS),
                        withComment(notNull("email", "varchar(200)"), "Where we write"), withDefault(col("age", "int4"), "0"))
                .pk("users_pkey", "id").unique("users_email_key", "email").check("users_age_check", "(age >= 0)")
                .fk(fk("users_boss_fkey", "age", "users", "id")).index(index("users_age_idx", "age")).comment("People").build();
        SchemaChange c = new AddTable(users);

        assertThat(render(c, creating(users.name()))).containsExactly(
                inTx("CREATE TABLE public.users (\n"
                        + "    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,\n"
                        + "    email character varying(200) NOT NULL,\n"
                        + "    age integer DEFAULT 0,\n"
                        + "    CONSTRAINT users_pkey PRIMARY KEY (id),\n"
                        + "    CONSTRAINT users_email_key UNIQUE (email),\n"
                        + "    CONSTRAINT users_age_check CHECK ((age >= 0))\n"
                        + ")", c),
                inTx("COMMENT ON TABLE public.users IS 'People'", c),
                inTx("COMMENT ON COLUMN public.users.email IS 'Where we write'", c));
    }

    @Test
    void storedGeneratedAndSerialColumnsInCreateTable() {
        Table t = table("t").columns(withDefault(notNull("id", "integer"), "nextval('public.t_id_seq'::regclass)"),
                generated("total", "numeric", "(id * 2)", false)).build();
        SchemaChange c = new AddTable(t);

        assertThat(render(c, creating(t.name()))).containsExactly(inTx("CREATE TABLE public.t (\n"
                + "    id serial NOT NULL,\n"
                + "    total numeric GENERATED ALWAYS AS ((id * 2)) STORED\n"
                + ")", c));
    }

    @Test
    void dropAndRenameTable() {
        Table t = table("t").columns(col("a", "integer")).build();
        SchemaChange drop = new DropTable(t);
        SchemaChange rename = new RenameTable(name("old"), "new");

        assertThat(render(drop, EXISTING)).containsExactly(
                inTx("DROP TABLE public.t", drop, DELETES_DATA, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        assertThat(render(rename, EXISTING)).containsExactly(
                inTx("ALTER TABLE public.old RENAME TO new", rename, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    @Test
    void createAndDropSchema() {
        SchemaChange create = new CreateSchema("app");
        SchemaChange drop = new DropSchema("app");

        assertThat(render(create, EXISTING)).containsExactly(inTx("CREATE SCHEMA app", create));
        assertThat(render(drop, EXISTING)).containsExactly(inTx("DROP SCHEMA app", drop, DELETES_DATA));
    }

    @Test
    void nullableColumnOnAnExistingTableOnlyLocks() {
        SchemaChange c = new AddColumn(name("t"), withComment(col("note", "text"), "free text"));

        assertThat(render(c, EXISTING)).containsExactly(
                inTx("ALTER TABLE public.t ADD COLUMN note text", c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK),
                inTx("COMMENT ON COLUMN public.t.note IS 'free text'", c));
    }

    @Test
    void notNullColumnWithoutDefaultValidatesExistingRowsButNotOnANewTable() {
        SchemaChange c = new AddColumn(name("t"), notNull("n", "integer"));

        assertThat(render(c, EXISTING)).containsExactly(
                inTx("ALTER TABLE public.t ADD COLUMN n integer NOT NULL", c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK, VALIDATES_EXISTING_ROWS));
        assertThat(render(c, creating(name("t")))).containsExactly(
                inTx("ALTER TABLE public.t ADD COLUMN n integer NOT NULL", c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    @Test
    void constantDefaultIsStoredOnceVolatileDefaultRewrites() {
        SchemaChange constant = new AddColumn(name("t"), withDefault(notNull("n", "integer"), "0"));
        SchemaChange random = new AddColumn(name("t"), withDefault(notNull("u", "uuid"), "gen_random_uuid()"));

        assertThat(render(constant, EXISTING)).containsExactly(
                inTx("ALTER TABLE public.t ADD COLUMN n integer DEFAULT 0 NOT NULL", constant, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        assertThat(render(random, EXISTING)).containsExactly(
                inTx("ALTER TABLE public.t ADD COLUMN u uuid DEFAULT gen_random_uuid() NOT NULL", random,
                        ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE));
    }

    @Test
    void identityAndStoredGeneratedColumnsRewriteAnExistingTable() {
        SchemaChange identity = new AddColumn(name("t"), withIdentity(notNull("id", "bigint"), Identity.BY_DEFAULT));
        SchemaChange stored = new AddColumn(name("t"), generated("twice", "integer", "(n * 2)", false));

        assertThat(render(identity, EXISTING)).containsExactly(inTx(
                "ALTER TABLE public.t ADD COLUMN id bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL", identity,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE));
        assertThat(render(stored, EXISTING)).containsExactly(inTx(
                "ALTER TABLE public.t ADD COLUMN twice integer GENERATED ALWAYS AS ((n * 2)) STORED", stored,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE));
    }

    @Test
    void droppedColumnDeletesDataUnlessItWasComputed() {
        SchemaChange plain = new DropColumn(name("t"), col("a", "integer"));
        SchemaChange computed = new DropColumn(name("t"), generated("twice", "integer", "(a * 2)", false));

        assertThat(render(plain, EXISTING)).containsExactly(
                inTx("ALTER TABLE ONLY public.t DROP COLUMN a", plain, ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA));
        assertThat(render(computed, EXISTING)).containsExactly(
                inTx("ALTER TABLE ONLY public.t DROP COLUMN twice", computed, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        // ONLY leaves an inheritance child's copy its own (dropped by a statement of its own, or kept); a
        // partitioned table's partitions are its own, and PostgreSQL refuses ONLY there
        RenderContext partitioned = new RenderContext(Set.of(), Set.of(), Set.of(name("t")), Set.of(), PlanOptions.defaults());
        assertThat(render(plain, partitioned)).containsExactly(
                inTx("ALTER TABLE public.t DROP COLUMN a", plain, ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA));
    }

    @Test
    void virtualColumnReplacedByAPlainOneDeletesItsValues() {
        SchemaChange c = new DropColumn(name("t"), generated("v", "integer", "(a * 2)", true));
        RenderContext ctx = new RenderContext(Set.of(), Set.of("public.t.v"), PlanOptions.defaults());

        assertThat(render(c, ctx)).containsExactly(
                inTx("ALTER TABLE ONLY public.t DROP COLUMN v", c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA));
    }

    @Test
    void onlyAVirtualColumnDroppedAndAddedBackPlainCountsAsLosingItsValues() {
        var virtual = new DropColumn(name("t"), generated("v", "integer", "(a * 2)", true));
        var stored = new DropColumn(name("t"), generated("s", "integer", "(a * 2)", false));
        var plainV = new AddColumn(name("t"), col("v", "integer"));
        var plainS = new AddColumn(name("t"), col("s", "integer"));

        assertThat(RenderContext.virtualBecomingPlain(java.util.List.of(virtual, stored, plainV, plainS))).containsExactly("public.t.v");
        assertThat(RenderContext.virtualBecomingPlain(java.util.List.of(virtual))).isEmpty();
    }

    @Test
    void renameColumnAndTableComment() {
        SchemaChange rename = new RenameColumn(name("t"), "a", "b");
        SchemaChange set = new SetTableComment(name("t"), "it's ours");
        SchemaChange clear = new SetTableComment(name("t"), null);

        assertThat(render(rename, EXISTING)).containsExactly(
                inTx("ALTER TABLE public.t RENAME COLUMN a TO b", rename, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        assertThat(render(set, EXISTING)).containsExactly(inTx("COMMENT ON TABLE public.t IS 'it''s ours'", set));
        assertThat(render(clear, EXISTING)).containsExactly(inTx("COMMENT ON TABLE public.t IS NULL", clear));
    }

    @Test
    void tableAndColumnStatementsSayWhatTheyActOn() {
        Table t = table("t").columns(notNull("id", "int4"), col("n", "int4")).build();
        SchemaChange drop = new DropTable(t);
        SchemaChange dropColumn = new DropColumn(t.name(), col("n", "int4"));

        assertThat(Rendering.targets(drop, EXISTING)).containsExactly(StatementTarget.table(t.name()));
        assertThat(Rendering.targets(dropColumn, EXISTING)).containsExactly(StatementTarget.column(t.name(), "n"));
    }
}
