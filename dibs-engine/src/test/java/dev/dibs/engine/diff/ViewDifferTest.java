package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.RelationColumn;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import dev.dibs.engine.model.ViewIndex;
import dev.dibs.engine.report.ChangeDescriber;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views: replaced in place when their columns allow it, else dropped and created with the views on them. */
class ViewDifferTest {

    private static final Table ACCOUNTS = table("accounts").columns(col("id", "integer"), col("balance", "integer")).build();

    private static View view(String name, String query, List<ViewColumn> columns, String reads, String... uses) {
        return new View(name(name), query, columns, List.of(), List.of(name(reads)),
                java.util.Arrays.stream(uses).map(u -> new RelationColumn(name(reads), u)).toList(), null);
    }

    private static List<String> diff(Schema current, Schema desired) {
        return SchemaDiffer.diff(current, desired, RenameHints.none()).changes().stream()
                .map(c -> c.getClass().getSimpleName() + " " + ChangeDescriber.describe(c).text()).toList();
    }

    private static final ViewColumn ID = new ViewColumn("id", "integer");
    private static final ViewColumn BALANCE = new ViewColumn("balance", "integer");

    @Test
    void appendedColumnsReplaceRemovedOnesDropAndCreateWithTheViewsOnTop() {
        View base = view("base", "q1", List.of(ID, BALANCE), "accounts", "id", "balance");
        View top = view("top", "q2", List.of(ID), "base", "id");
        View appended = view("base", "q3", List.of(ID, BALANCE, new ViewColumn("x", "text")), "accounts", "id", "balance");
        View narrowed = view("base", "q4", List.of(ID), "accounts", "id");

        Schema current = schema(ACCOUNTS).withViews(List.of(base, top));
        assertThat(diff(current, schema(ACCOUNTS).withViews(List.of(appended, top))))
                .containsExactly("ReplaceView view public.base replaced: query changed");
        assertThat(diff(current, schema(ACCOUNTS).withViews(List.of(narrowed, top)))).containsExactly(
                "DropView view public.base",
                "CreateView view public.base",
                "DropView view public.top (to create it again: it reads public.base, which is dropped and created again)",
                "CreateView view public.top (again: it reads public.base, which is dropped and created again)");
    }

    @Test
    void optionsAndCommentsAlone() {
        View plain = view("v", "q", List.of(ID), "accounts", "id");
        View guarded = plain.withOptions(List.of("security_barrier=true")).withComment("why");
        assertThat(diff(schema(ACCOUNTS).withViews(List.of(plain)), schema(ACCOUNTS).withViews(List.of(guarded)))).containsExactly(
                "SetViewOptions view public.v options [] -> [security_barrier=true]", "SetViewComment view public.v comment");
    }

    @Test
    void aMaterializedViewsIndexesChangeAloneItsQueryRecreatesItAndItsDataOptionIsNoDifference() {
        ViewIndex byTotal = new ViewIndex("m_total", "CREATE INDEX m_total ON public.m USING btree (total)");
        MaterializedView m = new MaterializedView(name("m"), "q", List.of(new ViewColumn("total", "bigint")), true, List.of(),
                List.of(), List.of(name("accounts")), List.of(new RelationColumn(name("accounts"), "balance")), null);
        Schema current = schema(ACCOUNTS).withMaterializedViews(List.of(m));

        assertThat(diff(current, schema(ACCOUNTS).withMaterializedViews(List.of(m.withData(false))))).isEmpty();
        assertThat(diff(current, schema(ACCOUNTS).withMaterializedViews(List.of(m.withIndexes(List.of(byTotal))))))
                .containsExactly("AddMaterializedViewIndex index m_total");
        MaterializedView changed = new MaterializedView(name("m"), "q2", m.columns(), false, List.of(byTotal), List.of(),
                m.relations(), m.uses(), null);
        assertThat(diff(current, schema(ACCOUNTS).withMaterializedViews(List.of(changed)))).containsExactly(
                "DropMaterializedView materialized view public.m",
                "CreateMaterializedView materialized view public.m WITH NO DATA");
    }
}
