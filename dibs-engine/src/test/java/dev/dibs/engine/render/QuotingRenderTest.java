package dev.dibs.engine.render;

import static dev.dibs.engine.render.Rendering.EXISTING;
import static dev.dibs.engine.render.Rendering.creating;
import static dev.dibs.engine.render.Rendering.render;
import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.CreateEnum;
import dev.dibs.engine.diff.SchemaChange.CreateSchema;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.SetTableComment;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.plan.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names Postgres would not print bare are quoted everywhere, quotes inside doubled; literals escaped. */
class QuotingRenderTest {

    private static String sql(SchemaChange c, RenderContext ctx) {
        List<Statement> statements = render(c, ctx);
        assertThat(statements).hasSize(1);
        return statements.get(0).sql();
    }

    @Test
    void keywordsMixedCaseAndQuotesInCreateTable() {
        Table t = table("order").columns(col("select", "integer"), col("Größe", "text"), col("with \"quote\"", "text"),
                col("user_id", "integer")).pk("order_pkey", "select").build();

        assertThat(sql(new AddTable(t), creating(t.name()))).isEqualTo("CREATE TABLE public.\"order\" (\n"
                + "    \"select\" integer,\n"
                + "    \"Größe\" text,\n"
                + "    \"with \"\"quote\"\"\" text,\n"
                + "    user_id integer,\n"
                + "    CONSTRAINT order_pkey PRIMARY KEY (\"select\")\n"
                + ")");
    }

    @Test
    void renamesQuoteBothNames() {
        assertThat(sql(new RenameTable(name("Order"), "Orders"), EXISTING)).isEqualTo("ALTER TABLE public.\"Order\" RENAME TO \"Orders\"");
        assertThat(sql(new RenameColumn(name("Orders"), "select", "group"), EXISTING))
                .isEqualTo("ALTER TABLE public.\"Orders\" RENAME COLUMN \"select\" TO \"group\"");
    }

    @Test
    void constraintIndexAndSchemaNamesAreQuoted() {
        SchemaChange drop = new DropCheck(name("Orders"), new Check("Order's check", "(true)"));
        SchemaChange index = new AddIndex(QualifiedName.of("My App", "Orders"),
                dev.dibs.engine.testing.Models.index("Order by select", "select"));
        SchemaChange fk = new AddForeignKey(name("line items"), new ForeignKey("line items_order_fkey", List.of("Order"),
                name("Orders"), List.of("select"), null, null, null));

        assertThat(sql(drop, EXISTING)).isEqualTo("ALTER TABLE public.\"Orders\" DROP CONSTRAINT \"Order's check\"");
        assertThat(sql(index, EXISTING))
                .isEqualTo("CREATE INDEX \"Order by select\" ON \"My App\".\"Orders\" USING btree (\"select\")");
        assertThat(sql(new CreateSchema("My App"), EXISTING)).isEqualTo("CREATE SCHEMA \"My App\"");
        assertThat(render(fk, creating(name("line items")))).extracting(Statement::sql).containsExactly(
                "ALTER TABLE public.\"line items\" ADD CONSTRAINT \"line items_order_fkey\" FOREIGN KEY (\"Order\") "
                        + "REFERENCES public.\"Orders\" (\"select\")");
    }

    @Test
    void literalsDoubleQuotesAndEscapeBackslashes() {
        SchemaChange enumType = new CreateEnum(new EnumType(QualifiedName.of("public", "Mood Type"), List.of("it's", "a\\b"), null));

        assertThat(sql(enumType, EXISTING)).isEqualTo("CREATE TYPE public.\"Mood Type\" AS ENUM ('it''s', E'a\\\\b')");
        assertThat(sql(new SetTableComment(name("t"), "C:\\temp's"), EXISTING)).isEqualTo("COMMENT ON TABLE public.t IS E'C:\\\\temp''s'");
    }
}
