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
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.TransactionMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Index builds: hazards on existing tables, CONCURRENTLY (outside any transaction) only where asked and useful. */
class IndexRenderTest {

    private static final RenderContext CONCURRENT = new RenderContext(Set.of(), new PlanOptions(true, true));

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
    void concurrentIndexRunsOutsideTheTransactionOnlyOnAnExistingTable() {
        SchemaChange c = new AddIndex(name("t"), index("t_a_idx", "a"));
        RenderContext concurrentButNew = new RenderContext(Set.of(name("t")), new PlanOptions(true, true));

        assertThat(render(c, CONCURRENT)).containsExactly(in(TransactionMode.OUTSIDE_TRANSACTION,
                "CREATE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a)", c, INDEX_BUILD));
        assertThat(render(c, concurrentButNew)).containsExactly(inTx("CREATE INDEX t_a_idx ON public.t USING btree (a)", c));
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
    void dropIndexLocksOrGoesConcurrentlyOutsideTheTransaction() {
        SchemaChange c = new DropIndex(name("t"), index("t_a_idx", "a"));

        assertThat(render(c, EXISTING)).containsExactly(inTx("DROP INDEX public.t_a_idx", c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        assertThat(render(c, CONCURRENT)).containsExactly(in(TransactionMode.OUTSIDE_TRANSACTION,
                "DROP INDEX CONCURRENTLY public.t_a_idx", c));
    }

    @Test
    void renameIndexNamesItInItsSchema() {
        SchemaChange c = new RenameIndex(name("t"), "old_idx", "t_a_idx");

        assertThat(render(c, EXISTING)).containsExactly(inTx("ALTER INDEX public.old_idx RENAME TO t_a_idx", c));
    }
}
