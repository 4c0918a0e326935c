package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.INDEX_BUILD;
import static dev.dibs.engine.plan.Hazard.VALIDATES_EXISTING_ROWS;
import static dev.dibs.engine.render.Rendering.EXISTING;
import static dev.dibs.engine.render.Rendering.in;
import static dev.dibs.engine.render.Rendering.inTx;
import static dev.dibs.engine.render.Rendering.render;
import static dev.dibs.engine.testing.Models.index;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.RenameIndex;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.TransactionMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Index builds: hazards on existing tables, CONCURRENTLY (after the transaction) only where asked and safe ({@link ConcurrentBuilds}). */
class IndexRenderTest {

    private static final PlanOptions CONCURRENTLY = new PlanOptions(true, true);

    /** The context of a plan of {@code ordered} changes on existing tables (but {@code created}), concurrent builds asked for. */
    private static RenderContext concurrent(List<SchemaChange> ordered, Set<QualifiedName> created) {
        return concurrent(Schema.empty(List.of("public")), ordered, created);
    }

    /** The same, from a database holding {@code current}. */
    private static RenderContext concurrent(Schema current, List<SchemaChange> ordered, Set<QualifiedName> created) {
        return new RenderContext(created, Set.of(), Set.of(), Set.of(), java.util.Map.of(), DomainTypes.NONE, IndexedColumns.NONE,
                Volatility.UNKNOWN, CONCURRENTLY, 0, Set.of(), Set.of(), java.util.Map.of(),
                ConcurrentBuilds.of(current, current, ordered, CONCURRENTLY, created, Set.of(), Set.of(), Set.of()));
    }

    @Test
    void plainIndexOnAnExistingTableBlocksWritesWhileItBuilds() {
        SchemaChange c = new AddIndex(name("t"), index("t_a_idx", "a"));

        assertThat(render(c, EXISTING)).containsExactly(inTx("CREATE INDEX t_a_idx ON public.t USING btree (a)", c, INDEX_BUILD));
    }

    @Test
    void uniqueIndexAlsoChecksExistingRows() {
        SchemaChange c = new AddIndex(name("t"), uniqueIndex("t_a_b_key", "a", "b"));

        assertThat(render(c, EXISTING)).containsExactly(inTx("CREATE UNIQUE INDEX t_a_b_key ON public.t USING btree (a, b)", c,
                INDEX_BUILD, VALIDATES_EXISTING_ROWS));
    }

    @Test
    void concurrentIndexRunsAfterTheTransactionOnlyOnAnExistingTable() {
        SchemaChange c = new AddIndex(name("t"), index("t_a_idx", "a"));

        assertThat(render(c, concurrent(List.of(c), Set.of()))).containsExactly(in(TransactionMode.OUTSIDE_TRANSACTION,
                "CREATE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a)", c, INDEX_BUILD));
        assertThat(render(c, concurrent(List.of(c), Set.of(name("t")))))
                .containsExactly(inTx("CREATE INDEX t_a_idx ON public.t USING btree (a)", c));
        // asked for, but not by this plan's context: the options alone build nothing concurrently
        assertThat(render(c, Rendering.existing(CONCURRENTLY))).containsExactly(inTx("CREATE INDEX t_a_idx ON public.t USING btree (a)",
                c, INDEX_BUILD));
    }

    @Test
    void aConcurrentBuildsCommentWaitsForIt() {
        SchemaChange c = new AddIndex(name("t"), index("t_a_idx", "a").withComment("by a"));

        assertThat(render(c, concurrent(List.of(c), Set.of()))).containsExactly(
                in(TransactionMode.OUTSIDE_TRANSACTION, "CREATE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a)", c, INDEX_BUILD),
                in(TransactionMode.OUTSIDE_TRANSACTION, "COMMENT ON INDEX public.t_a_idx IS 'by a'", c));
    }

    @Test
    void aUniqueIndexAForeignKeyOfThePlanReferencesIsBuiltBeforeTheTransactionUnderATemporaryName() {
        SchemaChange unique = new AddIndex(name("t"), uniqueIndex("t_a_key", "a"));
        SchemaChange plain = new AddIndex(name("t"), index("t_b_idx", "b"));
        SchemaChange key = new SchemaChange.AddForeignKey(name("u"), new dev.dibs.engine.model.ForeignKey("u_a_fkey", List.of("a"),
                name("t"), List.of("a"), dev.dibs.engine.model.ReferentialAction.NO_ACTION,
                dev.dibs.engine.model.ReferentialAction.NO_ACTION, dev.dibs.engine.model.Deferrability.NOT_DEFERRABLE));
        RenderContext ctx = concurrent(List.of(unique, plain, key), Set.of());

        // the key needs the index in the transaction: there it gets its name
        assertThat(render(unique, ctx)).containsExactly(
                in(TransactionMode.BUILT_BEFORE_TRANSACTION, "CREATE UNIQUE INDEX CONCURRENTLY t_a_key_dibs_new ON public.t USING btree (a)",
                        unique, INDEX_BUILD, VALIDATES_EXISTING_ROWS),
                inTx("ALTER INDEX public.t_a_key_dibs_new RENAME TO t_a_key", unique));
        assertThat(render(plain, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.OUTSIDE_TRANSACTION);
    }

    @Test
    void anIndexReplacingOneIsBuiltBeforeTheTransactionSoTheTableIsNeverWithoutIt() {
        SchemaChange drop = new DropIndex(name("t"), uniqueIndex("t_a_key", "a"));
        SchemaChange add = new AddIndex(name("t"), uniqueIndex("t_a_key", "a", "b"));
        SchemaChange dropPlain = new DropIndex(name("t"), index("t_c_idx", "c"));
        SchemaChange addPlain = new AddIndex(name("t"), index("t_c_idx", "c", "a").withComment("by c"));
        SchemaChange other = new AddIndex(name("v"), uniqueIndex("v_a_key", "a"));
        RenderContext ctx = concurrent(List.of(drop, add, dropPlain, addPlain, other), Set.of());

        assertThat(render(add, ctx)).extracting(Statement::mode, Statement::sql).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TransactionMode.BUILT_BEFORE_TRANSACTION,
                        "CREATE UNIQUE INDEX CONCURRENTLY t_a_key_dibs_new ON public.t USING btree (a, b)"),
                org.assertj.core.groups.Tuple.tuple(TransactionMode.IN_TRANSACTION, "ALTER INDEX public.t_a_key_dibs_new RENAME TO t_a_key"));
        // a plain one too: dropping it in the transaction and building it after would leave queries without it meanwhile
        assertThat(render(addPlain, ctx)).extracting(Statement::mode, Statement::sql).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TransactionMode.BUILT_BEFORE_TRANSACTION,
                        "CREATE INDEX CONCURRENTLY t_c_idx_dibs_new ON public.t USING btree (c, a)"),
                org.assertj.core.groups.Tuple.tuple(TransactionMode.IN_TRANSACTION, "ALTER INDEX public.t_c_idx_dibs_new RENAME TO t_c_idx"),
                org.assertj.core.groups.Tuple.tuple(TransactionMode.IN_TRANSACTION, "COMMENT ON INDEX public.t_c_idx IS 'by c'"));
        assertThat(render(other, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.OUTSIDE_TRANSACTION);
        assertThat(render(drop, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.IN_TRANSACTION);
    }

    @Test
    void anIndexTheDatabaseCannotBuildAsItIsStaysWhereItWas() {
        SchemaChange drop = new DropIndex(name("t"), uniqueIndex("t_a_key", "a"));
        SchemaChange retype = new SchemaChange.AlterColumn(name("t"), dev.dibs.engine.testing.Models.notNull("b", "integer"),
                dev.dibs.engine.testing.Models.notNull("b", "bigint"), Set.of(SchemaChange.ColumnAspect.TYPE));
        SchemaChange add = new AddIndex(name("t"), uniqueIndex("t_a_key", "a", "b"));
        SchemaChange dropPlain = new DropIndex(name("t"), index("t_b_idx", "b"));
        SchemaChange addPlain = new AddIndex(name("t"), index("t_b_idx", "b", "a"));
        RenderContext ctx = concurrent(List.of(drop, retype, add, dropPlain, addPlain), Set.of());

        // b is retyped in the transaction: the unique one where it was, the plain one after it commits
        assertThat(render(add, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.IN_TRANSACTION);
        assertThat(render(addPlain, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.OUTSIDE_TRANSACTION);

        // an expression may read the whole row, which a column the plan adds changes
        SchemaChange dropE = new DropIndex(name("u"), index("u_e_idx", "a"));
        SchemaChange addE = new AddIndex(name("u"), new Index("u_e_idx", List.of(new IndexKey(null, "(u.*)::text", false, false)), false,
                null, "btree", List.of()));
        SchemaChange column = new SchemaChange.AddColumn(name("u"), dev.dibs.engine.testing.Models.col("z", "text"));
        assertThat(render(addE, concurrent(List.of(dropE, column, addE), Set.of()))).extracting(Statement::mode)
                .containsExactly(TransactionMode.OUTSIDE_TRANSACTION);
        assertThat(render(addE, concurrent(List.of(dropE, addE), Set.of()))).extracting(Statement::mode)
                .containsExactly(TransactionMode.BUILT_BEFORE_TRANSACTION, TransactionMode.IN_TRANSACTION);

        // a plan that changes a type (or a function, an extension, …) may change what a definition means: none before
        SchemaChange type = new SchemaChange.CreateEnum(dev.dibs.engine.testing.Models.enumType("mood", "ok"));
        SchemaChange dropC = new DropIndex(name("t"), index("t_c_idx", "c"));
        SchemaChange addC = new AddIndex(name("t"), index("t_c_idx", "c", "a"));
        RenderContext typed = concurrent(List.of(type, dropC, addC), Set.of());
        assertThat(render(addC, typed)).extracting(Statement::mode).containsExactly(TransactionMode.OUTSIDE_TRANSACTION);
    }

    /**
     * A plan that creates a type or a function may change what an expression, operator class or
     * collation means, but not a btree index of built-in columns with PostgreSQL's own operator
     * classes and collations: that one is still built before the transaction; one on a column of a
     * type dibs manages, with an operator class of its own, or of another method, is not.
     */
    @Test
    void anIndexOfBuiltInColumnsIsBuiltBeforeTheTransactionAlsoWhenThePlanChangesTypesOrFunctions() {
        Schema current = dev.dibs.engine.testing.Models.schema(dev.dibs.engine.testing.Models.table("t").columns(
                dev.dibs.engine.testing.Models.notNull("a", "integer"), dev.dibs.engine.testing.Models.notNull("c", "text"),
                dev.dibs.engine.testing.Models.notNull("m", "public.mood")).build());
        SchemaChange type = new SchemaChange.CreateEnum(dev.dibs.engine.testing.Models.enumType("feeling", "ok"));
        SchemaChange dropC = new DropIndex(name("t"), index("t_c_idx", "c"));
        SchemaChange addC = new AddIndex(name("t"), index("t_c_idx", "c", "a"));
        SchemaChange dropM = new DropIndex(name("t"), index("t_m_idx", "m"));
        SchemaChange addM = new AddIndex(name("t"), index("t_m_idx", "m", "a"));
        SchemaChange dropO = new DropIndex(name("t"), index("t_o_idx", "c"));
        SchemaChange addO = new AddIndex(name("t"), new Index("t_o_idx", List.of(new IndexKey("c", null, false, false,
                "text_pattern_ops", null)), false, null, "btree", List.of()));
        SchemaChange dropG = new DropIndex(name("t"), index("t_g_idx", "a"));
        SchemaChange addG = new AddIndex(name("t"), new Index("t_g_idx", List.of(new IndexKey("a", null, false, false)), false,
                null, "gist", List.of()));
        SchemaChange unique = new SchemaChange.AddUnique(name("t"), new dev.dibs.engine.model.UniqueConstraint("t_a_c_key",
                List.of("a", "c")));
        RenderContext ctx = concurrent(current, List.of(type, dropC, dropM, dropO, dropG, addC, addM, addO, addG, unique), Set.of());

        assertThat(render(addC, ctx)).extracting(Statement::mode)
                .containsExactly(TransactionMode.BUILT_BEFORE_TRANSACTION, TransactionMode.IN_TRANSACTION);
        assertThat(render(unique, ctx)).extracting(Statement::mode)
                .containsExactly(TransactionMode.BUILT_BEFORE_TRANSACTION, TransactionMode.IN_TRANSACTION);
        for (SchemaChange notBefore : List.of(addM, addO, addG)) {
            assertThat(render(notBefore, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.OUTSIDE_TRANSACTION);
        }
    }

    @Test
    void aUniqueConstraintOrPrimaryKeyOnAnExistingTableIsMadeOfAnIndexBuiltBeforeTheTransaction() {
        dev.dibs.engine.model.Table t = dev.dibs.engine.testing.Models.table("t").columns(dev.dibs.engine.testing.Models.notNull("id", "bigint"),
                dev.dibs.engine.testing.Models.notNull("a", "text"), dev.dibs.engine.testing.Models.col("b", "text")).build();
        Schema current = dev.dibs.engine.testing.Models.schema(t);
        SchemaChange unique = new SchemaChange.AddUnique(name("t"), new dev.dibs.engine.model.UniqueConstraint("t_a_key", List.of("a"),
                true, List.of("b"), List.of("fillfactor=70"), dev.dibs.engine.model.Deferrability.NOT_DEFERRABLE));
        SchemaChange key = new SchemaChange.AddPrimaryKey(name("t"), new dev.dibs.engine.model.PrimaryKey("t_pkey", List.of("id")));
        RenderContext ctx = concurrent(current, List.of(unique, key), Set.of());

        assertThat(render(unique, ctx)).containsExactly(
                in(TransactionMode.BUILT_BEFORE_TRANSACTION, "CREATE UNIQUE INDEX CONCURRENTLY t_a_key_dibs_new ON public.t USING btree (a)"
                        + " INCLUDE (b) NULLS NOT DISTINCT WITH (fillfactor=70)", unique, INDEX_BUILD, VALIDATES_EXISTING_ROWS),
                inTx("ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_key_dibs_new", unique,
                        ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        assertThat(render(key, ctx)).containsExactly(
                in(TransactionMode.BUILT_BEFORE_TRANSACTION, "CREATE UNIQUE INDEX CONCURRENTLY t_pkey_dibs_new ON public.t USING btree (id)",
                        key, INDEX_BUILD, VALIDATES_EXISTING_ROWS),
                inTx("ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey_dibs_new", key,
                        ACQUIRES_ACCESS_EXCLUSIVE_LOCK));

        // a deferrable key's index checks at commit: built before it, it would check each row as written
        SchemaChange deferred = new SchemaChange.AddUnique(name("t"), new dev.dibs.engine.model.UniqueConstraint("t_a_key", List.of("a"),
                false, List.of(), List.of(), dev.dibs.engine.model.Deferrability.INITIALLY_DEFERRED));
        assertThat(render(deferred, concurrent(current, List.of(deferred), Set.of()))).extracting(Statement::mode)
                .containsExactly(TransactionMode.IN_TRANSACTION);

        // a nullable column: adding the key sets NOT NULL, reading the rows under its lock: as without the option
        SchemaChange nullable = new SchemaChange.AddPrimaryKey(name("t"), new dev.dibs.engine.model.PrimaryKey("t_pkey", List.of("b")));
        assertThat(render(nullable, concurrent(current, List.of(nullable), Set.of()))).extracting(Statement::mode, Statement::sql)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TransactionMode.IN_TRANSACTION,
                        "ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (b)"));
    }

    @Test
    void theTemporaryNameIsOneNoRelationHasAndFitsPostgresLimit() {
        String long63 = "i".repeat(63);
        dev.dibs.engine.model.Table t = dev.dibs.engine.testing.Models.table("t").columns(dev.dibs.engine.testing.Models.notNull("a", "text"))
                .index(index("t_a_key_dibs_new", "a")).build();
        Schema current = dev.dibs.engine.testing.Models.schema(t);
        SchemaChange drop = new DropIndex(name("t"), uniqueIndex("t_a_key", "a"));
        SchemaChange add = new AddIndex(name("t"), uniqueIndex("t_a_key", "a"));
        SchemaChange dropLong = new DropIndex(name("t"), index(long63, "a"));
        SchemaChange addLong = new AddIndex(name("t"), uniqueIndex(long63, "a"));
        ConcurrentBuilds builds = ConcurrentBuilds.of(current, current, List.of(drop, add, dropLong, addLong), CONCURRENTLY, Set.of(),
                Set.of(), Set.of(), Set.of(new QualifiedName("public", "t_a_key_dibs_new1")));

        // taken by an index of the table, then by one the database has that neither side lists (an INVALID one)
        assertThat(builds.builtBefore(name("t"), "t_a_key")).isEqualTo("t_a_key_dibs_new2");
        assertThat(builds.builtBefore(name("t"), long63)).hasSize(63).endsWith("_dibs_new").startsWith("iiii");
    }

    @Test
    void anIndexOnATableThePlanRenamesAfterwardsIsBuiltInTheTransaction() {
        SchemaChange add = new AddIndex(name("t"), index("t_a_idx", "a"));
        SchemaChange renameColumn = new SchemaChange.RenameColumn(name("t"), "b", "c");
        SchemaChange before = new SchemaChange.RenameColumn(name("v"), "b", "c");
        SchemaChange onV = new AddIndex(name("v"), index("v_c_idx", "c"));

        RenderContext ctx = concurrent(List.of(add, renameColumn, before, onV), Set.of());
        assertThat(render(add, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.IN_TRANSACTION);
        assertThat(render(onV, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.OUTSIDE_TRANSACTION);
    }

    @Test
    void expressionsDirectionsIncludeMethodAndPredicate() {
        Index partial = new Index("t_lower_email_idx", List.of(new IndexKey(null, "lower(email)", false, false),
                new IndexKey("created_at", null, true, false), new IndexKey("score", null, false, true)),
                true, "(deleted_at IS NULL)", "btree", List.of("id"));
        Index gin = new Index("t_tags_idx", List.of(IndexKey.column("tags")), false, null, "gin", List.of());
        SchemaChange c = new AddIndex(name("t"), partial);
        SchemaChange g = new AddIndex(name("t"), gin);

        assertThat(render(c, EXISTING)).extracting(Statement::sql).containsExactly("CREATE UNIQUE INDEX t_lower_email_idx ON public.t "
                + "USING btree ((lower(email)), created_at DESC NULLS LAST, score NULLS FIRST) INCLUDE (id) WHERE (deleted_at IS NULL)");
        assertThat(render(g, EXISTING)).extracting(Statement::sql).containsExactly("CREATE INDEX t_tags_idx ON public.t USING gin (tags)");
    }

    @Test
    void anIndexWhoseCommentThePlanSetsOnItsOwnIsNotBuiltAfterTheTransaction() {
        SchemaChange add = new AddIndex(name("t"), index("t_a_idx", "a"));
        SchemaChange comment = new SchemaChange.SetIndexComment(name("t"), "t_a_idx", "by a");
        SchemaChange other = new AddIndex(name("t"), index("t_b_idx", "b"));
        RenderContext ctx = concurrent(List.of(add, other, comment), Set.of());

        assertThat(render(add, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.IN_TRANSACTION);
        assertThat(render(other, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.OUTSIDE_TRANSACTION);

        // one that replaces an index is built before the transaction, which renames it before the comment is set
        SchemaChange drop = new DropIndex(name("t"), index("t_a_idx", "b"));
        RenderContext replacing = concurrent(List.of(drop, add, other, comment), Set.of());
        assertThat(render(add, replacing)).extracting(Statement::mode)
                .containsExactly(TransactionMode.BUILT_BEFORE_TRANSACTION, TransactionMode.IN_TRANSACTION);
    }

    @Test
    void dropIndexLocksInTheTransactionEvenWithConcurrentBuilds() {
        SchemaChange c = new DropIndex(name("t"), index("t_a_idx", "a"));

        assertThat(render(c, EXISTING)).containsExactly(inTx("DROP INDEX public.t_a_idx", c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        assertThat(render(c, concurrent(List.of(c), Set.of()))).containsExactly(inTx("DROP INDEX public.t_a_idx", c,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    @Test
    void renameIndexNamesItInItsSchema() {
        SchemaChange c = new RenameIndex(name("t"), "old_idx", "t_a_idx");

        assertThat(render(c, EXISTING)).containsExactly(inTx("ALTER INDEX public.old_idx RENAME TO t_a_idx", c));
    }
}
