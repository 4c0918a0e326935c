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
        return new RenderContext(created, Set.of(), Set.of(), Set.of(), java.util.Map.of(), DomainTypes.NONE, IndexedColumns.NONE,
                Volatility.UNKNOWN, CONCURRENTLY, 0, Set.of(), Set.of(), java.util.Map.of(),
                ConcurrentBuilds.of(ordered, CONCURRENTLY, created, Set.of(), Set.of()));
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
    void aUniqueIndexAForeignKeyOfThePlanReferencesIsBuiltInTheTransaction() {
        SchemaChange unique = new AddIndex(name("t"), uniqueIndex("t_a_key", "a"));
        SchemaChange plain = new AddIndex(name("t"), index("t_b_idx", "b"));
        SchemaChange key = new SchemaChange.AddForeignKey(name("u"), new dev.dibs.engine.model.ForeignKey("u_a_fkey", List.of("a"),
                name("t"), List.of("a"), dev.dibs.engine.model.ReferentialAction.NO_ACTION,
                dev.dibs.engine.model.ReferentialAction.NO_ACTION, dev.dibs.engine.model.Deferrability.NOT_DEFERRABLE));
        RenderContext ctx = concurrent(List.of(unique, plain, key), Set.of());

        assertThat(render(unique, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.IN_TRANSACTION);
        assertThat(render(plain, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.OUTSIDE_TRANSACTION);
    }

    @Test
    void aUniqueIndexReplacingOneIsBuiltInTheTransactionWhereNothingWouldKeepTheRowsUniqueMeanwhile() {
        SchemaChange drop = new DropIndex(name("t"), uniqueIndex("t_a_key", "a"));
        SchemaChange add = new AddIndex(name("t"), uniqueIndex("t_a_key", "a", "b"));
        SchemaChange other = new AddIndex(name("v"), uniqueIndex("v_a_key", "a"));
        RenderContext ctx = concurrent(List.of(drop, add, other), Set.of());

        assertThat(render(add, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.IN_TRANSACTION);
        assertThat(render(other, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.OUTSIDE_TRANSACTION);
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
    void anIndexWhoseCommentThePlanSetsOnItsOwnIsBuiltInTheTransaction() {
        SchemaChange drop = new DropIndex(name("t"), index("t_a_idx", "a"));
        SchemaChange add = new AddIndex(name("t"), index("t_a_idx", "a"));
        SchemaChange comment = new SchemaChange.SetIndexComment(name("t"), "t_a_idx", "by a");
        SchemaChange other = new AddIndex(name("t"), index("t_b_idx", "b"));
        RenderContext ctx = concurrent(List.of(drop, add, other, comment), Set.of());

        assertThat(render(add, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.IN_TRANSACTION);
        assertThat(render(other, ctx)).extracting(Statement::mode).containsExactly(TransactionMode.OUTSIDE_TRANSACTION);
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
