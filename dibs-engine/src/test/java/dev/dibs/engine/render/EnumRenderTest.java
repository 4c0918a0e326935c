package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.DELETES_DATA;
import static dev.dibs.engine.plan.Hazard.REWRITES_TABLE;
import static dev.dibs.engine.render.Rendering.EXISTING;
import static dev.dibs.engine.render.Rendering.in;
import static dev.dibs.engine.render.Rendering.inTx;
import static dev.dibs.engine.render.Rendering.render;
import static dev.dibs.engine.testing.Models.enumType;
import static dev.dibs.engine.testing.Models.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddEnumValue;
import dev.dibs.engine.diff.SchemaChange.ColumnRef;
import dev.dibs.engine.diff.SchemaChange.CreateEnum;
import dev.dibs.engine.diff.SchemaChange.DropEnum;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.RenameEnumValue;
import dev.dibs.engine.diff.SchemaChange.SetEnumComment;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.plan.TransactionMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enum types: labels added before the transaction, renamed in place, or the type re-created and its columns converted. */
class EnumRenderTest {

    @Test
    void createWithCommentAndDrop() {
        SchemaChange create = new CreateEnum(new EnumType(name("mood"), List.of("happy", "sad"), "How one feels"));
        SchemaChange drop = new DropEnum(enumType("mood", "happy", "sad"));

        assertThat(render(create, EXISTING)).containsExactly(
                inTx("CREATE TYPE public.mood AS ENUM ('happy', 'sad')", create),
                inTx("COMMENT ON TYPE public.mood IS 'How one feels'", create));
        assertThat(render(drop, EXISTING)).containsExactly(inTx("DROP TYPE public.mood", drop));
    }

    @Test
    void addedLabelIsCommittedBeforeThePlansTransaction() {
        SchemaChange before = new AddEnumValue(name("status"), "QUEUED", "NEW", null);
        SchemaChange after = new AddEnumValue(name("status"), "FAILED", null, "DONE");
        SchemaChange last = new AddEnumValue(name("status"), "GONE", null, null);

        assertThat(List.of(before, after, last)).flatExtracting(c -> render(c, EXISTING)).containsExactly(
                in(TransactionMode.BEFORE_TRANSACTION, "ALTER TYPE public.status ADD VALUE 'QUEUED' BEFORE 'NEW'", before),
                in(TransactionMode.BEFORE_TRANSACTION, "ALTER TYPE public.status ADD VALUE 'FAILED' AFTER 'DONE'", after),
                in(TransactionMode.BEFORE_TRANSACTION, "ALTER TYPE public.status ADD VALUE 'GONE'", last));
    }

    @Test
    void renamedLabelKeepsItsRows() {
        SchemaChange c = new RenameEnumValue(name("mood"), "happy", "glad");

        assertThat(render(c, EXISTING)).containsExactly(inTx("ALTER TYPE public.mood RENAME VALUE 'happy' TO 'glad'", c));
    }

    @Test
    void removedLabelRecreatesTheTypeConvertingEachColumnAndDeletesData() {
        SchemaChange c = new RecreateEnum(enumType("mood", "a", "b", "c"),
                new EnumType(name("mood"), List.of("a", "c"), "trimmed"), List.of(
                new ColumnRef(name("t"), "m", false, true, "'a'::public.mood"),
                new ColumnRef(name("t"), "ms", true, false, null)));

        assertThat(render(c, EXISTING)).containsExactly(
                inTx("ALTER TYPE public.mood RENAME TO mood_dibs_old", c),
                inTx("CREATE TYPE public.mood AS ENUM ('a', 'c')", c),
                inTx("ALTER TABLE public.t ALTER COLUMN m DROP DEFAULT, ALTER COLUMN m TYPE public.mood USING m::text::public.mood, "
                        + "ALTER COLUMN m SET DEFAULT 'a'::public.mood", c, REWRITES_TABLE, ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA),
                inTx("ALTER TABLE public.t ALTER COLUMN ms TYPE public.mood[] USING ms::text[]::public.mood[]", c,
                        REWRITES_TABLE, ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA),
                inTx("DROP TYPE public.mood_dibs_old", c, DELETES_DATA),
                inTx("COMMENT ON TYPE public.mood IS 'trimmed'", c));
    }

    @Test
    void reorderedLabelsRecreateTheTypeWithoutDeletingData() {
        SchemaChange c = new RecreateEnum(enumType("e0", "a", "b"), enumType("e0", "b", "a"),
                List.of(new ColumnRef(name("t"), "v", false, false, null)));

        assertThat(render(c, EXISTING)).containsExactly(
                inTx("ALTER TYPE public.e0 RENAME TO e0_dibs_old", c),
                inTx("CREATE TYPE public.e0 AS ENUM ('b', 'a')", c),
                inTx("ALTER TABLE public.t ALTER COLUMN v TYPE public.e0 USING v::text::public.e0", c,
                        REWRITES_TABLE, ACQUIRES_ACCESS_EXCLUSIVE_LOCK),
                inTx("DROP TYPE public.e0_dibs_old", c));
    }

    @Test
    void enumCommentSetAndCleared() {
        SchemaChange set = new SetEnumComment(name("mood"), "How one feels");
        SchemaChange clear = new SetEnumComment(name("mood"), null);

        assertThat(render(set, EXISTING)).containsExactly(inTx("COMMENT ON TYPE public.mood IS 'How one feels'", set));
        assertThat(render(clear, EXISTING)).containsExactly(inTx("COMMENT ON TYPE public.mood IS NULL", clear));
    }
}
